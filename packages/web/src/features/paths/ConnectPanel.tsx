import { useId, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GraphQLResponseError } from '../../lib/graphql/fetch-graphql';
import { describeError } from '../../ui/describe-error';
import { StatusMessage } from '../../ui/StatusMessage';
import { formatPartialDate } from '../../lib/format-values';
import { useLang } from '../../lib/i18n/use-lang';
import type { Selection } from '../../domain/view-state/view-state';
import { useVocabulary } from '../../domain/vocabulary/vocabulary-context';
import type { NodeKind } from '../../gql/graphql';
import type { FoundPath } from './path-content';
import { PathList } from './PathList';
import type { usePaths } from './use-paths';

/** A way to choose a node (the explorer gives the search box). */
export interface NodePickerProps {
  /** Accessible name: which end is being chosen. */
  label: string;
  placeholder: string;
  onChoose(id: string): void;
}

export interface ConnectPanelProps {
  from: string | null;
  to: string | null;
  asOf: string | null;
  paths: ReturnType<typeof usePaths>;
  /** Node kinds the paths may not pass through. */
  avoidKinds: readonly NodeKind[];
  onAvoidKind(kind: NodeKind, avoid: boolean): void;
  selected: Selection;
  /** The name to show for a chosen end. */
  nameOf(id: string): string;
  onEnd(end: 'from' | 'to', id: string | null): void;
  onClear(): void;
  onSelectRelation(id: string): void;
  /** Chooses an end that is not chosen yet. */
  NodePicker: ComponentType<NodePickerProps>;
  /** "Cite this" for a path (the explorer puts the cite feature's here); none by default. */
  renderCitation?(path: FoundPath): ReactNode;
}

/**
 * "How are these connected?": two ends, chosen here by search or from the details panel, and the
 * shortest paths between them with the API's explanation. The graph highlights the same paths.
 */
export function ConnectPanel({
  from,
  to,
  asOf,
  paths,
  avoidKinds,
  onAvoidKind,
  selected,
  nameOf,
  onEnd,
  onClear,
  onSelectRelation,
  NodePicker,
  renderCitation,
}: ConnectPanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const vocabulary = useVocabulary();
  const avoidId = useId();

  const end = (which: 'from' | 'to', id: string | null) => {
    const label = which === 'from' ? t('paths.from') : t('paths.to');
    return (
      <div className="connect-end">
        {id ? (
          <p className="connect-chosen">
            <span className="connect-end-label">{label}</span> <strong>{nameOf(id)}</strong>{' '}
            <button
              type="button"
              className="link-button"
              aria-label={t('paths.changeEnd', { end: label })}
              onClick={() => onEnd(which, null)}
            >
              {t('paths.change')}
            </button>
          </p>
        ) : (
          <NodePicker
            label={label}
            placeholder={t('paths.placeholder')}
            onChoose={(chosen) => onEnd(which, chosen)}
          />
        )}
      </div>
    );
  };

  let result = null;
  if (from && to && from === to) result = <p className="muted">{t('paths.same')}</p>;
  else if (paths.ready && paths.status === 'loading')
    result = <StatusMessage kind="loading">{t('paths.loading')}</StatusMessage>;
  else if (paths.ready && paths.status === 'error') {
    const notFound = paths.error instanceof GraphQLResponseError && paths.error.code === 'NOT_FOUND';
    result = notFound ? (
      <StatusMessage kind="error">{t('paths.notFound')}</StatusMessage>
    ) : (
      <StatusMessage kind="error" cause={paths.error} onRetry={paths.retry}>
        {t('paths.failed', { message: describeError(paths.error, t) })}
      </StatusMessage>
    );
  } else if (paths.ready && paths.status === 'done') {
    result =
      paths.data.paths.length === 0 ? (
        <StatusMessage kind="empty">
          {asOf ? t('paths.noneAsOf', { date: formatPartialDate(asOf, lang) }) : t('paths.none')}
        </StatusMessage>
      ) : (
        <PathList
          paths={paths.data.paths}
          from={from}
          to={to}
          selected={selected}
          onSelectRelation={onSelectRelation}
          renderCitation={renderCitation}
        />
      );
  }

  return (
    <details className="panel-section connect-panel" open={from || to ? true : undefined}>
      <summary>
        <h2 className="panel-section-heading">{t('paths.heading')}</h2>
      </summary>
      <p className="muted panel-hint">{t('paths.hint')}</p>
      {end('from', from)}
      {end('to', to)}
      {from || to ? (
        <button type="button" onClick={onClear}>
          {t('paths.clear')}
        </button>
      ) : null}
      <fieldset className="paths-avoid" aria-describedby={`${avoidId}-hint`}>
        <legend>{t('paths.avoid')}</legend>
        <p id={`${avoidId}-hint`} className="muted panel-hint">
          {t('paths.avoidHint')}
        </p>
        {vocabulary.nodeKinds.map((kind) => (
          <label key={kind} className="paths-avoid-kind">
            <input
              type="checkbox"
              checked={avoidKinds.includes(kind)}
              onChange={(e) => onAvoidKind(kind, e.target.checked)}
            />{' '}
            {vocabulary.nodeKindPlural(kind, lang)}
          </label>
        ))}
      </fieldset>
      <div className="connect-result" aria-live="polite">
        {result}
      </div>
    </details>
  );
}
