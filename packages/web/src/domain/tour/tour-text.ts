import type { Lang } from '../../lib/i18n/langs';
import type { TourText } from '../view-state/view-state';

/** The text in both languages: a plain text (a tour file of version 1) stands for both. */
export const bilingual = (text: TourText): { en: string; fr: string } =>
  typeof text === 'string' ? { en: text, fr: text } : { en: text.en, fr: text.fr };

/**
 * A tour's text in `lang`: the language's own text, else the other language's (a trainer may have
 * written one language only), else "". A plain text (version 1 files) is shown in both.
 */
export function tourText(text: TourText, lang: Lang): string {
  if (typeof text === 'string') return text;
  const own = text[lang];
  return own.trim() ? own : text[lang === 'en' ? 'fr' : 'en'];
}

/** `text` with its `lang` version replaced by `value` (the other language's kept). */
export const withTourText = (text: TourText, lang: Lang, value: string): { en: string; fr: string } => ({
  ...bilingual(text),
  [lang]: value,
});
