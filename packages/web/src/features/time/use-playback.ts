import { useCallback, useEffect, useRef, useState } from 'react';
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
  // The timer reads the latest date and callback without being restarted by every step.
  const latest = useRef({ asOf, onAsOf });
  latest.current = { asOf, onAsOf };

  useEffect(() => {
    if (!playing) return undefined;
    const timer = setInterval(() => {
      const next = yearOf(latest.current.asOf) + 1;
      // Noted at once: the next tick may come before React renders this one (a busy page).
      latest.current.asOf = asOfForYear(next);
      latest.current.onAsOf(latest.current.asOf);
      if (next >= currentYear()) {
        clearInterval(timer);
        setPlaying(false);
      }
    }, stepMs);
    return () => clearInterval(timer);
  }, [playing, stepMs]);

  const toggle = useCallback(() => {
    if (playing) {
      setPlaying(false);
      return;
    }
    if (yearOf(latest.current.asOf) >= currentYear()) {
      latest.current.asOf = String(FIRST_YEAR);
      latest.current.onAsOf(latest.current.asOf);
    }
    setPlaying(true);
  }, [playing]);

  const stop = useCallback(() => setPlaying(false), []);
  return { playing, toggle, stop };
}
