import { useTranslation } from 'react-i18next';
import type { CoverageStatus } from '../../gql/graphql';
import { formatPartialDate } from '../../lib/format-values';
import { useLang } from '../../lib/i18n/use-lang';
import type { Profile } from './compare-query';

/** A date, with "computed" beside it when Cadre computed it by the treaty's rule. */
export function DateText({ date, computed = false }: { date: string; computed?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      {formatPartialDate(date, lang)}
      {computed ? (
        <>
          {' '}
          <abbr className="badge badge-computed" title={t('compare.computedHint')}>
            {t('compare.computed')}
          </abbr>
        </>
      ) : null}
    </>
  );
}

/** Markers for what national texts cover: filled, half, dotted, empty; always beside the words. */
const COVERAGE_MARKS: Record<CoverageStatus, string> = {
  LAW_IN_FORCE: '●',
  POLICY_ONLY: '◐',
  NONE_SHOWN_IN_FORCE: '◌',
  NOTHING_IN_GRAPH: '○',
};

export function CoverageMark({ status, label }: { status: CoverageStatus; label: string }) {
  return (
    <span className={`coverage-status coverage-${status}`}>
      <span className="coverage-mark" aria-hidden="true">
        {COVERAGE_MARKS[status]}
      </span>{' '}
      {label}
    </span>
  );
}

/** A state's column header: its name, a button that opens its framework in the graph. */
export function StateHeader({ profile, onOpen }: { profile: Profile; onOpen(id: string): void }) {
  const { t } = useTranslation();
  const { id, name } = profile.jurisdiction;
  return (
    <th scope="col" data-jurisdiction={id}>
      <button
        type="button"
        className="link-button"
        aria-label={t('compare.openFramework', { name })}
        onClick={() => onOpen(id)}
      >
        {name}
      </button>
    </th>
  );
}

/** A node named in a cell (a text, a body): a button that shows it in the graph. */
export function NodeButton({ id, name, onReveal }: { id: string; name: string; onReveal(id: string): void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="link-button"
      aria-label={t('compare.showInGraph', { name })}
      onClick={() => onReveal(id)}
    >
      {name}
    </button>
  );
}
