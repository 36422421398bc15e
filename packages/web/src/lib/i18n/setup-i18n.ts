import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from './langs';
import en from './locales/en.json';
import fr from './locales/fr.json';

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

/**
 * i18next with both languages bundled (no backend: the explorer works offline), initialised
 * synchronously so the first render is already in the URL's language. Kind and relation labels
 * are not here: they come from the API's vocabulary.
 */
export function setupI18n(lang: Lang, instance: i18n = i18next.createInstance()): i18n {
  instance.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: ['en', 'fr'],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    // No console banner: the console stays for real problems (the e2e tests fail on errors there).
    showSupportNotice: false,
  });
  return instance;
}
