import { parseTour, TOUR_FORMAT, type TourValidation } from '../../domain/tour/tour-schema';
import type { Lang } from '../../lib/i18n/langs';
import type { Tour } from '../../domain/view-state/view-state';
import { tourText } from '../../domain/tour/tour-text';

/**
 * The version of the file format. 2: titles and captions are written per language ({"en", "fr"},
 * either may be ""); version 1 files, with plain texts, are read as they are (shown in both languages).
 */
export const TOUR_FILE_VERSION = 2;

/** A tour as a JSON file: tagged with its format, every view field written out, indented for hand edits. */
export function tourToFile(tour: Tour): string {
  return `${JSON.stringify({ format: TOUR_FORMAT, version: TOUR_FILE_VERSION, title: tour.title, steps: tour.steps }, null, 2)}\n`;
}

/** Reads a tour file; a tour without steps is refused (there would be nothing to present). */
export function readTourFile(text: string): TourValidation {
  const result = parseTour(text);
  if (result.tour && result.tour.steps.length === 0)
    return { tour: null, problems: [{ path: 'steps', code: 'noSteps' }] };
  return result;
}

/** "mali-framework-2000-2019.cadre-tour.json": the title, plain ASCII, as a file name. */
export function tourFileName(tour: Tour, lang: Lang): string {
  const slug = tourText(tour.title, lang)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'tour'}.cadre-tour.json`;
}
