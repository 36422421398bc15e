export { defineStoreContract, type StoreFactory } from './define-store-contract';
export { CONTRACT_GRAPH } from './contract-graph';
