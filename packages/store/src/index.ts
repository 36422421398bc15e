export * from './graph-store';
export * from './search-text';
export * from './validity';
export { computeStats } from './compute-stats';
export { EmbeddedStore } from './embedded/embedded-store';
export { findPaths } from './embedded/find-paths';
export { defineStoreContract, type StoreFactory } from './contract/define-store-contract';
export { CONTRACT_GRAPH } from './contract/contract-graph';
