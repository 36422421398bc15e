import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { DismissButton } from '../../ui/DismissButton';
import { useTranslation } from 'react-i18next';
import type { GraphContent } from '../../domain/graph-content/graph-content';
import { nodeName } from '../../domain/graph-content/node-names';
import { useLang } from '../../lib/i18n/use-lang';
import { viewAddress } from '../../domain/view-url/view-address';
import type { ViewState } from '../../domain/view-state/view-state';
import { useVocabulary } from '../../domain/vocabulary/vocabulary-context';
import { downloadBlob } from '../../lib/download';
import { formatPartialDate } from '../../lib/format-values';
import type { ExportMetadata } from './export-graph';
import { EXPORT_FORMATS, exportFileName, isCanvasFormat, type ExportFormat } from './export-formats';

export interface ExportMenuProps {
  view: ViewState;
  /** The view's focus (set whenever a graph is shown). */
  focus: string;
  /** What the graph shows (after filters and removals): the data exports write exactly this. */
  visible: GraphContent;
  /** Draws the view as PNG, SVG or Cytoscape JSON; it comes from the lazily loaded graph view. */
  exportCanvas(format: 'png' | 'svg' | 'cyjs', metadata: Record<string, unknown>): Promise<Blob>;
}

/** Labels and hints of the formats that carry citations (the newer words, see exportEvidence in the locales). */
const EVIDENCE_FORMATS: ReadonlySet<string> = new Set(['json', 'nodes-csv', 'relations-csv']);
const formatKey = (format: ExportFormat): string =>
  format === 'json' ? 'exportEvidence.format.json' : `export.format.${format}`;
const hintKey = (format: ExportFormat): string =>
  EVIDENCE_FORMATS.has(format) ? `exportEvidence.hint.${format}` : `export.hint.${format}`;

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; format: ExportFormat }
  | { kind: 'done'; fileName: string }
  | { kind: 'error'; message: string };

/**
 * "Export" as a WAI-ARIA menu button: Enter, Space or Down opens it on the first item, Up on the
 * last; arrows, Home and End move; Escape closes it and gives the focus back to the button.
 */
export function ExportMenu({ view, focus, visible, exportCanvas }: ExportMenuProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const vocabulary = useVocabulary();
  const client = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const firstFocus = useRef<'first' | 'last'>('first');

  const items = (): HTMLButtonElement[] => [
    ...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []),
  ];

  useEffect(() => {
    if (!open) return undefined;
    const list = items();
    (firstFocus.current === 'last' ? list[list.length - 1] : list[0])?.focus();
    const onPointerDown = (event: PointerEvent): void => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openMenu = (at: 'first' | 'last'): void => {
    firstFocus.current = at;
    setOpen(true);
  };
  const close = (returnFocus: boolean): void => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowUp' ? 'last' : 'first');
    }
  };

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>): void => {
    const list = items();
    const current = list.indexOf(document.activeElement as HTMLButtonElement);
    const move = (index: number): void => list[(index + list.length) % list.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        move(current + 1);
        break;
      case 'ArrowUp':
        move(current - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(list.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        setOpen(false);
        return;
      default:
        return;
    }
    event.preventDefault();
  };

  const metadata = (): ExportMetadata => {
    const focusNode = visible.nodes.get(focus);
    return {
      title: `Cadre — ${focusNode ? nodeName(focusNode, lang) : focus}`,
      focus,
      expanded: view.expanded,
      removed: view.removed,
      hiddenNodeKinds: view.hiddenNodeKinds,
      hiddenRelationKinds: view.hiddenRelationKinds,
      lang,
      asOf: view.asOf,
      link: viewAddress(view),
      exportedAt: new Date().toISOString(),
    };
  };

  /** Title, date, legend and address drawn around a PNG or SVG (graph-view/export/decorate.ts). */
  const decoration = (meta: ExportMetadata) => {
    const today = formatPartialDate(meta.exportedAt.slice(0, 10), lang);
    const drawn = new Set([...visible.nodes.values()].map((n) => n.kind));
    return {
      title: meta.title,
      subtitle: `${
        view.asOf
          ? t('exportEvidence.asOf', { date: formatPartialDate(view.asOf, lang) })
          : t('exportEvidence.asOfToday', { date: today })
      } · ${t('exportEvidence.exported', { date: today })}`,
      kinds: vocabulary.nodeKinds
        .filter((k) => drawn.has(k))
        .map((kind) => ({ kind, label: vocabulary.nodeKindLabel(kind, lang) })),
      edges: { stated: t('legend.stated'), inferred: t('legend.inferred') },
      address: t('exportEvidence.address', { link: meta.link }),
    };
  };

  const run = async (format: ExportFormat): Promise<void> => {
    close(true);
    setStatus({ kind: 'busy', format });
    try {
      const meta = metadata();
      let blob: Blob;
      if (isCanvasFormat(format)) {
        blob = await exportCanvas(format, { ...meta, decoration: decoration(meta) });
      } else {
        // GraphML and CSV writers (with papaparse) load on first use.
        const { buildDataExport } = await import('./build-data-export');
        blob = await buildDataExport(format, visible, { client, vocabulary, lang, meta });
      }
      const fileName = exportFileName(focus, format);
      downloadBlob(blob, fileName);
      setStatus({ kind: 'done', fileName });
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const empty = visible.nodes.size === 0;
  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        disabled={empty || status.kind === 'busy'}
        onClick={() => (open ? close(false) : openMenu('first'))}
        onKeyDown={onButtonKey}
      >
        {t('export.button')} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <ul
          ref={menu}
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          className="export-menu-list"
          onKeyDown={onMenuKey}
        >
          {EXPORT_FORMATS.map((format) => (
            <li key={format} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => void run(format)}>
                <span className="export-menu-label">{t(formatKey(format))}</span>
                <span className="export-menu-hint">{t(hintKey(format))}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <span className="export-status" role="status">
        {status.kind === 'busy'
          ? t('export.busy', { format: t(formatKey(status.format)) })
          : status.kind === 'done'
            ? t('export.done', { fileName: status.fileName })
            : ''}
      </span>
      {status.kind === 'error' ? (
        <span className="export-error" role="alert">
          {t('export.failed', { message: status.message })}
          <DismissButton onDismiss={() => setStatus({ kind: 'idle' })} />
        </span>
      ) : null}
    </div>
  );
}
