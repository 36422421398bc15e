/**
 * Layers that point one way, checked in `npm test` (`npm run lint:deps`).
 *
 * Back end:  model ← store ← store-neo4j ← api   (neo4j-local is a dev tool; testing and bench are
 *            dev-only workspaces that production packages never import).
 * Front end: packages/web/src  ui → domain → features → explorer → app entries (see docs/layers.md).
 * The web never imports a server package, and no package reaches into another's files by path.
 */
const pkg = (name) => `^packages/${name}/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...require('./.dependency-cruiser.web.cjs'),
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other in a circle cannot be layered.',
      from: {},
      to: { circular: true, viaOnly: { pathNot: '^node_modules' } },
    },
    {
      name: 'model-is-the-bottom',
      severity: 'error',
      comment: '@cadre/model is the vocabulary: it depends on no other Cadre package.',
      from: { path: pkg('model/src'), pathNot: '__tests__' },
      to: { path: '^packages/(?!model/)' },
    },
    {
      name: 'store-depends-on-model-only',
      severity: 'error',
      from: { path: pkg('store/src'), pathNot: '__tests__' },
      to: { path: '^packages/(store-neo4j|api|web|neo4j-local|testing|bench)/' },
    },
    {
      name: 'store-neo4j-below-api',
      severity: 'error',
      comment: 'The Neo4j store is a store: it knows model and store, never the API or a dev tool.',
      from: { path: pkg('store-neo4j/src'), pathNot: '__tests__' },
      to: { path: '^packages/(api|web|neo4j-local|testing|bench)/' },
    },
    {
      name: 'api-is-not-imported-by-lower-layers',
      severity: 'error',
      from: { path: '^packages/(model|store|store-neo4j)/' },
      to: { path: pkg('api') },
    },
    {
      name: 'api-production-code-stays-production',
      severity: 'error',
      from: { path: pkg('api/src'), pathNot: '__tests__' },
      to: { path: '^packages/(web|neo4j-local|testing|bench)/' },
    },
    {
      name: 'web-never-imports-a-server-package',
      severity: 'error',
      comment:
        'The explorer talks to the API over HTTP only. (@cadre/model is server code too: Node built-ins.)',
      from: { path: pkg('web') },
      to: { path: '^packages/(store|store-neo4j|api|neo4j-local|testing|bench)/' },
    },
    {
      name: 'production-never-imports-test-code',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/', pathNot: ['__tests__', '\\.test\\.tsx?$', 'test-support'] },
      to: { path: ['__tests__', '\\.test\\.tsx?$', '/test-support/', '__fixtures__'] },
    },
    {
      name: 'not-to-unlisted-dependency',
      severity: 'error',
      comment: 'A package imports only what its own package.json declares.',
      from: { path: '^packages/[^/]+/src/', pathNot: ['__tests__', '\\.test\\.tsx?$', 'test-support'] },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['/dist/', '/generated/', '/gql/', 'node_modules'] },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      // `source` (each workspace's src/index.ts) first, so the rules see workspace imports without a build.
      mainFields: ['source', 'module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.cjs', '.mjs', '.json'],
    },
  },
};
