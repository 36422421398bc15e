import { EmbeddedStore } from '@cadre/store';
import { defineApiSuite } from '@cadre/testing/api-suite';
import { createApolloServer } from '../create-apollo-server';
import { createContext } from '../context';

defineApiSuite('embedded', {
  createStore: async (seed) => new EmbeddedStore(seed),
  createApolloServer,
  createContext,
});
