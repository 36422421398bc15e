/**
 * One Jest run, five tiers that show in file names (see README "Tests"):
 *   packages/<pkg>/src/**\/__tests__/*.test.ts       no services                 (unit)
 *   packages/<pkg>/src/**\/__tests__/*.int.test.ts   a real local Neo4j           (integration)
 *   packages/<pkg>/src/**\/__tests__/*.abuse.test.ts the built server, abused    (abuse)
 *   packages/web/src/**\/*.test.tsx                 React components in jsdom    (web)
 *   e2e/*.spec.ts                                  Debian's Chromium, npm start (e2e)
 * Type checking is done by `tsc` (npm run typecheck), so ts-jest only transpiles.
 */
const tsJest = (tsconfig) => ['ts-jest', { tsconfig, diagnostics: false }];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/packages'],
      testMatch: ['**/src/**/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '\\.int\\.test\\.ts$', '\\.abuse\\.test\\.ts$'],
      transform: { '^.+\\.tsx?$': tsJest('<rootDir>/tsconfig.base.json') },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/packages'],
      testMatch: ['**/src/**/__tests__/**/*.int.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
      // One local Neo4j for the whole run (the dev-only @cadre/testing workspace starts and stops it).
      globalSetup: '<rootDir>/packages/testing/src/neo4j/neo4j-global-setup.ts',
      globalTeardown: '<rootDir>/packages/testing/src/neo4j/neo4j-global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/packages/testing/src/neo4j/integration-timeout.ts'],
      transform: { '^.+\\.tsx?$': tsJest('<rootDir>/tsconfig.base.json') },
    },
    {
      // Abuse cases and schema-driven fuzzing against one real server (packages/api/dist/main.js,
      // so `npm run build` first), started by the dev-only @cadre/testing workspace.
      displayName: 'abuse',
      testEnvironment: 'node',
      roots: ['<rootDir>/packages'],
      testMatch: ['**/src/**/__tests__/**/*.abuse.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
      globalSetup: '<rootDir>/packages/testing/src/abuse/abuse-global-setup.ts',
      globalTeardown: '<rootDir>/packages/testing/src/abuse/abuse-global-teardown.ts',
      transform: { '^.+\\.tsx?$': tsJest('<rootDir>/tsconfig.base.json') },
    },
    {
      displayName: 'web',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/packages/web/src'],
      testMatch: ['**/*.test.tsx'],
      // `source` first: @cadre/model's browser-safe entries resolve to their TypeScript (as in Vite
      // and tsc), so the web's tests need no build of the model.
      testEnvironmentOptions: { customExportConditions: ['source', 'browser'] },
      transform: { '^.+\\.tsx?$': tsJest('<rootDir>/packages/web/tsconfig.jest.json') },
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/e2e'],
      testMatch: ['**/*.spec.ts'],
      globalSetup: '<rootDir>/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
      transform: { '^.+\\.tsx?$': tsJest('<rootDir>/e2e/tsconfig.json') },
    },
  ],
};
