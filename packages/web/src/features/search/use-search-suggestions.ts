import { useQuery } from '@tanstack/react-query';
import { useVocabulary } from '../../domain/vocabulary/vocabulary-context';
import type { NodeKind, SearchNodesQuery } from '../../gql/graphql';
import { graphqlQuery } from '../../lib/graphql/graphql-query';
import { useDebouncedValue } from '../../lib/use-debounced-value';
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

/**
 * Articles are many (a treaty has dozens, each named after it), so a word such as "traite" would
 * bring ten articles before the law or the Protocol itself. They are looked for when the text asks
 * for them: with a number ("2012-023", "5") or "art" ("article 5 protocol").
 */
const ASKS_FOR_ARTICLES = /\d|\bart/i;

/** The kinds to search: all, or all but provisions when the text does not ask for an article. */
export function searchKinds(text: string, nodeKinds: readonly NodeKind[]): NodeKind[] | undefined {
  return ASKS_FOR_ARTICLES.test(text) ? undefined : nodeKinds.filter((k) => k !== 'PROVISION');
}

/**
 * Suggestions for `text`, debounced. A newer text's request replaces an older one's (the query
 * client aborts what nobody waits for any more), and a text asked before is answered at once.
 */
export function useSearchSuggestions(text: string, enabled: boolean): SuggestionsState {
  const typed = text.trim();
  const asked = useDebouncedValue(typed, SEARCH_DEBOUNCE_MS);
  const active = enabled && typed.length >= SEARCH_MIN_LENGTH && asked.length >= SEARCH_MIN_LENGTH;
  const { nodeKinds } = useVocabulary();
  const kinds = searchKinds(asked, nodeKinds);
  const query = useQuery({
    ...graphqlQuery(
      SearchQuery,
      { text: asked.slice(0, 200), first: SEARCH_FIRST, ...(kinds ? { kinds } : {}) },
      { abortable: true },
    ),
    enabled: active,
  });
  if (!active) return { status: 'idle' };
  if (query.status === 'success') return { status: 'done', text: asked, results: query.data.search };
  if (query.status === 'error') return { status: 'error', text: asked, error: query.error };
  return { status: 'loading', text: asked };
}
