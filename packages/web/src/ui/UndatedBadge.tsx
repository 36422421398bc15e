import { useTranslation } from 'react-i18next';

/**
 * "Undated": the sources give no date for a node or relation, so it stands on every date. Said in
 * words (with the reason as a tooltip), never left for the reader to take as "always".
 */
export function UndatedBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-undated" title={t('undated.hint')}>
      {t('undated.badge')}
    </span>
  );
}
