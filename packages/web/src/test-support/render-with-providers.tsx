import { QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import vocabularyResponse from '../__fixtures__/vocabulary.json';
import type { VocabularyQuery } from '../gql/graphql';
import { createQueryClient } from '../lib/graphql/query-client';
import { setupI18n } from '../lib/i18n/setup-i18n';
import type { Lang } from '../lib/i18n/langs';
import { createVocabulary } from '../domain/vocabulary/create-vocabulary';
import { VocabularyContext } from '../domain/vocabulary/vocabulary-context';

/** The vocabulary as the real API serves it (captured from graph-seeds). */
export const vocabulary = createVocabulary((vocabularyResponse.data as VocabularyQuery).vocabulary);

/** Renders inside the providers <App> sets up: a query client of its own, i18next in `lang` and the vocabulary. */
export function renderWithProviders(ui: ReactElement, { lang = 'en' }: { lang?: Lang } = {}): RenderResult {
  const i18n = setupI18n(lang);
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <I18nextProvider i18n={i18n}>
        <VocabularyContext.Provider value={vocabulary}>{ui}</VocabularyContext.Provider>
      </I18nextProvider>
    </QueryClientProvider>,
  );
}
