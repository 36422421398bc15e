import { defineApiSuite } from './support/define-api-suite';
import { createSeededNeo4jStore } from '../../../../test-support/neo4j-test-store';

defineApiSuite('neo4j', createSeededNeo4jStore);
