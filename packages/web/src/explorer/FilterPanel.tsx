import { useTranslation } from 'react-i18next';
import type { NodeKind, RelationKind } from '../gql/graphql';
import type { GraphContent } from '../domain/graph-content/graph-content';
import { useLang } from '../lib/i18n/use-lang';
import { useVocabulary } from '../domain/vocabulary/vocabulary-context';
import { KindSwatch } from '../ui/KindSwatch';

export interface FilterPanelProps {
  /** What was loaded (before filtering): its kinds are the ones worth offering. */
  loaded: GraphContent;
  /** What is drawn: the counts say this, so that they follow what a filter really takes away. */
  drawn: GraphContent;
  hiddenNodeKinds: readonly NodeKind[];
  hiddenRelationKinds: readonly RelationKind[];
  onNodeKind(kind: NodeKind, visible: boolean): void;
  onRelationKind(kind: RelationKind, visible: boolean): void;
}

function countBy<T extends string>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Checkbox groups for node kinds (all of them) and relation kinds (those loaded, and any hidden). */
export function FilterPanel({
  loaded,
  drawn,
  hiddenNodeKinds,
  hiddenRelationKinds,
  onNodeKind,
  onRelationKind,
}: FilterPanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const vocabulary = useVocabulary();
  const nodeCounts = countBy([...loaded.nodes.values()].map((n) => n.kind));
  const relationCounts = countBy([...loaded.relations.values()].map((r) => r.kind));
  const drawnNodes = countBy([...drawn.nodes.values()].map((n) => n.kind));
  const drawnRelations = countBy([...drawn.relations.values()].map((r) => r.kind));
  /** "5", or "3 of 5" when a filter elsewhere (or a removal) keeps some of the kind from the graph. */
  const count = (shown: number, all: number) =>
    shown === all ? (
      <span className="filter-count">{all}</span>
    ) : (
      <span className="filter-count" title={t('filters2.countTitle', { drawn: shown, loaded: all })}>
        <span aria-hidden="true">{t('filters2.countOf', { drawn: shown, loaded: all })}</span>
        <span className="visually-hidden">{t('filters2.countTitle', { drawn: shown, loaded: all })}</span>
      </span>
    );
  const unreached = vocabulary.nodeKinds.some(
    (k) => !hiddenNodeKinds.includes(k) && (drawnNodes.get(k) ?? 0) < (nodeCounts.get(k) ?? 0),
  );
  const relationKinds = vocabulary.relationKinds.filter(
    (k) => relationCounts.has(k) || hiddenRelationKinds.includes(k),
  );

  return (
    <div className="filters">
      <fieldset>
        <legend>{t('filters.nodeKinds')}</legend>
        {vocabulary.nodeKinds.map((kind) => (
          <label key={kind} className="filter-option">
            <input
              type="checkbox"
              checked={!hiddenNodeKinds.includes(kind)}
              onChange={(e) => onNodeKind(kind, e.target.checked)}
            />
            <KindSwatch kind={kind} />
            <span className="filter-label">{vocabulary.nodeKindPlural(kind, lang)}</span>
            {count(drawnNodes.get(kind) ?? 0, nodeCounts.get(kind) ?? 0)}
          </label>
        ))}
        {unreached ? <p className="muted filter-note">{t('filters2.unreached')}</p> : null}
      </fieldset>
      {/* Closed by default: up to 25 kinds would push the list view out of sight. */}
      <details className="filter-details" open={hiddenRelationKinds.length > 0 || undefined}>
        <summary>
          {t('filters.relationKinds')}
          {hiddenRelationKinds.length > 0 ? (
            <span className="filter-count">
              {' '}
              {t('filters.hidden', { count: hiddenRelationKinds.length })}
            </span>
          ) : null}
        </summary>
        <fieldset>
          <legend className="visually-hidden">{t('filters.relationKinds')}</legend>
          {relationKinds.length === 0 ? <p className="muted">{t('filters.noRelations')}</p> : null}
          {relationKinds.map((kind) => (
            <label key={kind} className="filter-option">
              <input
                type="checkbox"
                checked={!hiddenRelationKinds.includes(kind)}
                onChange={(e) => onRelationKind(kind, e.target.checked)}
              />
              <span className="filter-label">{vocabulary.relationLabel(kind, lang)}</span>
              {count(drawnRelations.get(kind) ?? 0, relationCounts.get(kind) ?? 0)}
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  );
}
