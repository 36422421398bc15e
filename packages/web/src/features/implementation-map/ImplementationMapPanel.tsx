import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeInForce } from '../../domain/law/describe-in-force';
import { viewAddress } from '../../domain/view-url/view-address';
import { downloadText } from '../../lib/download';
import { formatPartialDate } from '../../lib/format-values';
import { useGraphQLQuery } from '../../lib/graphql/use-graphql-query';
import { useLang } from '../../lib/i18n/use-lang';
import { describeError } from '../../ui/describe-error';
import { StatusMessage } from '../../ui/StatusMessage';
import { implementationMapQuery } from './implementation-map-query';
import { ImplementationMapTable, LinkedNode } from './ImplementationMapTable';
import { MapChooser } from './MapChooser';
import { implementationMapCsv, mapFileName, type ImplementationMapData } from './map-csv';

export interface ImplementationMapPanelProps {
  treaty: string;
  jurisdiction: string;
  /** The time slider's date; null for today. */
  asOf: string | null;
  onOpen(treaty: string, jurisdiction: string): void;
  /** Shows a node in the graph (with the instrument it is part of, for an article). */
  onReveal(id: string, instrument?: string): void;
}

/** The counts by status, in the interface's words. */
function counts(map: ImplementationMapData) {
  const n = (status: string): number => map.articles.filter((a) => a.status === status).length;
  return { cited: n('PROVISION_CITED'), related: n('RELATED_MEASURE_ONLY'), nothing: n('NOTHING_IN_GRAPH') };
}

/**
 * The implementation map: a treaty article by article for a jurisdiction as of the time slider's
 * date. It says first, plainly, that "nothing in the graph" is a fact about the sources loaded
 * here and not about the law; then where the treaty and the state stood on that date; then the
 * table, and the measures linked to the treaty as a whole. Exports as CSV with citations.
 */
export function ImplementationMapPanel({
  treaty,
  jurisdiction,
  asOf,
  onOpen,
  onReveal,
}: ImplementationMapPanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const state = useGraphQLQuery(implementationMapQuery(treaty, jurisdiction, asOf));
  const [saved, setSaved] = useState<string | null>(null);
  const map = state.data?.implementationMap ?? null;
  const jurisdictionName = map
    ? lang === 'fr'
      ? (map.jurisdiction.nameFr ?? map.jurisdiction.nameEn)
      : map.jurisdiction.nameEn
    : jurisdiction;

  const exportCsv = (data: ImplementationMapData): void => {
    const address = viewAddress({
      mapTreaty: treaty,
      mapJurisdiction: jurisdiction,
      asOf,
      panel: 'map',
      lang,
    });
    const fileName = mapFileName(treaty, jurisdiction, asOf);
    downloadText(implementationMapCsv(data, { lang, t, address }), fileName, 'text/csv;charset=utf-8');
    setSaved(fileName);
  };

  let body;
  if (state.status === 'loading') body = <StatusMessage kind="loading">{t('map.loading')}</StatusMessage>;
  else if (state.status === 'error')
    body = (
      <StatusMessage kind="error" cause={state.error} onRetry={state.retry}>
        {t('map.failed', { message: describeError(state.error, t) })}
      </StatusMessage>
    );
  else if (!map) body = <StatusMessage kind="empty">{t('graph.notFound', { id: treaty })}</StatusMessage>;
  else {
    const c = counts(map);
    const party = map.partyStatus;
    body = (
      <>
        <p className="map-context">
          <strong>{asOf ? t('map.asOf', { date: formatPartialDate(asOf, lang) }) : t('map.today')}</strong>
          {' · '}
          <span data-testid="map-treaty-status">
            {t('map.treatyStatus', { status: describeInForce(map.treatyStatus, t, lang) })}
          </span>
          {' · '}
          <span data-testid="map-party-status">
            {party
              ? t('map.party', {
                  jurisdiction: jurisdictionName,
                  status: t(`participation.status.${party.status}`),
                })
              : t('map.noParty', { jurisdiction: jurisdictionName })}
          </span>
        </p>
        <p className="map-counts">{t('map.counts', c)}</p>
        <ImplementationMapTable map={map} onReveal={onReveal} />
        {map.treatyMeasures.length > 0 ? (
          <section className="map-treaty-measures" aria-labelledby="map-treaty-measures">
            <h3 id="map-treaty-measures">{t('map.treatyMeasures')}</h3>
            <ul className="map-links">
              {map.treatyMeasures.map((l) => (
                <LinkedNode key={l.relation.id} link={l} onReveal={onReveal} />
              ))}
            </ul>
          </section>
        ) : null}
      </>
    );
  }

  return (
    <section className="map-panel" aria-labelledby="map-title">
      <div className="map-head">
        <h2 id="map-title" className="map-title">
          {map
            ? t('map.headingFor', {
                title: t('map.title', {
                  treaty: lang === 'fr' ? map.treaty.shortNameFr : map.treaty.shortNameEn,
                  jurisdiction: jurisdictionName,
                }),
              })
            : t('map.heading')}
        </h2>
        <MapChooser
          key={`${treaty}|${jurisdiction}`}
          treaty={treaty}
          jurisdiction={jurisdiction}
          onOpen={onOpen}
        />
        <button type="button" disabled={!map} onClick={() => map && exportCsv(map)}>
          {t('map.export')}
        </button>
        <span className="map-saved" aria-live="polite">
          {saved ? t('map.exported', { fileName: saved }) : null}
        </span>
      </div>
      <p className="map-caveat" role="note">
        {t('map.caveat', { jurisdiction: jurisdictionName })}
      </p>
      {body}
    </section>
  );
}
