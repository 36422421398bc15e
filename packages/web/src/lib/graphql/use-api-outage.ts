import { createContext, useContext, useSyncExternalStore } from 'react';
import { API_UP, type ApiOutage, type OutageState } from './api-outage';

/** The explorer's one outage watcher (App provides it); none in a component's own tests. */
export const ApiOutageContext = createContext<ApiOutage | null>(null);

const noOutage = {
  subscribe: () => () => undefined,
  getSnapshot: (): OutageState => API_UP,
  retryNow: (): void => undefined,
};

/** Whether the API is away, when the next retry goes out, and how to retry now. */
export function useApiOutage(): OutageState & { retryNow: () => void } {
  const outage = useContext(ApiOutageContext) ?? noOutage;
  const state = useSyncExternalStore(outage.subscribe, outage.getSnapshot);
  return { ...state, retryNow: outage.retryNow };
}
