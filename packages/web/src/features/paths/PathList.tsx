import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { nodeName } from '../../domain/graph-content/node-names';
import { useLang } from '../../lib/i18n/use-lang';
import type { Selection } from '../../domain/view-state/view-state';
import type { FoundPath } from './path-content';

export interface PathListProps {
  paths: readonly FoundPath[];
  /** The two ends: a place at an end is what was asked about, not a hub passed through. */
  from?: string | null;
  to?: string | null;
  selected: Selection;
  /** Shows the relation, with its citations, in the details panel. */
  onSelectRelation(id: string): void;
  /** "Cite this" for a path, under its steps (the explorer puts the cite feature's here). */
  renderCitation?(path: FoundPath): ReactNode;
}

/** Each path: the API's explanation in the interface's language, then its steps with their evidence. */
export function PathList({ paths, from, to, selected, onSelectRelation, renderCitation }: PathListProps) {
  const { t } = useTranslation();
  const lang = useLang();
  /** The places a path passes through (not its ends): the shared places that make it a hub path. */
  const placesOn = (path: FoundPath): string =>
    path.nodes
      .filter((n) => n.kind === 'PLACE' && n.id !== from && n.id !== to)
      .map((n) => nodeName(n, lang))
      .join(', ');
  return (
    <>
      {paths.some((p) => p.throughHub) ? <p className="muted panel-hint">{t('paths.ranking')}</p> : null}
      <ol className="path-list">
        {paths.map((path, i) => (
          <li key={path.relations.map((r) => r.id).join('|')} className="path">
            <h3 className="path-heading">{t('paths.pathHeading', { number: i + 1, count: path.length })}</h3>
            {path.throughHub ? (
              <p className="path-kind path-kind-hub" title={t('paths.viaPlaceHint')}>
                <span aria-hidden="true">◇ </span>
                {t('paths.viaPlace')}
                {placesOn(path) ? `: ${placesOn(path)}` : ''}
              </p>
            ) : (
              <p className="path-kind path-kind-legal" title={t('paths.legalChainHint')}>
                <span aria-hidden="true">◆ </span>
                {t('paths.legalChain')}
              </p>
            )}
            <p className="path-explanation">{lang === 'fr' ? path.explanationFr : path.explanationEn}</p>
            <ol className="path-steps" aria-label={t('paths.stepsLabel', { number: i + 1 })}>
              {path.relations.map((r) => {
                const sentence = lang === 'fr' ? r.sentenceFr : r.sentenceEn;
                const current = selected?.type === 'relation' && selected.id === r.id;
                return (
                  <li
                    key={r.id}
                    aria-current={current ? 'true' : undefined}
                    className={current ? 'current' : undefined}
                  >
                    <span className="path-step-sentence">{sentence}</span>
                    {r.inferred ? (
                      <span className="badge badge-inferred">{t('relation.inferredShort')}</span>
                    ) : null}{' '}
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('paths.citationsOf', { sentence })}
                      onClick={() => onSelectRelation(r.id)}
                    >
                      {t('paths.citations')}
                    </button>
                  </li>
                );
              })}
            </ol>
            {renderCitation?.(path)}
          </li>
        ))}
      </ol>
    </>
  );
}
