import { useTranslation } from 'react-i18next';
import { useLang } from '../../lib/i18n/use-lang';
import { tourText } from '../../domain/tour/tour-text';
import type { Tour } from '../../domain/view-state/view-state';
import type { TourPrefetchStatus } from './use-tour-prefetch';

export interface TourBarProps {
  tour: Tour;
  step: number;
  presenting: boolean;
  prefetch: TourPrefetchStatus;
  onStep(index: number): void;
  onPresent(): void;
  onEnd(): void;
}

/**
 * The current step of a tour over the graph: its title and caption, and the way through. In
 * presentation mode it is the slide's caption (large type); ←/→ and PageUp/PageDown also move.
 */
export function TourBar({ tour, step, presenting, prefetch, onStep, onPresent, onEnd }: TourBarProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const current = tour.steps[step];
  if (!current) return null;
  const title = tourText(tour.title, lang) || t('tour.untitled');
  return (
    <section className="tour-bar" aria-label={t('tour.barLabel')}>
      <div className="tour-bar-text">
        <p className="tour-bar-meta">
          {title} · {t('tour.stepOf', { number: step + 1, count: tour.steps.length })}
        </p>
        <h2 className="tour-step-title">{tourText(current.title, lang)}</h2>
        <p className="tour-caption" aria-live="polite">
          {tourText(current.caption, lang)}
        </p>
      </div>
      <div className="tour-controls">
        <button type="button" onClick={() => onStep(step - 1)} disabled={step === 0}>
          <span aria-hidden="true">◀ </span>
          {t('tour.previous')}
        </button>
        <button type="button" onClick={() => onStep(step + 1)} disabled={step >= tour.steps.length - 1}>
          {t('tour.next')}
          <span aria-hidden="true"> ▶</span>
        </button>
        {presenting ? null : (
          <button type="button" onClick={onPresent}>
            {t('presentation.present')}
          </button>
        )}
        <button type="button" onClick={onEnd}>
          {t('tour.end')}
        </button>
        {prefetch === 'idle' ? null : (
          <span className={`tour-offline tour-offline-${prefetch}`} role="status">
            {t(`tour.prefetch.${prefetch}`)}
          </span>
        )}
      </div>
    </section>
  );
}
