import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ApiUnavailableError } from '../lib/graphql/fetch-graphql';
import { graphqlQuery } from '../lib/graphql/graphql-query';
import { createQueryClient } from '../lib/graphql/query-client';
import { ApiOutage } from '../lib/graphql/api-outage';
import { ApiOutageContext } from '../lib/graphql/use-api-outage';
import { RetryCountdown } from '../ui/RetryCountdown';
import { useGraphQLQuery } from '../lib/graphql/use-graphql-query';
import { describeError } from '../ui/describe-error';
import { Explorer } from '../explorer/Explorer';
import { StatusMessage } from '../ui/StatusMessage';
import { setupI18n } from '../lib/i18n/setup-i18n';
import { useRefusedLinkDate, useViewState } from '../domain/view-url/use-view-state';
import { createVocabulary } from '../domain/vocabulary/create-vocabulary';
import { VocabularyContext } from '../domain/vocabulary/vocabulary-context';
import { VocabularyQuery } from '../domain/vocabulary/vocabulary-query';

/**
 * The view state (from the URL), the UI language that follows it, the query client every request
 * goes through, and the vocabulary everything labels with.
 */
export function App() {
  const [view, dispatch] = useViewState();
  const refusedLinkDate = useRefusedLinkDate();
  const [i18n] = useState(() => setupI18n(view.lang));
  const [queryClient] = useState(createQueryClient);
  const [outage] = useState(() => new ApiOutage(queryClient));
  useEffect(() => outage.start(), [outage]);

  useEffect(() => {
    if (i18n.language !== view.lang) void i18n.changeLanguage(view.lang);
    document.documentElement.lang = view.lang;
  }, [i18n, view.lang]);

  return (
    <QueryClientProvider client={queryClient}>
      <ApiOutageContext.Provider value={outage}>
        <I18nextProvider i18n={i18n}>
          <VocabularyGate>
            <Explorer view={view} dispatch={dispatch} refusedLinkDate={refusedLinkDate} />
          </VocabularyGate>
        </I18nextProvider>
      </ApiOutageContext.Provider>
    </QueryClientProvider>
  );
}

/**
 * Nothing can be labelled without the vocabulary, so its failure is the "API is down" page, which
 * comes up by itself when the API is back (the outage watcher asks again) or on "Retry now".
 */
function VocabularyGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const query = useGraphQLQuery(graphqlQuery(VocabularyQuery, {}));
  const vocabulary = useMemo(
    () => (query.data ? createVocabulary(query.data.vocabulary) : null),
    [query.data],
  );

  if (query.status === 'error') {
    return (
      <main className="fatal">
        <h1>Cadre</h1>
        {/* The whole page, not a box over it: nothing to dismiss it to. */}
        <StatusMessage
          kind="error"
          dismissible={false}
          {...(query.error instanceof ApiUnavailableError ? {} : { onRetry: query.retry })}
        >
          <h2>{t('errors.apiDownTitle')}</h2>
          <p>{describeError(query.error, t)}</p>
          <p>{t('errors.apiDownHelp')}</p>
          <RetryCountdown />
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
