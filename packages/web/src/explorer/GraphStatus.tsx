import { useTranslation } from 'react-i18next';
import { ApiUnavailableError, GraphQLResponseError } from '../lib/graphql/fetch-graphql';
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
    const { centre, error } = graph.error;
    const notFound = error instanceof GraphQLResponseError && error.code === 'NOT_FOUND';
    if (notFound && centre === focus) {
      return (
        <StatusMessage kind="error" overlay className="graph-status">
          {t('graph.notFound', { id: focus })}{' '}
          <button type="button" className="link-button" onClick={onHome}>
            {t('graph.backHome')}
          </button>
        </StatusMessage>
      );
    }
    // The API being away is the outage notice's to say; over a graph still shown, nothing more.
    if (!(error instanceof ApiUnavailableError) || visible.nodes.size === 0) {
      return (
        <StatusMessage
          // A new failure is a new box, even where an earlier one was dismissed.
          key={`${centre}|${error.message}`}
          kind="error"
          cause={error}
          overlay
          // An unknown id (an expanded node's, from an old link) is an answer: asking again cannot help.
          {...(notFound ? {} : { onRetry: graph.retry })}
          className={visible.nodes.size === 0 ? 'graph-status' : 'graph-status graph-status-corner'}
        >
          {notFound
            ? t('graph.notFound', { id: centre })
            : `${t('graph.loadFailed', { id: centre })} ${describeError(error, t)}`}
        </StatusMessage>
      );
    }
  }
  if (graph.loading && !graph.kept) {
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
  // On the graph itself, not only in the outage notice (which can be dismissed): an earlier
  // date's graph must never pass for the date on the slider.
  if (graph.kept)
    notices.push(
      graph.kept.asOf === null
        ? t('graph.keptToday')
        : t('graph.keptAsOf', { date: formatPartialDate(graph.kept.asOf, lang) }),
    );
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
