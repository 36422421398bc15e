import type { Lang } from '../../lib/i18n/langs';
import type { TourText } from '../view-state/view-state';

/** A tour's text in `lang`: a trainer's own text is in the one language they wrote it in. */
export const tourText = (text: TourText, lang: Lang): string =>
  typeof text === 'string' ? text : text[lang];
