import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_COMPARED } from '../../domain/view-state/regional-views';
import { viewAddress } from '../../domain/view-url/view-address';
import { downloadText } from '../../lib/download';
import { formatPartialDate } from '../../lib/format-values';
import { useLang } from '../../lib/i18n/use-lang';
import { describeError } from '../../ui/describe-error';
import { StatusMessage } from '../../ui/StatusMessage';
import { BodiesSection } from './BodiesSection';
import { compareFileName, comparisonCsv } from './compare-csv';
import { compareQuery, type Comparison } from './compare-query';
import { CoverageSection } from './CoverageSection';
import { ImplementationSection } from './ImplementationSection';
import { InstrumentsSection } from './InstrumentsSection';
import { JurisdictionPicker } from './JurisdictionPicker';
import { ParticipationSection } from './ParticipationSection';

export interface ComparePanelProps {
  /** The jurisdictions compared (the view's `compare`), in the order chosen. */
  ids: readonly string[];
  /** The time slider's date; null for today. */
  asOf: string | null;
  onChange(ids: string[]): void;
  /** Opens a state's framework: its node, selected, in the graph. */
  onOpenState(id: string): void;
  /** Shows a text or a body in the graph. */
  onReveal(id: string): void;
}

/**
 * "Compare jurisdictions": two to four states side by side as of the time slider's date, in five
 * tables (participation in the treaties, what national texts cover, the texts, coordination
 * bodies, implementation of the treaties' articles), every cell with its citations; the gap
 * note first; exported as CSV with the citations and the comparison's address.
 */
export function ComparePanel({ ids, asOf, onChange, onOpenState, onReveal }: ComparePanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const enough = ids.length >= MIN_COMPARED;
  const result = useQuery({
    ...compareQuery(ids, asOf, lang),
    enabled: enough,
    placeholderData: keepPreviousData,
  });
  const [saved, setSaved] = useState<string | null>(null);
  // The chooser starts open when there is not enough to compare, and stays as the reader leaves it.
  const [choosing, setChoosing] = useState(!enough);
  const comparison = enough ? (result.data?.compareJurisdictions ?? null) : null;
  const date = comparison?.asOf ? formatPartialDate(comparison.asOf, lang) : null;
  const names = comparison?.profiles.map((p) => p.jurisdiction.name).join(', ');

  const exportCsv = (data: Comparison): void => {
    const address = viewAddress({ compare: [...ids], asOf, panel: 'compare', lang });
    const fileName = compareFileName(ids, asOf);
    downloadText(comparisonCsv(data, { lang, t, address }), fileName, 'text/csv;charset=utf-8');
    setSaved(fileName);
  };

  let body;
  if (!enough)
    body = <StatusMessage kind="empty">{t('compare.chooseMore', { min: MIN_COMPARED })}</StatusMessage>;
  else if (result.isError && !comparison)
    body = (
      <StatusMessage kind="error" cause={result.error} onRetry={() => void result.refetch()}>
        {t('compare.failed', { message: describeError(result.error, t) })}
      </StatusMessage>
    );
  else if (!comparison) body = <StatusMessage kind="loading">{t('compare.loading')}</StatusMessage>;
  else
    body = (
      <div className="compare-body" aria-busy={result.isPlaceholderData}>
        <ParticipationSection comparison={comparison} onOpenState={onOpenState} />
        <CoverageSection comparison={comparison} onOpenState={onOpenState} onReveal={onReveal} />
        <InstrumentsSection comparison={comparison} onReveal={onReveal} />
        <BodiesSection comparison={comparison} onReveal={onReveal} />
        <ImplementationSection
          comparison={comparison}
          ids={ids}
          asOf={asOf}
          onOpenState={onOpenState}
          onReveal={onReveal}
        />
      </div>
    );

  return (
    <section className="compare-panel" aria-labelledby="compare-title">
      <div className="compare-head">
        <h2 id="compare-title" className="compare-title">
          {comparison && names
            ? t('compare.headingFor', { names, date: date ?? t('compare.today') })
            : t('compare.heading')}
        </h2>
        <button type="button" disabled={!comparison} onClick={() => comparison && exportCsv(comparison)}>
          {t('compare.export')}
        </button>
        <span className="compare-saved" aria-live="polite">
          {saved ? t('compare.exported', { fileName: saved }) : null}
        </span>
      </div>
      <details
        className="compare-picker-disclosure"
        open={choosing || !enough}
        onToggle={(e) => setChoosing(e.currentTarget.open)}
      >
        <summary>{t('compare.changeStates')}</summary>
        <JurisdictionPicker chosen={ids} onChange={onChange} />
      </details>
      {comparison ? (
        <p className="compare-gap" role="note">
          {comparison.gapNote}
        </p>
      ) : null}
      {body}
    </section>
  );
}
