import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../lib/i18n/use-lang';
import { tourText } from '../../domain/tour/tour-text';
import type { StepView, Tour } from '../../domain/view-state/view-state';
import { AddStepForm } from './AddStepForm';
import { addStep, moveStep, removeStep, renameTour } from './edit-tour';
import { downloadText } from '../../lib/download';
import { tourFileName, tourToFile } from './tour-file';
import { TourShare } from './TourShare';

export interface TourEditorProps {
  tour: Tour;
  step: number;
  /** The view as it is now, to record as a step (null without a focus). */
  currentView: StepView | null;
  defaultStepTitle: string;
  onChange(tour: Tour): void;
  onStep(index: number): void;
  onPresent(): void;
  onEnd(): void;
}

/** The tour being shown, as a trainer edits it: title, steps (go to, reorder, delete), new steps, save and share. */
export function TourEditor({
  tour,
  step,
  currentView,
  defaultStepTitle,
  onChange,
  onStep,
  onPresent,
  onEnd,
}: TourEditorProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const count = tour.steps.length;
  return (
    <div className="tour-editor">
      <label htmlFor={`${id}-title`}>{t('tour.title')}</label>
      <input
        id={`${id}-title`}
        type="text"
        maxLength={200}
        value={tourText(tour.title, lang)}
        placeholder={t('tour.untitled')}
        onChange={(e) => onChange(renameTour(tour, e.target.value))}
      />

      <h3 className="panel-subheading">{t('tour.steps', { count })}</h3>
      {count === 0 ? <p className="muted">{t('tour.noSteps')}</p> : null}
      <ol className="tour-steps" aria-label={t('tour.stepsLabel')}>
        {tour.steps.map((s, i) => {
          const name = tourText(s.title, lang);
          return (
            <li
              key={i}
              aria-current={i === step ? 'step' : undefined}
              className={i === step ? 'current' : undefined}
            >
              <button type="button" className="link-button tour-step-go" onClick={() => onStep(i)}>
                {name}
              </button>
              <span className="tour-step-tools">
                <button
                  type="button"
                  aria-label={t('tour.moveUp', { name })}
                  title={t('tour.moveUp', { name })}
                  disabled={i === 0}
                  onClick={() => onChange(moveStep(tour, i, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={t('tour.moveDown', { name })}
                  title={t('tour.moveDown', { name })}
                  disabled={i === count - 1}
                  onClick={() => onChange(moveStep(tour, i, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={t('tour.delete', { name })}
                  title={t('tour.delete', { name })}
                  onClick={() => onChange(removeStep(tour, i))}
                >
                  ✕
                </button>
              </span>
            </li>
          );
        })}
      </ol>

      <AddStepForm
        canAdd={currentView !== null}
        defaultTitle={defaultStepTitle}
        onAdd={(title, caption) => {
          if (currentView) onChange(addStep(tour, { title, caption, view: currentView }));
        }}
      />

      <div className="tour-actions">
        <button type="button" disabled={count === 0} onClick={onPresent}>
          {t('presentation.present')}
        </button>
        <button
          type="button"
          disabled={count === 0}
          onClick={() => downloadText(tourToFile(tour), tourFileName(tour, lang))}
        >
          {t('tour.save')}
        </button>
        <button type="button" onClick={onEnd}>
          {t('tour.end')}
        </button>
      </div>
      {count > 0 ? <TourShare tour={tour} lang={lang} /> : null}
    </div>
  );
}
