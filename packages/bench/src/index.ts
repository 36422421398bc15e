/** Dev-only benchmarks (`npm run bench`); production packages never import this workspace. */
export { benchStore } from './bench-store';
export { syntheticGraph } from '@cadre/model';
