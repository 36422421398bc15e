import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import vocabularyResponse from '../__fixtures__/vocabulary.json';
import type { VocabularyQuery } from '../gql/graphql';
import { setupI18n } from '../i18n/setup-i18n';
import type { Lang } from '../view-state';
import { createVocabulary } from '../vocabulary/create-vocabulary';
import { VocabularyContext } from '../vocabulary/vocabulary-context';

/** The vocabulary as the real API serves it (captured from graph-seeds). */
export const vocabulary = createVocabulary((vocabularyResponse.data as VocabularyQuery).vocabulary);

/** Renders inside the providers <App> sets up: i18next in `lang` and the vocabulary. */
export function renderWithProviders(ui: ReactElement, { lang = 'en' }: { lang?: Lang } = {}): RenderResult {
  const i18n = setupI18n(lang);
  return render(
    <I18nextProvider i18n={i18n}>
      <VocabularyContext.Provider value={vocabulary}>{ui}</VocabularyContext.Provider>
    </I18nextProvider>,
  );
}
