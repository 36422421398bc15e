import { defineApiSuite } from '@cadre/testing/api-suite';
import { createSeededNeo4jStore } from '@cadre/testing/neo4j';
import { comparingBinding } from './compare-executors';

defineApiSuite('neo4j, graphql-jit checked against graphql-js', comparingBinding(createSeededNeo4jStore));
