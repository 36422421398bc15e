import { useEffect, useEffectEvent } from 'react';

/**
 * Asks for full screen (it must be called from a click or a key press). Where the Fullscreen API is
 * missing or refused (an iframe, a kiosk browser), presentation mode still fills the window with CSS.
 */
export function requestFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => {
    // Refused: the CSS full-window mode stands in.
  });
}

export function exitFullscreen(): void {
  if (!document.fullscreenElement || typeof document.exitFullscreen !== 'function') return;
  document.exitFullscreen().catch(() => {
    // Already left (the user pressed Esc first).
  });
}

/**
 * Keeps full screen and presentation mode together: leaving presentation (Esc, a button, Back)
 * leaves full screen, and leaving full screen the browser's way (its own Esc) leaves presentation.
 */
export function useFullscreenFollows(presenting: boolean, onLeave: () => void): void {
  // The latest callback, without re-subscribing when it changes.
  const leave = useEffectEvent(onLeave);
  useEffect(() => {
    if (!presenting) {
      exitFullscreen();
      return undefined;
    }
    let entered = Boolean(document.fullscreenElement);
    const onChange = (): void => {
      if (document.fullscreenElement) entered = true;
      else if (entered) leave();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [presenting]);
}
