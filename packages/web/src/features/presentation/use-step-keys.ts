import { useEffect, useEffectEvent } from 'react';

export interface StepKeyHandlers {
  /** Whether there are steps to move through (a tour with steps). */
  stepping: boolean;
  presenting: boolean;
  onPrevious(): void;
  onNext(): void;
  onLeave(): void;
}

/** Fields where the arrow keys already mean something (typing, a slider, a menu). */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[role="listbox"], .keyboard-list') !== null
  );
}

/**
 * The keys of a workshop: → and ← move between steps, and so do PageDown and PageUp (what
 * presentation clickers send); Esc leaves presentation mode. Outside presentation mode the arrows
 * only step when nothing else has the keyboard (the page itself, or the tour bar).
 */
export function useStepKeys(handlers: StepKeyHandlers): void {
  // Reads the latest handlers, while the listener stays the one added at mount.
  const onKeyDown = useEffectEvent((e: KeyboardEvent): void => {
    const h = handlers;
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape' && h.presenting) {
      h.onLeave();
      return;
    }
    if (!h.stepping || ownsKeys(e.target)) return;
    const free =
      h.presenting ||
      e.target === document.body ||
      (e.target instanceof HTMLElement && e.target.closest('.tour-bar') !== null);
    const forward = e.key === 'PageDown' || (free && e.key === 'ArrowRight');
    const back = e.key === 'PageUp' || (free && e.key === 'ArrowLeft');
    if (!forward && !back) return;
    e.preventDefault();
    if (forward) h.onNext();
    else h.onPrevious();
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent): void => onKeyDown(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
