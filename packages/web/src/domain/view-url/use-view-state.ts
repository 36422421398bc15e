import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { HISTORY_ACTIONS, viewReducer, type ViewAction } from '../view-state/view-reducer';
import type { ViewState } from '../view-state/view-state';
import { decodeViewState, encodeViewState, refusedLinkDate } from './view-state-url';

/**
 * The view state, read from and written to the URL: actions that change the graph push a history
 * entry, the others replace it, and Back/Forward (popstate) bring the matching view back.
 */
export function useViewState(): [ViewState, (action: ViewAction) => void] {
  const [state, dispatchState] = useReducer(viewReducer, undefined, () =>
    decodeViewState(window.location.search),
  );
  const pendingPush = useRef(false);

  const dispatch = useCallback((action: ViewAction) => {
    if (HISTORY_ACTIONS.has(action.type)) pendingPush.current = true;
    dispatchState(action);
  }, []);

  useEffect(() => {
    const search = encodeViewState(state);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (pendingPush.current) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    pendingPush.current = false;
  }, [state]);

  useEffect(() => {
    const onPop = (): void =>
      dispatchState({ type: 'replace', state: decodeViewState(window.location.search) });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  return [state, dispatch];
}

/**
 * The date of the link the page was opened with, when it was not a date (see refusedLinkDate).
 * Read once, at the first render: the view then rewrites the URL without it.
 */
export function useRefusedLinkDate(): string | null {
  const [refused] = useState(() => refusedLinkDate(window.location.search));
  return refused;
}
