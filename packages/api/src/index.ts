export { createApolloServer, createSchema, type ApiOptions } from './create-apollo-server';
export { createContext, type GraphQLContext } from './context';
export { createHttpApp, WEB_DIST } from './http/create-http-app';
export { createStoreFromEnv } from './create-store-from-env';
export { CAPS } from './limits/argument-caps';
