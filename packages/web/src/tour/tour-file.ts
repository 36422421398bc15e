import { parseTour, TOUR_FORMAT, type Lang, type Tour, type TourValidation } from '../view-state';
import { tourText } from '../view-state/tour';

/** The version of the file format; a later format would bump it and read this one too. */
export const TOUR_FILE_VERSION = 1;

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

/** Offers text as a file download (a temporary object URL on a hidden link). */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
