import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { KindSwatch } from '../../ui/KindSwatch';
import type { GraphContent, GraphNode, GraphRelation } from '../../domain/graph-content/graph-content';
import { graphLabel, nodeName } from '../../domain/graph-content/node-names';
import { useLang } from '../../lib/i18n/use-lang';
import type { Selection } from '../../domain/view-state/view-state';
import { useVocabulary } from '../../domain/vocabulary/vocabulary-context';
import { KeyboardList } from './KeyboardList';

export interface ViewListsProps {
  content: GraphContent;
  focus: string | null;
  expanded: readonly string[];
  selected: Selection;
  onSelect(selection: Selection): void;
}

/**
 * The text alternative of the graph: the nodes in view (focus first, then by kind and name) and
 * the relations in view as sentences. Choosing an item selects it in the graph, and the other way.
 */
export function ViewLists({ content, focus, expanded, selected, onSelect }: ViewListsProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const vocabulary = useVocabulary();
  const kindOrder = useMemo(() => new Map(vocabulary.nodeKinds.map((k, i) => [k, i])), [vocabulary]);

  const nodes = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return [...content.nodes.values()].sort(
      (a, b) =>
        Number(b.id === focus) - Number(a.id === focus) ||
        (kindOrder.get(a.kind) ?? 99) - (kindOrder.get(b.kind) ?? 99) ||
        collator.compare(nodeName(a, lang), nodeName(b, lang)),
    );
  }, [content, focus, lang, kindOrder]);

  // Relations read with the graph's short labels (full names are one Tab away, in the node list).
  const name = (id: string): string => {
    const node = content.nodes.get(id);
    return node ? graphLabel(node, lang) : id;
  };
  const relations = useMemo(() => [...content.relations.values()], [content]);

  return (
    <div className="view-lists">
      <h2 id="nodes-in-view-heading" className="panel-heading">
        {t('list.nodesHeading', { count: nodes.length })}
      </h2>
      <KeyboardList<GraphNode>
        items={nodes}
        label={t('list.nodesInView')}
        itemKey={(n) => n.id}
        isSelected={(n) => selected?.type === 'node' && selected.id === n.id}
        onChoose={(n) => onSelect({ type: 'node', id: n.id })}
        renderItem={(n) => (
          <>
            <KindSwatch kind={n.kind} />
            <span className="list-item-text">
              <span className="list-item-name">{nodeName(n, lang)}</span>
              <span className="list-item-meta">
                {vocabulary.nodeKindLabel(n.kind, lang)} · {vocabulary.typeLabel(n.kind, n.type, lang)}
                {n.id === focus ? ` · ${t('list.focus')}` : ''}
                {expanded.includes(n.id) ? ` · ${t('list.expanded')}` : ''}
              </span>
            </span>
          </>
        )}
      />
      <h2 className="panel-heading">{t('list.relationsHeading', { count: relations.length })}</h2>
      <KeyboardList<GraphRelation>
        items={relations}
        label={t('list.relationsInView')}
        itemKey={(r) => r.id}
        isSelected={(r) => selected?.type === 'relation' && selected.id === r.id}
        onChoose={(r) => onSelect({ type: 'relation', id: r.id })}
        renderItem={(r) => (
          <span className="list-item-text">
            <span>
              {name(r.from)} <strong>{vocabulary.relationVerb(r.kind, lang)}</strong> {name(r.to)}
            </span>
            {r.inferred ? <span className="list-item-meta">{t('relation.inferredShort')}</span> : null}
          </span>
        )}
      />
    </div>
  );
}
