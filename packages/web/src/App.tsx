import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { useGraphQLQuery } from './api/use-graphql-query';
import { describeError } from './components/describe-error';
import { Explorer } from './components/Explorer';
import { StatusMessage } from './components/StatusMessage';
import { setupI18n } from './i18n/setup-i18n';
import { useViewState } from './view-state';
import { createVocabulary } from './vocabulary/create-vocabulary';
import { VocabularyContext } from './vocabulary/vocabulary-context';
import { VocabularyQuery } from './vocabulary/vocabulary-query';

/** The view state (from the URL), the UI language that follows it, and the vocabulary everything labels with. */
export function App() {
  const [view, dispatch] = useViewState();
  const [i18n] = useState(() => setupI18n(view.lang));

  useEffect(() => {
    if (i18n.language !== view.lang) void i18n.changeLanguage(view.lang);
    document.documentElement.lang = view.lang;
  }, [i18n, view.lang]);

  return (
    <I18nextProvider i18n={i18n}>
      <VocabularyGate>
        <Explorer view={view} dispatch={dispatch} />
      </VocabularyGate>
    </I18nextProvider>
  );
}

/** Nothing can be labelled without the vocabulary, so its failure is the "API is down" page. */
function VocabularyGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const query = useGraphQLQuery(VocabularyQuery, {});
  const vocabulary = useMemo(
    () => (query.data ? createVocabulary(query.data.vocabulary) : null),
    [query.data],
  );

  if (query.status === 'error') {
    return (
      <main className="fatal">
        <h1>Cadre</h1>
        <StatusMessage kind="error" onRetry={query.retry}>
          <h2>{t('errors.apiDownTitle')}</h2>
          <p>{describeError(query.error, t)}</p>
          <p>{t('errors.apiDownHelp')}</p>
        </StatusMessage>
      </main>
    );
  }
  if (!vocabulary) {
    return (
      <main className="fatal">
        <h1>Cadre</h1>
        <StatusMessage kind="loading">{t('app.loading')}</StatusMessage>
      </main>
    );
  }
  return <VocabularyContext.Provider value={vocabulary}>{children}</VocabularyContext.Provider>;
}
