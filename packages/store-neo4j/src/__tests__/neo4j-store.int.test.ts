import { defineStoreContract } from '@cadre/store';
import { createSeededNeo4jStore } from '../../../../test-support/neo4j-test-store';

defineStoreContract('neo4j (bolt://)', (seed) => createSeededNeo4jStore(seed));
defineStoreContract('neo4j (neo4j:// routing)', (seed) => createSeededNeo4jStore(seed, { routing: true }));
