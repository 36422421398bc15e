import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface StatusMessageProps {
  kind: 'loading' | 'empty' | 'error';
  children: ReactNode;
  onRetry?: () => void;
}

/** Loading and empty states are polite status messages; errors are alerts, with a retry when possible. */
export function StatusMessage({ kind, children, onRetry }: StatusMessageProps) {
  const { t } = useTranslation();
  return (
    <div className={`status status-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {kind === 'loading' ? <span className="spinner" aria-hidden="true" /> : null}
      <div className="status-text">{children}</div>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
