export * from './graph-store';
export * from './search-text';
export * from './validity';
export { computeStats } from './compute-stats';
export { EmbeddedStore } from './embedded/embedded-store';
export { findPaths } from './embedded/find-paths';
