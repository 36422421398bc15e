export * from './graph-store';
export * from './search-text';
export * from './validity';
export { EmbeddedStore } from './embedded/embedded-store';
export { findPaths } from './embedded/find-paths';
export * from './legal-chains';
