import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import type { Lang } from '../../lib/i18n/langs';

/** What presentation mode keeps of the header: the language (switchable mid-workshop) and the way out. */
export function PresentationControls({
  lang,
  onLang,
  onLeave,
}: {
  lang: Lang;
  onLang(lang: Lang): void;
  onLeave(): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="presentation-controls" role="group" aria-label={t('presentation.controls')}>
      <LanguageSwitch lang={lang} onChange={onLang} />
      <button type="button" onClick={onLeave}>
        {t('presentation.leave')}
      </button>
    </div>
  );
}
