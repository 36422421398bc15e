import { defineStoreContract } from '@cadre/testing/store-contract';
import { createSeededNeo4jStore } from '@cadre/testing/neo4j';

defineStoreContract('neo4j (bolt://)', (seed) => createSeededNeo4jStore(seed));
defineStoreContract('neo4j (neo4j:// routing)', (seed) => createSeededNeo4jStore(seed, { routing: true }));
