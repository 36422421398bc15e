export { Neo4jStore } from './neo4j-store';
export { neo4jOptionsFromEnv, DEFAULT_NEO4J_URI, type Neo4jStoreOptions } from './neo4j-store-options';
export { Neo4jExecutor, isUnavailable } from './neo4j-executor';
export {
  writeSeedGraph,
  seedBatches,
  BATCH_SIZE,
  SEED_CONCURRENCY,
  type SeedSummary,
  type SeedProgress,
  type SeedOptions,
} from './write-seed-graph';
export * as cypher from './cypher/read-queries';
export { schemaQueries } from './cypher/schema-queries';
