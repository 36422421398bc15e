// The explorer's dev hooks on `window.__cadre`, typed by the explorer itself so the specs cannot
// drift from what the page provides (the file declares the global Window augmentation).
import type {} from '../../packages/web/src/features/graph-view/dev-hooks';
