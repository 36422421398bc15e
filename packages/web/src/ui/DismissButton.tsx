import { useTranslation } from 'react-i18next';

/**
 * The close button of a message box: a cross to see (drawn by CSS, so that it stays out of the
 * message's text), "Dismiss" to hear.
 */
export function DismissButton({ onDismiss, label }: { onDismiss: () => void; label?: string }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="dismiss-button"
      aria-label={label ?? t('common.dismiss')}
      title={label ?? t('common.dismiss')}
      onClick={onDismiss}
    />
  );
}
