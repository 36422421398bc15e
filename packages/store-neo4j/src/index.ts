export { Neo4jStore, type Neo4jStoreOptions } from './neo4j-store';
export { Neo4jExecutor, isUnavailable } from './neo4j-executor';
export { writeSeedGraph, seedQueries, type SeedSummary } from './write-seed-graph';
export * as cypher from './cypher/read-queries';
export { schemaQueries } from './cypher/schema-queries';
