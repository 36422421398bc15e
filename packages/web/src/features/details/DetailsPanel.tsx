import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../../lib/graphql/use-graphql-query';
import { describeError } from '../../ui/describe-error';
import { StatusMessage } from '../../ui/StatusMessage';
import type { Selection } from '../../domain/view-state/view-state';
import { nodeDetailsQuery, relationDetailsQuery } from './details-queries';
import { NodeDetails, type NodeActions, type NodeDetailsData } from './NodeDetails';
import { RelationDetails } from './RelationDetails';

export interface DetailsPanelProps {
  selected: Selection;
  asOf: string | null;
  focus: string | null;
  expanded: readonly string[];
  /** Instruments whose articles the graph draws. */
  articles?: readonly string[];
  actions: Omit<NodeActions, 'isFocus' | 'isExpanded' | 'articlesShown'> & { onSelectNode(id: string): void };
  /** "Cite this" for the node shown (the explorer puts the cite feature's here); none by default. */
  renderCitation?(node: NodeDetailsData): ReactNode;
}

/** The selected node or relation, fetched in full (attributes, names, aliases, every citation). */
export function DetailsPanel({
  selected,
  asOf,
  focus,
  expanded,
  articles = [],
  actions,
  renderCitation,
}: DetailsPanelProps) {
  const { t } = useTranslation();
  const isNode = selected?.type === 'node';
  const node = useGraphQLQuery(nodeDetailsQuery(isNode ? selected.id : '', asOf), { skip: !isNode });
  const relation = useGraphQLQuery(
    relationDetailsQuery(selected?.type === 'relation' ? selected.id : '', asOf),
    {
      skip: selected?.type !== 'relation',
    },
  );

  let body;
  if (!selected) {
    body = <p className="muted details-empty">{t('details.nothingSelected')}</p>;
  } else {
    const state = isNode ? node : relation;
    if (state.status === 'loading')
      body = <StatusMessage kind="loading">{t('details.loading')}</StatusMessage>;
    else if (state.status === 'error')
      body = (
        <StatusMessage kind="error" cause={state.error} onRetry={state.retry}>
          {t('details.failed', { message: describeError(state.error, t) })}
        </StatusMessage>
      );
    else if (isNode && node.data?.node) {
      body = (
        <NodeDetails
          node={node.data.node}
          citation={renderCitation?.(node.data.node)}
          asOf={asOf}
          actions={{
            ...actions,
            isFocus: focus === selected.id,
            isExpanded: expanded.includes(selected.id),
            articlesShown: articles.includes(selected.id),
          }}
        />
      );
    } else if (!isNode && relation.data?.relation) {
      body = (
        <RelationDetails relation={relation.data.relation} onSelectNode={actions.onSelectNode} asOf={asOf} />
      );
    } else {
      body = (
        <StatusMessage kind="empty">
          {t(isNode ? 'details.nodeNotFound' : 'details.relationNotFound', { id: selected.id })}
        </StatusMessage>
      );
    }
  }
  return (
    <aside className="details-panel" aria-label={t('details.heading')}>
      {body}
    </aside>
  );
}
