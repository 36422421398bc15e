import { defineStoreContract } from '@cadre/store';
import { createSeededNeo4jStore } from '../../../../test-support/neo4j-test-store';

defineStoreContract('neo4j', createSeededNeo4jStore);
