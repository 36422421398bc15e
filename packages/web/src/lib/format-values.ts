import type { Lang } from './i18n/langs';

const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };

/**
 * An ISO partial date at the precision the source gives: "2012" → "2012", "2012-07" → "July 2012",
 * "2012-07-12" → "12 July 2012" (or "12 juillet 2012"). Anything else is shown as it came.
 */
export function formatPartialDate(value: string, lang: Lang): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const [, y, m, d] = match;
  if (!m) return y ?? value;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(date);
}

export function formatMoney(amount: number, currency: string, lang: Lang): string {
  try {
    return new Intl.NumberFormat(LOCALES[lang], {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    // An ISO code Intl does not know: show it plainly.
    return `${new Intl.NumberFormat(LOCALES[lang]).format(amount)} ${currency}`;
  }
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}
