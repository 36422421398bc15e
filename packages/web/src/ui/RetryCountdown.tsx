import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiOutage } from '../lib/graphql/use-api-outage';

/**
 * "Retrying in N s" and a "Retry now" button, while the API is away. The countdown is not a live
 * region: a screen reader would read it out every second.
 */
export function RetryCountdown() {
  const outage = useApiOutage();
  // A new schedule starts a new count (and a clock read now, not up to a second ago).
  return outage.down ? (
    <Countdown
      key={outage.nextRetryAt ?? 'retrying'}
      nextRetryAt={outage.nextRetryAt}
      onRetryNow={outage.retryNow}
    />
  ) : null;
}

function Countdown({ nextRetryAt, onRetryNow }: { nextRetryAt: number | null; onRetryNow: () => void }) {
  const { t } = useTranslation();
  const now = useClock();
  const seconds = nextRetryAt === null ? null : Math.max(0, Math.ceil((nextRetryAt - now) / 1_000));
  return (
    <p className="retry-countdown">
      <span>{seconds === null ? t('outage.retrying') : t('outage.retryIn', { count: seconds })}</span>{' '}
      <button type="button" onClick={onRetryNow} disabled={seconds === null}>
        {t('outage.retryNow')}
      </button>
    </p>
  );
}

/** The time, updated every second while shown. */
function useClock(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
