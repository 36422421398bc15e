import type { Tour, TourStep, TourText } from '../../domain/view-state/view-state';
import { withTourText } from '../../domain/tour/tour-text';
import type { Lang } from '../../lib/i18n/langs';

/** An empty tour for a trainer to fill. */
export const newTour = (): Tour => ({ title: '', steps: [] });

/** Any edit makes the tour the trainer's own: the copy loses the built-in id (its link carries it whole). */
const own = (tour: Tour, steps: TourStep[], title: TourText = tour.title): Tour => ({ title, steps });

export const addStep = (tour: Tour, step: TourStep): Tour => own(tour, [...tour.steps, step]);

export const removeStep = (tour: Tour, index: number): Tour =>
  own(
    tour,
    tour.steps.filter((_, i) => i !== index),
  );

/** Moves step `index` by `delta` places (−1 earlier, +1 later); out of range is a no-op. */
export function moveStep(tour: Tour, index: number, delta: number): Tour {
  const target = index + delta;
  const step = tour.steps[index];
  if (!step || target < 0 || target >= tour.steps.length) return tour;
  const steps = tour.steps.filter((_, i) => i !== index);
  steps.splice(target, 0, step);
  return own(tour, steps);
}

/** The tour's title in `lang` set to `title` (the other language's kept). */
export const renameTour = (tour: Tour, lang: Lang, title: string): Tour =>
  own(tour, tour.steps, withTourText(tour.title, lang, title));

/** Step `index`'s title or caption in `lang` set to `value`. */
export function editStepText(
  tour: Tour,
  index: number,
  field: 'title' | 'caption',
  lang: Lang,
  value: string,
): Tour {
  return own(
    tour,
    tour.steps.map((s, i) => (i === index ? { ...s, [field]: withTourText(s[field], lang, value) } : s)),
  );
}
