import { useTranslation } from 'react-i18next';
import { CitationDisclosure } from '../../ui/CitationDisclosure';
import { ParticipationSwatch } from '../../ui/ParticipationSwatch';
import { participationKey } from '../../ui/participation-styles';
import { DateText, StateHeader } from './compare-cells';
import type { Comparison, Profile } from './compare-query';

type Standing = Profile['participation'][number];

/** One state's standing in one treaty: status (swatch and words), the dates reached, citations. */
function StandingCell({ standing }: { standing: Standing }) {
  const { t } = useTranslation();
  return (
    <td
      data-jurisdiction-status={participationKey(standing.status, standing.recorded)}
      title={standing.explanation}
    >
      <div className="compare-status">
        <ParticipationSwatch status={standing.status} recorded={standing.recorded} /> {standing.label}
      </div>
      {standing.recorded ? null : <div className="muted">{t('compare.unrecorded')}</div>}
      <dl className="compare-dates">
        {standing.signatureDate ? (
          <div>
            <dt>{t('participation.signature')}</dt>
            <dd>
              <DateText date={standing.signatureDate} />
            </dd>
          </div>
        ) : null}
        {standing.consentDate ? (
          <div>
            <dt>
              {standing.consentKind
                ? t(`participation.consentKind.${standing.consentKind}`)
                : t('participation.consent')}
            </dt>
            <dd>
              <DateText date={standing.consentDate} />
            </dd>
          </div>
        ) : null}
        {standing.entryIntoForceDate ? (
          <div>
            <dt>{t('participation.entryIntoForce')}</dt>
            <dd>
              <DateText date={standing.entryIntoForceDate} computed={standing.entryIntoForceComputed} />
            </dd>
          </div>
        ) : null}
      </dl>
      {standing.otherReadings ? (
        <span className="badge" title={t('compare.otherReadingsHint')}>
          {t('compare.otherReadings')}
        </span>
      ) : null}
      <CitationDisclosure citations={standing.sources} />
    </td>
  );
}

/** Each treaty a row, each state a column: where the state stood on the comparison's date. */
export function ParticipationSection({
  comparison,
  onOpenState,
}: {
  comparison: Comparison;
  onOpenState(id: string): void;
}) {
  const { t } = useTranslation();
  return (
    <section className="compare-section" aria-labelledby="compare-participation">
      <h3 id="compare-participation">{t('compare.participation')}</h3>
      <table className="compare-table compare-participation">
        <thead>
          <tr>
            <th scope="col">{t('compare.treaty')}</th>
            {comparison.profiles.map((p) => (
              <StateHeader key={p.jurisdiction.id} profile={p} onOpen={onOpenState} />
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.treaties.map((treaty, i) => (
            <tr key={treaty.id} data-treaty={treaty.id}>
              <th scope="row">{treaty.shortName}</th>
              {comparison.profiles.map((p) => {
                const standing = p.participation[i];
                return standing ? (
                  <StandingCell key={p.jurisdiction.id} standing={standing} />
                ) : (
                  <td key={p.jurisdiction.id} />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
