import { useQueryClient } from '@tanstack/react-query';
import { nodeName } from '../../domain/graph-content/node-names';
import { useLang } from '../../lib/i18n/use-lang';
import { citePath, type CitableCitation, type CitablePath } from './cite-text';
import { formatCitation, pathRecord, type CiteStyle } from './cite-styles';
import { relationSourcesQuery } from './cite-queries';
import { CiteThis } from './CiteThis';

export interface PathCitationProps {
  /** A path as the paths query gives it; relations may come without their sources. */
  path: Omit<CitablePath, 'relations' | 'explanation'> & {
    relations: ReadonlyArray<{ id: string; sources?: readonly CitableCitation[] }>;
    explanationEn?: string | null;
    explanationFr?: string | null;
  };
  /** The date the paths were asked for, kept in the citation's link. */
  asOf?: string | null;
  /** Which of the paths found it is (0-based) and how many were found: the citation names it. */
  index?: number;
  count?: number;
}

/**
 * "Cite this" for a path of "How are these connected?": the sources of its relations are fetched
 * when the citation is opened (the paths query stays light), then cited with citePath.
 */
export function PathCitation({ path, asOf = null, index, count }: PathCitationProps) {
  const lang = useLang();
  const client = useQueryClient();
  const first = path.nodes[0];
  const last = path.nodes[path.nodes.length - 1];
  const getText = async (style: CiteStyle): Promise<string> => {
    const relations = await Promise.all(
      path.relations.map(async (r) =>
        r.sources
          ? r
          : {
              ...r,
              sources: (await client.fetchQuery(relationSourcesQuery(r.id))).relation?.sources ?? [],
            },
      ),
    );
    const explanation = lang === 'fr' ? path.explanationFr : path.explanationEn;
    const citable = { nodes: path.nodes, relations, explanation, index, count };
    return style === 'plain'
      ? citePath(citable, lang, { asOf })
      : formatCitation(pathRecord(citable, lang, { asOf }), style);
  };
  const name = first && last ? `${nodeName(first, lang)} → ${nodeName(last, lang)}` : '';
  return <CiteThis key={lang} itemName={name} getText={getText} />;
}
