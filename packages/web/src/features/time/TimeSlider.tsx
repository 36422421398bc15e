import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../lib/format-values';
import { useLang } from '../../lib/i18n/use-lang';
import { usePlayback } from './use-playback';
import { asOfForYear, currentYear, FIRST_YEAR, yearOf } from './years';

export interface TimeSliderProps {
  asOf: string | null;
  onAsOf(asOf: string | null): void;
}

/**
 * "Framework as of": a year slider from 1979 to today, and Play to watch the framework grow a
 * year a second. The date field of the toolbar sets a precise day; the slider then shows its year.
 */
export function TimeSlider({ asOf, onAsOf }: TimeSliderProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const playback = usePlayback(asOf, onAsOf);
  const last = currentYear();
  const year = Math.min(Math.max(yearOf(asOf), FIRST_YEAR), last);
  const shown = asOf ? formatPartialDate(asOf, lang) : t('time.today');
  return (
    <div className="time-bar" role="group" aria-label={t('time.group')}>
      <button type="button" className="play-button" onClick={playback.toggle}>
        <span aria-hidden="true">{playback.playing ? '❚❚ ' : '▶ '}</span>
        {playback.playing ? t('time.pause') : t('time.play')}
      </button>
      <label htmlFor={id}>{t('time.label')}</label>
      <span className="time-edge" aria-hidden="true">
        {FIRST_YEAR}
      </span>
      <input
        id={id}
        type="range"
        min={FIRST_YEAR}
        max={last}
        step={1}
        value={year}
        aria-valuetext={shown}
        onChange={(e) => {
          playback.stop();
          onAsOf(asOfForYear(Number(e.target.value)));
        }}
      />
      <span className="time-edge" aria-hidden="true">
        {last}
      </span>
      <output htmlFor={id} className="time-value">
        {shown}
      </output>
    </div>
  );
}
