import type { Label, LocalizedText } from '@cadre/model';
import type { Lang } from '../generated/resolvers-types';

/** The model's language code for a GraphQL `Lang`. */
export const modelLang = (lang: Lang): 'en' | 'fr' => (lang === 'FR' ? 'fr' : 'en');

/** A label in the language asked. */
export const pick = (label: Label, lang: Lang): string => label[modelLang(lang)];

/** A text seeded in both languages (notes, reasons, headings), or null when there is none. */
export const pickText = (text: LocalizedText | undefined, lang: Lang): string | null =>
  text ? text[modelLang(lang)] : null;

/** Today as an ISO day: what a status asked without a date is given for. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** A field's own `lang` wins; otherwise the language its answer was asked in. */
export const langOr = (asked: Lang | null | undefined, answerLang: Lang): Lang => asked ?? answerLang;
