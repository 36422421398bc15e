import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { asOfForYear, currentYear, FIRST_YEAR, yearOf } from './years';

/** About a second a year: long enough to see the graph redraw, short enough to watch 1979 to today. */
export const PLAY_STEP_MS = 1000;

export interface Playback {
  playing: boolean;
  /** Plays from the shown year (from the first year when at today), or pauses. */
  toggle(): void;
  stop(): void;
}

/** Steps the "as of" date a year at a time up to today, then stops. */
export function usePlayback(
  asOf: string | null,
  onAsOf: (asOf: string | null) => void,
  stepMs = PLAY_STEP_MS,
): Playback {
  const [playing, setPlaying] = useState(false);
  // The date last asked for, and the date shown when it was asked: the next tick may come before
  // React renders the step (a busy page), and must then go on from what it asked, not repeat it.
  const asked = useRef<{ from: string | null; to: string | null } | null>(null);
  const current = (): string | null =>
    asked.current && asked.current.from === asOf ? asked.current.to : asOf;
  const ask = (to: string | null): void => {
    asked.current = { from: asOf, to };
    onAsOf(to);
  };

  /** One year on; true when today is reached. */
  const tick = useEffectEvent((): boolean => {
    const next = yearOf(current()) + 1;
    ask(asOfForYear(next));
    if (next < currentYear()) return false;
    setPlaying(false);
    return true;
  });

  useEffect(() => {
    if (!playing) return undefined;
    const timer = setInterval(() => {
      if (tick()) clearInterval(timer);
    }, stepMs);
    return () => clearInterval(timer);
  }, [playing, stepMs]);

  const toggle = (): void => {
    if (playing) {
      setPlaying(false);
      return;
    }
    if (yearOf(current()) >= currentYear()) ask(String(FIRST_YEAR));
    setPlaying(true);
  };

  const stop = useCallback(() => setPlaying(false), []);
  return { playing, toggle, stop };
}
