import { useTranslation } from 'react-i18next';
import type { Lang } from './langs';

/** The UI language as the view state's Lang (i18next follows the view state, see App). */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'fr' ? 'fr' : 'en';
}
