/**
 * One Jest run, four tiers that show in file names (see README "Tests"):
 *   *.test.ts        no services            (unit)
 *   *.int.test.ts    a real local Neo4j      (integration; started once per run by global setup)
 *   *.test.tsx       React components in jsdom (web)
 *   e2e/*.spec.ts    Debian's Chromium against `npm start` (e2e)
 * Type checking is done by `tsc` (tsconfig.test.json), so ts-jest only transpiles.
 */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.base.json', diagnostics: false }];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/packages'],
      testMatch: ['**/src/**/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '\\.int\\.test\\.ts$'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
  ],
};
