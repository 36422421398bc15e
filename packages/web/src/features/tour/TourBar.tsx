import { useId, useState, type ReactNode } from 'react';
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
  /** More controls after the tour's own (presentation mode: the language and the way out). */
  controls?: ReactNode;
}

/**
 * The current step of a tour over the graph: its title and caption, and the way through. In
 * presentation mode it is the slide's caption; ←/→ and PageUp/PageDown also move.
 *
 * The caption can be folded to one line (the default when presenting, so the graph keeps most of
 * a 1024×768 projector) and unfolded; the choice holds from step to step.
 */
export function TourBar({
  tour,
  step,
  presenting,
  prefetch,
  onStep,
  onPresent,
  onEnd,
  controls,
}: TourBarProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [folded, setFolded] = useState<boolean | null>(null);
  const current = tour.steps[step];
  if (!current) return null;
  // Until the trainer chooses, presentation folds the caption and the explorer shows it whole.
  const oneLine = folded ?? presenting;
  const title = tourText(tour.title, lang) || t('tour.untitled');
  const caption = tourText(current.caption, lang);
  return (
    <section className={oneLine ? 'tour-bar tour-bar-folded' : 'tour-bar'} aria-label={t('tour.barLabel')}>
      <div className="tour-bar-head">
        <div className="tour-bar-text">
          <p className="tour-bar-meta">
            {title} · {t('tour.stepOf', { number: step + 1, count: tour.steps.length })}
            {prefetch === 'idle' ? null : (
              <>
                {' · '}
                <span className={`tour-offline tour-offline-${prefetch}`} role="status">
                  {t(`tour.prefetch.${prefetch}`)}
                </span>
              </>
            )}
          </p>
          <h2 className="tour-step-title">{tourText(current.title, lang)}</h2>
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
          {controls}
        </div>
      </div>
      {caption ? (
        <div className="tour-caption-row">
          <p id={`${id}-caption`} className="tour-caption" aria-live="polite">
            {caption}
          </p>
          <button
            type="button"
            className="tour-caption-toggle"
            aria-expanded={!oneLine}
            aria-controls={`${id}-caption`}
            title={oneLine ? t('presentation2.captionMore') : t('presentation2.captionLess')}
            onClick={() => setFolded(!oneLine)}
          >
            {oneLine ? t('presentation2.more') : t('presentation2.less')}
            <span aria-hidden="true">{oneLine ? ' ▾' : ' ▴'}</span>
          </button>
        </div>
      ) : null}
    </section>
  );
}
