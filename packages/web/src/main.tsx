import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadPublicConfig } from './app/load-public-config';
import './styles.css';
import './styles/panels.css';
import './styles/presentation.css';
import './styles/print.css';
// The region-wide views' styles, kept beside them (Jest does not load CSS, so components cannot import it).
import './features/compare/compare.css';
import './features/ratification-map/ratification-map.css';
import './ui/regional-ui.css';

// A link with a focus will draw a graph: fetch Cytoscape's chunk while the vocabulary loads.
if (new URLSearchParams(window.location.search).has('focus')) void import('./features/graph-view/GraphView');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The public address (CADRE_PUBLIC_URL) is known before anything can write a link.
void loadPublicConfig().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
