// Monaco's editor, JSON and GraphQL workers, bundled by Vite as local worker files (`?worker`
// imports in @graphiql/react): nothing is fetched from a CDN, so the page works offline.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql-page.css';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import en from '../lib/i18n/locales/en.json';
import fr from '../lib/i18n/locales/fr.json';
import { EXAMPLE_QUERIES } from './example-queries';
import { createCadreFetcher } from './graphiql-fetcher';

const lang = new URLSearchParams(window.location.search).get('lang') === 'fr' ? 'fr' : 'en';
const strings = (lang === 'fr' ? fr : en).graphiql;
document.documentElement.lang = lang;

const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql.html has no #graphiql element');

createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={createCadreFetcher()}
      defaultTabs={EXAMPLE_QUERIES.map((e) => ({ query: e.query }))}
      defaultEditorToolsVisibility={false}
      isHeadersEditorEnabled={false}
      shouldPersistHeaders={false}
      forcedTheme="light"
    >
      <GraphiQL.Logo>
        <a className="cadre-graphiql-home" href={lang === 'fr' ? '/?lang=fr' : '/'} title={strings.backTitle}>
          Cadre
        </a>{' '}
        <span className="cadre-graphiql-subtitle">{strings.subtitle}</span>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
