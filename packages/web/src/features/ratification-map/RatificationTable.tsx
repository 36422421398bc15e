import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../lib/format-values';
import { useLang } from '../../lib/i18n/use-lang';
import { CitationDisclosure } from '../../ui/CitationDisclosure';
import { ParticipationSwatch } from '../../ui/ParticipationSwatch';
import { participationKey } from '../../ui/participation-styles';
import type { RatificationRow } from './ratification-query';

export interface RatificationTableProps {
  rows: readonly RatificationRow[];
  caption: string;
  /** Opens a state's framework (its node, selected, in the graph). */
  onOpen(id: string): void;
}

/** A date as the table shows it, marked when Cadre computed it rather than read it in a source. */
function DateCell({ date, computed }: { date: string | null; computed?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!date) return <span className="muted">—</span>;
  return (
    <>
      {formatPartialDate(date, lang)}
      {computed ? (
        <>
          {' '}
          <abbr className="badge badge-computed" title={t('ratificationMap.computedHint')}>
            {t('ratificationMap.computed')}
          </abbr>
        </>
      ) : null}
    </>
  );
}

/**
 * The map as a table, its text alternative: each state (a button opening its framework), its
 * status in words, the dates reached by the map's date (computed ones marked), and the citations.
 */
export function RatificationTable({ rows, caption, onOpen }: RatificationTableProps) {
  const { t } = useTranslation();
  return (
    <table className="ratification-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ratificationMap.columns.state')}</th>
          <th scope="col">{t('ratificationMap.columns.status')}</th>
          <th scope="col">{t('ratificationMap.columns.signature')}</th>
          <th scope="col">{t('ratificationMap.columns.consent')}</th>
          <th scope="col">{t('ratificationMap.columns.entryIntoForce')}</th>
          <th scope="col">{t('ratificationMap.columns.citations')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.jurisdiction.id}
            data-jurisdiction={row.jurisdiction.id}
            data-status={participationKey(row.status, row.recorded)}
          >
            <th scope="row">
              <button
                type="button"
                className="link-button"
                aria-label={t('ratificationMap.openFramework', { name: row.jurisdiction.name })}
                onClick={() => onOpen(row.jurisdiction.id)}
              >
                {row.jurisdiction.name}
              </button>
            </th>
            <td className="ratification-status">
              <ParticipationSwatch status={row.status} recorded={row.recorded} /> {row.label}
              {row.recorded ? null : (
                <span className="ratification-unrecorded"> ({t('ratificationMap.unrecorded')})</span>
              )}
              {row.otherReadings ? (
                <>
                  {' '}
                  <span className="badge" title={t('ratificationMap.otherReadingsHint')}>
                    {t('ratificationMap.otherReadings')}
                  </span>
                </>
              ) : null}
            </td>
            <td>
              <DateCell date={row.signatureDate} />
            </td>
            <td>
              {row.consentDate ? (
                <>
                  {row.consentKind ? `${t(`participation.consentKind.${row.consentKind}`)}, ` : ''}
                  <DateCell date={row.consentDate} />
                </>
              ) : (
                <DateCell date={null} />
              )}
            </td>
            <td>
              <DateCell date={row.entryIntoForceDate} computed={row.entryIntoForceComputed} />
            </td>
            <td>
              <CitationDisclosure citations={row.sources} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
