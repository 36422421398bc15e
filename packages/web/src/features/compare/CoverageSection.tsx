import { useTranslation } from 'react-i18next';
import { CitationDisclosure } from '../../ui/CitationDisclosure';
import { CoverageMark, NodeButton, StateHeader } from './compare-cells';
import type { Comparison, Profile } from './compare-query';

type Cell = Profile['coverage'][number];

/** The national texts reaching a column, each once, a policy marked as such. */
function CellTexts({ cell, onReveal }: { cell: Cell; onReveal(id: string): void }) {
  const { t } = useTranslation();
  const texts = [...new Set(cell.links.map((l) => l.instrument.id))].map((id) => {
    const links = cell.links.filter((l) => l.instrument.id === id);
    // "inferred" only when every link of the text to the column is an analyst's reading.
    return { link: links[0]!, inferred: links.every((l) => l.inferred) };
  });
  if (texts.length === 0) return null;
  return (
    <ul className="compare-texts">
      {texts.map(({ link, inferred }) => (
        <li key={link.instrument.id}>
          <NodeButton id={link.instrument.id} name={link.instrument.shortName} onReveal={onReveal} />
          {link.binding ? null : <span className="badge">{t('compare.policy')}</span>}
          {inferred ? <span className="badge badge-inferred">{t('compare.inferred')}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * What the national texts cover, a row per subject (trafficking in persons, smuggling of migrants,
 * child trafficking, slavery...), a column per state: law in force, policy only, nothing shown in
 * force, or nothing in the graph (a gap in the graph, said as such in the cell's tooltip).
 */
export function CoverageSection({
  comparison,
  onOpenState,
  onReveal,
}: {
  comparison: Comparison;
  onOpenState(id: string): void;
  onReveal(id: string): void;
}) {
  const { t } = useTranslation();
  return (
    <section className="compare-section" aria-labelledby="compare-coverage">
      <h3 id="compare-coverage">{t('compare.coverage')}</h3>
      <table className="compare-table compare-coverage">
        <thead>
          <tr>
            <th scope="col">{t('compare.subject')}</th>
            {comparison.profiles.map((p) => (
              <StateHeader key={p.jurisdiction.id} profile={p} onOpen={onOpenState} />
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.columns.map((column) => (
            <tr key={column.id} data-column={column.id}>
              <th scope="row">{column.label}</th>
              {comparison.profiles.map((p) => {
                const cell = p.coverage.find((c) => c.column.id === column.id);
                if (!cell) return <td key={p.jurisdiction.id} />;
                return (
                  <td key={p.jurisdiction.id} data-coverage={cell.status} title={cell.note}>
                    <CoverageMark status={cell.status} label={cell.label} />
                    <CellTexts cell={cell} onReveal={onReveal} />
                    {cell.sources.length > 0 ? <CitationDisclosure citations={cell.sources} /> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
