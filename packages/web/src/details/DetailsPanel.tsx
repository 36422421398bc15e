import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../api/use-graphql-query';
import { describeError } from '../components/describe-error';
import { StatusMessage } from '../components/StatusMessage';
import type { Selection } from '../view-state';
import { NodeDetailsQuery, RelationDetailsQuery } from './details-queries';
import { NodeDetails, type NodeActions } from './NodeDetails';
import { RelationDetails } from './RelationDetails';

export interface DetailsPanelProps {
  selected: Selection;
  asOf: string | null;
  focus: string | null;
  expanded: readonly string[];
  actions: Omit<NodeActions, 'isFocus' | 'isExpanded'> & { onSelectNode(id: string): void };
}

/** The selected node or relation, fetched in full (attributes, names, aliases, every citation). */
export function DetailsPanel({ selected, asOf, focus, expanded, actions }: DetailsPanelProps) {
  const { t } = useTranslation();
  const isNode = selected?.type === 'node';
  const node = useGraphQLQuery(NodeDetailsQuery, { id: isNode ? selected.id : '', asOf }, { skip: !isNode });
  const relation = useGraphQLQuery(
    RelationDetailsQuery,
    { id: selected?.type === 'relation' ? selected.id : '' },
    { skip: selected?.type !== 'relation' },
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
        <StatusMessage kind="error" onRetry={state.retry}>
          {t('details.failed', { message: describeError(state.error, t) })}
        </StatusMessage>
      );
    else if (isNode && node.data?.node) {
      body = (
        <NodeDetails
          node={node.data.node}
          asOf={asOf}
          actions={{ ...actions, isFocus: focus === selected.id, isExpanded: expanded.includes(selected.id) }}
        />
      );
    } else if (!isNode && relation.data?.relation) {
      body = <RelationDetails relation={relation.data.relation} onSelectNode={actions.onSelectNode} />;
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
