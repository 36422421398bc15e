import { useTranslation } from 'react-i18next';
import { CitationDisclosure } from '../../ui/CitationDisclosure';
import { NodeButton } from './compare-cells';
import type { Comparison } from './compare-query';

/** The coordination bodies of each state: the body, the text establishing it, what it addresses. */
export function BodiesSection({
  comparison,
  onReveal,
}: {
  comparison: Comparison;
  onReveal(id: string): void;
}) {
  const { t } = useTranslation();
  const label = (id: string): string => comparison.columns.find((c) => c.id === id)?.label ?? id;
  return (
    <section className="compare-section" aria-labelledby="compare-bodies">
      <h3 id="compare-bodies">{t('compare.bodies')}</h3>
      <table className="compare-table compare-bodies">
        <thead>
          <tr>
            <th scope="col">{t('compare.body')}</th>
            <th scope="col">{t('compare.establishedBy')}</th>
            <th scope="col">{t('compare.addresses')}</th>
            <th scope="col">{t('compare.citations')}</th>
          </tr>
        </thead>
        {comparison.profiles.map((p) => (
          <tbody key={p.jurisdiction.id} data-jurisdiction={p.jurisdiction.id}>
            <tr className="compare-group">
              <th scope="colgroup" colSpan={4}>
                {p.jurisdiction.name}
              </th>
            </tr>
            {p.coordinationBodies.length === 0 ? (
              <tr>
                <td colSpan={4} className="muted">
                  {t('compare.noBodies')}
                </td>
              </tr>
            ) : null}
            {p.coordinationBodies.map((b) => (
              <tr key={b.body.id} data-body={b.body.id}>
                <th scope="row">
                  <NodeButton id={b.body.id} name={b.body.name} onReveal={onReveal} />
                </th>
                <td>
                  {b.establishedBy.length === 0 ? (
                    <span className="muted">{t('compare.noEstablishingText')}</span>
                  ) : (
                    b.establishedBy.map((r, i) => (
                      <span key={r.id}>
                        {i > 0 ? ', ' : null}
                        <NodeButton id={r.from.id} name={r.from.shortName} onReveal={onReveal} />
                      </span>
                    ))
                  )}
                </td>
                <td>{b.columns.map(label).join(', ')}</td>
                <td>
                  <CitationDisclosure citations={b.sources} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
