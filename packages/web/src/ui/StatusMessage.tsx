import {
  useCallback,
  useEffect,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { ApiUnavailableError } from '../lib/graphql/fetch-graphql';
import { DismissButton } from './DismissButton';

export interface StatusMessageProps {
  kind: 'loading' | 'empty' | 'error';
  children: ReactNode;
  onRetry?: () => void;
  /**
   * The error behind a 'error' message. When it is the API being away, the box is a quiet status
   * without its own Retry: the outage notice says it once for every request and retries them all.
   */
  cause?: Error | null | undefined;
  /** Laid over the graph: Escape dismisses it too, as it would a dialog. */
  overlay?: boolean;
  className?: string;
  /** Default true for errors. False only for what is the whole page rather than a box over it. */
  dismissible?: boolean;
}

/**
 * Loading and empty states are polite status messages; errors are alerts, with a retry when
 * possible, and can always be dismissed (a new error, after a retry or another request, shows again).
 */
export function StatusMessage({
  kind,
  children,
  onRetry,
  cause,
  overlay = false,
  className,
  dismissible: canDismiss = true,
}: StatusMessageProps) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  const dismiss = useCallback(() => setDismissed(true), []);
  const dismissible = kind === 'error' && canDismiss;
  const waiting = cause instanceof ApiUnavailableError;
  useEscapeOnPage(overlay && dismissible && !dismissed, dismiss);
  if (dismissible && dismissed) return null;
  const classes = ['status', `status-${kind}`, waiting ? 'status-waiting' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={classes}
      role={kind === 'error' && !waiting ? 'alert' : 'status'}
      {...(overlay && dismissible
        ? {
            tabIndex: -1,
            onKeyDown: (event: ReactKeyboardEvent) => {
              if (event.key === 'Escape') dismiss();
            },
          }
        : {})}
    >
      {kind === 'loading' ? <span className="spinner" aria-hidden="true" /> : null}
      <div className="status-text">{children}</div>
      {onRetry && !waiting ? (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
      {dismissible ? <DismissButton onDismiss={dismiss} /> : null}
    </div>
  );
}

/**
 * Escape pressed with nothing focused (the page itself) dismisses an overlay; pressed in a field
 * or a menu it stays theirs (clearing a search, closing suggestions).
 */
function useEscapeOnPage(active: boolean, onEscape: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target;
      if (target === document.body || target === document.documentElement) onEscape();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active, onEscape]);
}
