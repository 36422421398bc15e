export { createSeededNeo4jStore, testNeo4jUri } from './neo4j-test-store';
