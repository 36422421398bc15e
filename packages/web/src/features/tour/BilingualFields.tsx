import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { bilingual } from '../../domain/tour/tour-text';
import type { TourText } from '../../domain/view-state/view-state';
import { LANGS, type Lang } from '../../lib/i18n/langs';
import { useLang } from '../../lib/i18n/use-lang';

export interface BilingualFieldsProps {
  /** Which text: names the fields ("Step title (English)"). */
  kind: 'tourTitle' | 'stepTitle' | 'caption' | 'currentTitle' | 'currentCaption';
  value: TourText;
  onChange(lang: Lang, value: string): void;
  maxLength: number;
  multiline?: boolean;
  placeholder?: string;
}

/** A tour text in both languages, the interface's language first: a trainer writes both. */
export function BilingualFields({
  kind,
  value,
  onChange,
  maxLength,
  multiline,
  placeholder,
}: BilingualFieldsProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const texts = bilingual(value);
  const order = [lang, ...LANGS.filter((l) => l !== lang)];
  return (
    <>
      {order.map((l) => {
        const fieldId = `${id}-${l}`;
        const common = {
          id: fieldId,
          lang: l,
          maxLength,
          value: texts[l],
          placeholder: l === lang ? placeholder : undefined,
        };
        return (
          <div key={l} className="bilingual-field">
            <label htmlFor={fieldId}>{t(`tour2.${kind}`, { language: t(`tour2.language.${l}`) })}</label>
            {multiline ? (
              <textarea {...common} rows={3} onChange={(e) => onChange(l, e.target.value)} />
            ) : (
              <input {...common} type="text" onChange={(e) => onChange(l, e.target.value)} />
            )}
          </div>
        );
      })}
    </>
  );
}
