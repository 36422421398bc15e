export { createSeededNeo4jStore, testNeo4jUri } from './neo4j-test-store';
export { storedCounts } from './stored-counts';
export { killSeedingMidway, seedCliPath, type KilledSeeding } from './kill-seeding';
