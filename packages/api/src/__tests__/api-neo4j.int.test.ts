import { defineApiSuite } from '@cadre/testing/api-suite';
import { createSeededNeo4jStore } from '@cadre/testing/neo4j';
import { createApolloServer } from '../create-apollo-server';
import { createContext } from '../context';

defineApiSuite('neo4j', { createStore: createSeededNeo4jStore, createApolloServer, createContext });
