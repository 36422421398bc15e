export * from './node-kinds';
export * from './relation-kinds';
