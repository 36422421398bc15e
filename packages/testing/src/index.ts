/**
 * Cadre's shared test code, kept out of the production packages (as Apollo Server keeps its
 * integration test suite in a package of its own). Import a subpath, so a store's tests do not
 * load the API: `@cadre/testing/store-contract`, `@cadre/testing/api-suite`, `@cadre/testing/neo4j`.
 * The Neo4j global setup, teardown and timeout are files Jest names in jest.config.js.
 */
export * from './store-contract';
export * from './api-suite';
export * from './neo4j';
