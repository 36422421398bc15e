import { useTranslation } from 'react-i18next';
import { GraphQLResponseError } from '../lib/graphql/fetch-graphql';
import { formatPartialDate } from '../lib/format-values';
import type { GraphContentState } from '../domain/graph-content/use-graph-content';
import type { GraphContent } from '../domain/graph-content/graph-content';
import { nodeName } from '../domain/graph-content/node-names';
import { useLang } from '../lib/i18n/use-lang';
import { describeError } from '../ui/describe-error';
import { StatusMessage } from '../ui/StatusMessage';

export interface GraphStatusProps {
  focus: string;
  asOf: string | null;
  graph: GraphContentState;
  visible: GraphContent;
  onHome(): void;
}

/** Says what the graph area is doing or why it is empty, over the graph. */
export function GraphStatus({ focus, asOf, graph, visible, onHome }: GraphStatusProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const focusNode = graph.content.nodes.get(focus);
  const focusName = focusNode ? nodeName(focusNode, lang) : focus;

  if (graph.error) {
    const notFound =
      graph.error.error instanceof GraphQLResponseError && graph.error.error.code === 'NOT_FOUND';
    if (notFound && graph.error.centre === focus) {
      return (
        <div className="graph-status">
          <StatusMessage kind="error">
            {t('graph.notFound', { id: focus })}{' '}
            <button type="button" className="link-button" onClick={onHome}>
              {t('graph.backHome')}
            </button>
          </StatusMessage>
        </div>
      );
    }
    return (
      <div className="graph-status">
        <StatusMessage kind="error" onRetry={graph.retry}>
          {t('graph.loadFailed', { id: graph.error.centre })} {describeError(graph.error.error, t)}
        </StatusMessage>
      </div>
    );
  }
  if (graph.loading) {
    return (
      <div className={visible.nodes.size === 0 ? 'graph-status' : 'graph-status graph-status-corner'}>
        <StatusMessage kind="loading">
          {visible.nodes.size === 0 ? t('graph.loadingFocus', { id: focus }) : t('graph.loadingMore')}
        </StatusMessage>
      </div>
    );
  }
  if (graph.content.nodes.size === 0) {
    return (
      <div className="graph-status">
        <StatusMessage kind="empty">
          {asOf
            ? t('graph.notStanding', { id: focus, date: formatPartialDate(asOf, lang) })
            : t('graph.nothing')}
        </StatusMessage>
      </div>
    );
  }
  const notices: string[] = [];
  if (visible.nodes.size === 1 && graph.content.nodes.size > 1)
    notices.push(t('graph.allFiltered', { name: focusName }));
  if (visible.truncated.length > 0) notices.push(t('graph.truncated'));
  if (notices.length === 0) return null;
  return (
    <div className="graph-status graph-status-corner">
      <StatusMessage kind="empty">{notices.join(' ')}</StatusMessage>
    </div>
  );
}
