import { useEffect, useState } from 'react';
import { fetchGraphQL, isAbort } from '../../lib/graphql/fetch-graphql';
import type { SearchNodesQuery } from '../../gql/graphql';
import { SearchQuery } from './search-query';

export type Suggestion = SearchNodesQuery['search'][number];

export type SuggestionsState =
  | { status: 'idle' }
  | { status: 'loading'; text: string }
  | { status: 'done'; text: string; results: Suggestion[] }
  | { status: 'error'; text: string; error: Error };

/** Wait this long after the last keystroke before asking (one request per pause, not per key). */
export const SEARCH_DEBOUNCE_MS = 200;
/** Fewer characters match too much to be useful. */
export const SEARCH_MIN_LENGTH = 2;
const SEARCH_FIRST = 10;

/** Suggestions for `text`, debounced; a newer text aborts the request of an older one. */
export function useSearchSuggestions(text: string, enabled: boolean): SuggestionsState {
  const [state, setState] = useState<SuggestionsState>({ status: 'idle' });
  const query = text.trim();

  useEffect(() => {
    if (!enabled || query.length < SEARCH_MIN_LENGTH) {
      setState({ status: 'idle' });
      return undefined;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState({ status: 'loading', text: query });
      fetchGraphQL(
        SearchQuery,
        { text: query.slice(0, 200), first: SEARCH_FIRST },
        { signal: controller.signal },
      ).then(
        (data) => setState({ status: 'done', text: query, results: data.search }),
        (error: unknown) => {
          if (!isAbort(error))
            setState({
              status: 'error',
              text: query,
              error: error instanceof Error ? error : new Error(String(error)),
            });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, enabled]);

  return state;
}
