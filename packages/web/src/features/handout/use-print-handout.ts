import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { GraphContent } from '../../domain/graph-content/graph-content';
import { fetchEvidence, type ViewEvidence } from '../../domain/evidence/fetch-evidence';

export interface PrintHandout {
  image: string | null;
  /** The evidence of `content`, once fetched for it (null for another view's). */
  evidence: ViewEvidence | null;
  busy: boolean;
  /** Gathers the citations and the drawing, then opens the browser's print (and its "Save as PDF"). */
  print(): Promise<void>;
}

/**
 * The handout's two moments: the Print button fetches the evidence of what is shown first, then
 * prints; the browser's own print (Ctrl+P) cannot wait, so it gets the drawing at once (taken in
 * `beforeprint`) and the citations already fetched for this view, and starts fetching them for
 * the next time.
 */
export function usePrintHandout(content: GraphContent, snapshot: () => string | null): PrintHandout {
  const client = useQueryClient();
  const [image, setImage] = useState<string | null>(null);
  const [fetched, setFetched] = useState<{ content: GraphContent; evidence: ViewEvidence } | null>(null);
  const [busy, setBusy] = useState(false);
  const evidence = fetched?.content === content ? fetched.evidence : null;

  useEffect(() => {
    const before = (): void => {
      flushSync(() => setImage(snapshot()));
      if (!evidence && content.nodes.size > 0)
        void fetchEvidence(client, content).then(
          (e) => setFetched({ content, evidence: e }),
          () => undefined,
        );
    };
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, [client, content, evidence, snapshot]);

  const print = async (): Promise<void> => {
    setBusy(true);
    try {
      const ready = evidence ?? (await fetchEvidence(client, content));
      flushSync(() => {
        setFetched({ content, evidence: ready });
        setImage(snapshot());
      });
      // The drawing must be decoded before the page is laid out for print.
      await document
        .querySelector<HTMLImageElement>('.handout-graph img')
        ?.decode?.()
        .catch(() => undefined);
      window.print();
    } finally {
      setBusy(false);
    }
  };

  return { image, evidence, busy, print };
}
