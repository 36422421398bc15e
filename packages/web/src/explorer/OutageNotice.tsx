import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../lib/format-values';
import { useApiOutage } from '../lib/graphql/use-api-outage';
import { useLang } from '../lib/i18n/use-lang';
import { DismissButton } from '../ui/DismissButton';
import { RetryCountdown } from '../ui/RetryCountdown';

export interface OutageNoticeProps {
  /** The date the view asks for (null: today). */
  asOf: string | null;
  /** Set when the graph shows an earlier date's content because `asOf` could not be loaded. */
  kept: { asOf: string | null } | null;
}

/**
 * The one place that says the API cannot be reached, for every request that failed for it (the
 * boxes of each feature only say what they could not load), what the graph shows meanwhile, and
 * when the requests go out again. It goes away by itself when the API answers.
 *
 * Dismissing it hides it for the requests that had failed then, not for the rest of the outage:
 * a request that fails afterwards (the slider moved again, a node opened) brings it back, since
 * the reader then has a new reason to wonder why nothing loads. Retries failing again do not.
 */
export function OutageNotice({ asOf, kept }: OutageNoticeProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const outage = useApiOutage();
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const dismissed = dismissedAt !== null && outage.newFailures <= dismissedAt;
  const hidden = !outage.down || dismissed;
  // Once the outage is over, a dismissal is forgotten: the next one is another outage.
  if (!outage.down && dismissedAt !== null) setDismissedAt(null);

  const date = (value: string | null): string => (value === null ? '' : formatPartialDate(value, lang));
  let keptText: string | null = null;
  if (kept) {
    const values = { shown: date(kept.asOf), asked: date(asOf) };
    if (kept.asOf === null) keptText = t('outage.keptToday', values);
    else if (asOf === null) keptText = t('outage.keptNotToday', values);
    else keptText = t('outage.kept', values);
  }

  return (
    // The status region stays in the page, empty, when there is nothing to say: what appears in a
    // region that was already there is announced.
    <div className={hidden ? 'outage-slot' : 'outage-notice'}>
      <div role="status" aria-label={t('outage.label')} className="outage-message">
        {hidden ? null : (
          <>
            <strong>{t('outage.unreachable')}</strong>
            {keptText ? <span> {keptText}</span> : null}
          </>
        )}
      </div>
      {hidden ? null : (
        <>
          <RetryCountdown />
          <DismissButton onDismiss={() => setDismissedAt(outage.newFailures)} />
        </>
      )}
    </div>
  );
}
