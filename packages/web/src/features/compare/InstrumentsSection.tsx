import { useTranslation } from 'react-i18next';
import { describeInForce } from '../../domain/law/describe-in-force';
import type { InForceStatusFieldsFragment } from '../../gql/graphql';
import { useLang } from '../../lib/i18n/use-lang';
import { CitationDisclosure } from '../../ui/CitationDisclosure';
import { NodeButton } from './compare-cells';
import type { Comparison } from './compare-query';

/** Whether a text is in force, short ("In force since 12 July 2012"), the stage it rests on as its tooltip. */
function InForceCell({ status }: { status: InForceStatusFieldsFragment }) {
  const { t } = useTranslation();
  const lang = useLang();
  const full = describeInForce(status, t, lang);
  return (
    <td data-in-force={status.status} title={full}>
      {full.split(' — ')[0]}
    </td>
  );
}

/**
 * The national texts standing on the date, state by state: each text, whether it is in force (and
 * on which stage that rests), which subjects it covers (a column each) and its citations.
 */
export function InstrumentsSection({
  comparison,
  onReveal,
}: {
  comparison: Comparison;
  onReveal(id: string): void;
}) {
  const { t } = useTranslation();
  const width = comparison.columns.length + 3;
  return (
    <section className="compare-section" aria-labelledby="compare-instruments">
      <h3 id="compare-instruments">{t('compare.instruments')}</h3>
      <table className="compare-table compare-instruments">
        <thead>
          <tr>
            <th scope="col">{t('compare.text')}</th>
            <th scope="col">{t('compare.inForce')}</th>
            {comparison.columns.map((c) => (
              <th key={c.id} scope="col" className="compare-column-head">
                {c.label}
              </th>
            ))}
            <th scope="col">{t('compare.citations')}</th>
          </tr>
        </thead>
        {comparison.profiles.map((p) => (
          <tbody key={p.jurisdiction.id} data-jurisdiction={p.jurisdiction.id}>
            <tr className="compare-group">
              <th scope="colgroup" colSpan={width}>
                {p.jurisdiction.name}
              </th>
            </tr>
            {p.instruments.length === 0 ? (
              <tr>
                <td colSpan={width} className="muted">
                  {t('compare.noInstruments')}
                </td>
              </tr>
            ) : null}
            {p.instruments.map((i) => (
              <tr key={i.instrument.id} data-instrument={i.instrument.id}>
                <th scope="row">
                  <NodeButton id={i.instrument.id} name={i.instrument.shortName} onReveal={onReveal} />
                  {i.binding ? null : <span className="badge">{t('compare.policy')}</span>}
                </th>
                <InForceCell status={i.status} />
                {comparison.columns.map((c) => {
                  const covers = i.columns.includes(c.id);
                  return (
                    <td key={c.id} className="compare-covers" data-covers={covers ? 'yes' : 'no'}>
                      <span aria-hidden="true">{covers ? '✓' : ''}</span>
                      <span className="visually-hidden">
                        {covers ? t('compare.covers') : t('compare.doesNotCover')}
                      </span>
                    </td>
                  );
                })}
                <td>
                  <CitationDisclosure citations={i.sources} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
