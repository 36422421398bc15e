export * from './node-kinds';
export * from './relation-kinds';
export * from './path-hubs';
