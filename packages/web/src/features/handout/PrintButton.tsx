import { useTranslation } from 'react-i18next';

/** "Print": the handout of the view (see Handout.tsx), through the browser's print dialog. */
export function PrintButton({ busy, onPrint }: { busy: boolean; onPrint(): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" onClick={onPrint} disabled={busy} title={t('handout.printTitle')}>
      {busy ? t('handout.preparing') : t('handout.print')}
    </button>
  );
}
