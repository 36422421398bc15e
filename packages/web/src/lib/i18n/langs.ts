/** The languages the explorer speaks; a view's language is one of them (see domain/view-state). */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];
