import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles.css';
// The region-wide views' styles, kept beside them (Jest does not load CSS, so components cannot import it).
import './features/compare/compare.css';
import './features/ratification-map/ratification-map.css';
import './ui/regional-ui.css';

// A link with a focus will draw a graph: fetch Cytoscape's chunk while the vocabulary loads.
if (new URLSearchParams(window.location.search).has('focus')) void import('./features/graph-view/GraphView');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
