import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../../lib/graphql/use-graphql-query';
import { useLang } from '../../lib/i18n/use-lang';
import { describeError } from '../../ui/describe-error';
import { StatusMessage } from '../../ui/StatusMessage';
import { MAP_TREATIES, mapChoicesQuery } from './implementation-map-query';

export interface MapChooserProps {
  /** The map shown, if any: the chooser starts from it. */
  treaty: string | null;
  jurisdiction: string | null;
  onOpen(treaty: string, jurisdiction: string): void;
}

const DEFAULT_JURISDICTION = 'ml-mali';

/**
 * Which map: a treaty (the Palermo Convention or a Protocol) and a jurisdiction among the parties
 * the graph records for it (Mali, in this first body of knowledge). A form, so Enter opens it.
 */
export function MapChooser({ treaty, jurisdiction, onOpen }: MapChooserProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [chosenTreaty, setTreaty] = useState<string>(treaty ?? MAP_TREATIES[1]);
  const [chosenJurisdiction, setJurisdiction] = useState<string | null>(jurisdiction);
  const choices = useGraphQLQuery(mapChoicesQuery(chosenTreaty));

  const treaties = choices.data?.treaties ?? [];
  const parties = (choices.data?.treaty?.parties ?? [])
    .map((r) => r.from)
    .filter((n) => n.kind === 'PLACE')
    .sort((a, b) => a.nameEn.localeCompare(b.nameEn));
  const available = parties.map((p) => p.id);
  const picked =
    chosenJurisdiction && available.includes(chosenJurisdiction)
      ? chosenJurisdiction
      : available.includes(DEFAULT_JURISDICTION)
        ? DEFAULT_JURISDICTION
        : (available[0] ?? null);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (picked) onOpen(chosenTreaty, picked);
  };

  return (
    <form className="map-chooser" onSubmit={submit}>
      <label htmlFor={`${id}-treaty`}>{t('map.treaty')}</label>
      <select id={`${id}-treaty`} value={chosenTreaty} onChange={(e) => setTreaty(e.target.value)}>
        {MAP_TREATIES.map((treatyId) => {
          const named = treaties.find((n) => n.id === treatyId);
          return (
            <option key={treatyId} value={treatyId}>
              {named ? (lang === 'fr' ? named.shortNameFr : named.shortNameEn) : treatyId}
            </option>
          );
        })}
      </select>
      <label htmlFor={`${id}-jurisdiction`}>{t('map.jurisdiction')}</label>
      <select
        id={`${id}-jurisdiction`}
        value={picked ?? ''}
        disabled={parties.length === 0}
        onChange={(e) => setJurisdiction(e.target.value)}
      >
        {parties.map((p) => (
          <option key={p.id} value={p.id}>
            {lang === 'fr' && p.nameFr ? p.nameFr : p.nameEn}
          </option>
        ))}
      </select>
      <button type="submit" disabled={!picked}>
        {t('map.open')}
      </button>
      {choices.status === 'error' ? (
        <StatusMessage kind="error" cause={choices.error} onRetry={choices.retry}>
          {t('map.jurisdictionsFailed', { message: describeError(choices.error, t) })}
        </StatusMessage>
      ) : null}
    </form>
  );
}
