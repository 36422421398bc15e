import { useTranslation } from 'react-i18next';
import type { ParticipationClaimFieldsFragment, RelationDetailsQuery } from '../../gql/graphql';
import { formatPartialDate } from '../../lib/format-values';
import { useLang } from '../../lib/i18n/use-lang';
import { CitationList } from './CitationList';

type RelationData = NonNullable<RelationDetailsQuery['relation']>;
export type ParticipationData = NonNullable<RelationData['participation']>;
export interface EntryIntoForceRuleData {
  daysAfterDeposit: number;
  notBeforeTreatyInForce: boolean;
  article?: string | null;
}

export interface ParticipationDetailsProps {
  participation: ParticipationData;
  /** The treaty's rule for a later party, to explain a computed entry into force. */
  rule?: EntryIntoForceRuleData | null;
  /** The view's date; null when the view shows today. */
  asOf: string | null;
}

/**
 * A state's participation in a treaty (a PARTY_TO relation): its status on the view's date and what
 * party status runs from, then every signature, consent and entry-into-force reading with its
 * sources. Computed dates say so and how; a reading not used stays, marked, and the panel says
 * that others exist.
 */
export function ParticipationDetails({ participation, rule, asOf }: ParticipationDetailsProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const date = (d: string): string => formatPartialDate(d, lang);
  const when = asOf ? date(asOf) : t('status.today').toLocaleLowerCase(lang);
  const { partyFrom, status } = participation;
  const groups = [
    ['signature', participation.signature],
    ['consent', participation.consent],
    ['entryIntoForce', participation.entryIntoForce],
    ['partyBy', participation.partyBy],
  ] as const;
  const notUsed = groups.reduce((n, [, claims]) => n + claims.filter((c) => !c.used).length, 0);

  const claim = (c: ParticipationClaimFieldsFragment, many: boolean) => {
    const note = lang === 'fr' ? c.noteFr : c.noteEn;
    return (
      <li
        key={`${c.type}-${c.date}-${c.act ?? ''}`}
        className={c.used ? 'claim' : 'claim claim-other-reading'}
      >
        <p className="claim-line">
          <span className="claim-date">{date(c.date)}</span>
          {c.consentKind ? (
            <span className="claim-kind">
              {' '}
              {t(`participation.consentKind.${c.consentKind}`)}
              {c.act ? ` — ${t(`participation.act.${c.act}`)}` : ''}
              {c.actName ? ` (${c.actName})` : ''}
            </span>
          ) : null}
          {c.computed ? <span className="badge badge-computed">{t('participation.computed')}</span> : null}
          {many || !c.used ? (
            <span className={`badge ${c.used ? 'badge-used' : 'badge-other'}`}>
              {c.used ? t('participation.used') : t('participation.otherReading')}
            </span>
          ) : null}
        </p>
        {c.computed && !note ? (
          <p className="claim-computed">
            {c.fromDeposit ? t('participation.computedFrom', { deposit: date(c.fromDeposit) }) : null}
            {rule
              ? ` ${t('participation.rule', {
                  days: rule.daysAfterDeposit,
                  article: rule.article ? t('participation.ruleArticle', { article: rule.article }) : '',
                })}`
              : null}
          </p>
        ) : null}
        {note ? <p className={c.computed ? 'claim-computed' : 'claim-note'}>{note}</p> : null}
        {c.sources.length > 0 ? (
          <details className="claim-citations">
            <summary>{t('stage.citations', { count: c.sources.length })}</summary>
            <CitationList citations={c.sources} />
          </details>
        ) : null}
      </li>
    );
  };

  return (
    <section aria-labelledby="details-participation" className="participation">
      <h3 id="details-participation">{t('participation.heading')}</h3>
      <p className={`party-status party-${status.status}`} data-status={status.status}>
        <strong>
          {t('participation.asOf', { date: when, status: t(`participation.status.${status.status}`) })}
        </strong>
      </p>
      {partyFrom ? (
        <p className="party-from">
          {t('participation.partyFrom', { date: date(partyFrom.date) })} —{' '}
          {t(`participation.basis.${partyFrom.kind}`)}
          {partyFrom.computed ? (
            <span className="badge badge-computed">{t('participation.computed')}</span>
          ) : null}
        </p>
      ) : null}
      <dl className="claims">
        {groups.map(([key, claims]) =>
          claims.length === 0 && key === 'partyBy' ? null : (
            <div key={key} className="claim-group">
              <dt>{t(`participation.${key}`)}</dt>
              <dd>
                {claims.length === 0 ? (
                  <span className="muted">{t('participation.none')}</span>
                ) : (
                  <ul className="claim-list">{claims.map((c) => claim(c, claims.length > 1))}</ul>
                )}
              </dd>
            </div>
          ),
        )}
      </dl>
      {notUsed > 0 ? <p className="muted">{t('participation.otherReadings', { count: notUsed })}</p> : null}
    </section>
  );
}
