import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../lib/format-values';
import { useLang } from '../../lib/i18n/use-lang';
import { describeError } from '../../ui/describe-error';
import { StatusMessage } from '../../ui/StatusMessage';
import { RatificationLegend } from './RatificationLegend';
import { ratificationMapQuery } from './ratification-query';
import { RatificationTable } from './RatificationTable';
import { TreatyChooser } from './TreatyChooser';

// The shapes and d3-geo come with the map only, in a chunk of their own: the legend and the table
// (the map's text alternative) paint without them.
const WestAfricaMap = lazy(() => import('./WestAfricaMap'));

export interface RatificationMapPanelProps {
  treaty: string;
  /** The time slider's date; null for today. */
  asOf: string | null;
  onTreaty(treaty: string): void;
  /** Opens a state's framework: its node, selected, in the graph. */
  onOpenState(id: string): void;
}

/**
 * The ratification map: West Africa coloured by each state's standing in a treaty as of the time
 * slider's date (Play runs through the years: the last answer stays up while the next loads), its
 * legend with counts, what a gap in the graph means, and the table that says it all in words.
 */
export function RatificationMapPanel({ treaty, asOf, onTreaty, onOpenState }: RatificationMapPanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const result = useQuery({ ...ratificationMapQuery(treaty, asOf, lang), placeholderData: keepPreviousData });
  const map = result.data?.ratificationMap ?? null;
  const date = map?.asOf ? formatPartialDate(map.asOf, lang) : t('ratificationMap.today');
  const states = useMemo(
    () =>
      (map?.rows ?? []).map((r) => ({
        id: r.jurisdiction.id,
        isoCode: r.jurisdiction.isoCode,
        name: r.jurisdiction.name,
        status: r.status,
        recorded: r.recorded,
        explanation: r.explanation,
      })),
    [map],
  );

  let body;
  if (result.isError && !map)
    body = (
      <StatusMessage kind="error" cause={result.error} onRetry={() => void result.refetch()}>
        {t('ratificationMap.failed', { message: describeError(result.error, t) })}
      </StatusMessage>
    );
  else if (!map) body = <StatusMessage kind="loading">{t('ratificationMap.loading')}</StatusMessage>;
  else {
    const title = t('ratificationMap.subject', { treaty: map.treaty.shortName, date });
    body = (
      <>
        {map.treatyStatus.status === 'IN_FORCE' ? null : (
          <p className="ratification-treaty-status">{t('ratificationMap.treatyNotInForce')}</p>
        )}
        <div className="ratification-body" aria-busy={result.isPlaceholderData}>
          <Suspense
            fallback={<StatusMessage kind="loading">{t('ratificationMap.loadingShapes')}</StatusMessage>}
          >
            <WestAfricaMap
              states={states}
              label={t('ratificationMap.mapLabel', { subject: title })}
              onOpen={onOpenState}
            />
          </Suspense>
          <RatificationLegend legend={map.legend} />
        </div>
        <RatificationTable
          rows={map.rows}
          caption={t('ratificationMap.tableCaption', { subject: title })}
          onOpen={onOpenState}
        />
      </>
    );
  }

  return (
    <section className="ratification-panel" aria-labelledby="ratification-title">
      <div className="ratification-head">
        <h2 id="ratification-title" className="ratification-title">
          {map
            ? t('ratificationMap.headingFor', {
                subject: t('ratificationMap.subject', { treaty: map.treaty.shortName, date }),
              })
            : t('ratificationMap.heading')}
        </h2>
        <TreatyChooser treaty={treaty} onTreaty={onTreaty} />
      </div>
      {map ? (
        <p className="ratification-gap" role="note">
          {map.gapNote}
        </p>
      ) : null}
      {body}
    </section>
  );
}
