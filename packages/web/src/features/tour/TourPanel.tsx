import { useTranslation } from 'react-i18next';
import { useLang } from '../../lib/i18n/use-lang';
import { tourText } from '../../domain/tour/tour-text';
import type { StepView, Tour } from '../../domain/view-state/view-state';
import { BUILTIN_TOURS } from '../../domain/tour/builtin-tours';
import { newTour } from './edit-tour';
import { TourEditor } from './TourEditor';
import { TourFileLoader } from './TourFileLoader';

export interface TourPanelProps {
  tour: Tour | null;
  step: number;
  currentView: StepView | null;
  defaultStepTitle: string;
  onStart(tour: Tour): void;
  onChange(tour: Tour): void;
  onStep(index: number): void;
  onPresent(): void;
  onEnd(): void;
}

/** Tours for workshops: the built-in ones, a new one, one from a file; the current one to edit. */
export function TourPanel({
  tour,
  step,
  currentView,
  defaultStepTitle,
  onStart,
  onChange,
  onStep,
  onPresent,
  onEnd,
}: TourPanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <details className="panel-section tour-panel" open={tour ? true : undefined}>
      <summary>
        <h2 className="panel-section-heading">{t('tour.heading')}</h2>
      </summary>
      {tour ? (
        <TourEditor
          tour={tour}
          step={step}
          currentView={currentView}
          defaultStepTitle={defaultStepTitle}
          onChange={onChange}
          onStep={onStep}
          onPresent={onPresent}
          onEnd={onEnd}
        />
      ) : (
        <>
          <p className="muted panel-hint">{t('tour.hint')}</p>
          <ul className="builtin-tours">
            {BUILTIN_TOURS.map((b) => (
              <li key={b.id}>
                <button type="button" onClick={() => onStart(b)}>
                  {t('tour.start', { title: tourText(b.title, lang) })}
                </button>{' '}
                <span className="muted">{t('tour.stepCount', { count: b.steps.length })}</span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => onStart(newTour())}>
            {t('tour.new')}
          </button>
        </>
      )}
      <TourFileLoader onLoad={onStart} />
    </details>
  );
}
