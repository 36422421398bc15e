import { useTranslation } from 'react-i18next';
import { useLang } from '../../lib/i18n/use-lang';
import { tourText } from '../../domain/tour/tour-text';
import type { StepView, Tour } from '../../domain/view-state/view-state';
import { AddStepForm } from './AddStepForm';
import { addStep, editStepText, moveStep, removeStep, renameTour } from './edit-tour';
import { BilingualFields } from './BilingualFields';
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
  const count = tour.steps.length;
  const current = tour.steps[step];
  return (
    <div className="tour-editor">
      <p className="muted panel-hint">{t('tour2.bothHint')}</p>
      <BilingualFields
        kind="tourTitle"
        value={tour.title}
        maxLength={200}
        placeholder={t('tour.untitled')}
        onChange={(l, value) => onChange(renameTour(tour, l, value))}
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

      {current ? (
        <fieldset className="tour-current-step">
          <legend>{t('tour2.currentStep', { number: step + 1 })}</legend>
          <BilingualFields
            kind="currentTitle"
            value={current.title}
            maxLength={200}
            onChange={(l, value) => onChange(editStepText(tour, step, 'title', l, value))}
          />
          <BilingualFields
            kind="currentCaption"
            value={current.caption}
            maxLength={2000}
            multiline
            onChange={(l, value) => onChange(editStepText(tour, step, 'caption', l, value))}
          />
        </fieldset>
      ) : null}

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
