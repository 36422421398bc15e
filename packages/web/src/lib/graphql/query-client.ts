import { QueryClient } from '@tanstack/react-query';

/**
 * The explorer's one query client. The graph does not change while the explorer runs, and a
 * workshop must go on offline once a tour is pre-fetched, so answers are kept for the session
 * (never stale, never collected: a session reads a few megabytes at most). A query does not retry
 * by itself: retrying silently would hold the "API is down" page back for seconds. A failure shows
 * at once, and when it is the API being away, the outage watcher (api-outage.ts) asks again with
 * backoff until it answers.
 * Requests go out whatever the browser thinks of the network (networkMode 'always'): the API is
 * often on the same laptop.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        networkMode: 'always',
      },
    },
  });
}
