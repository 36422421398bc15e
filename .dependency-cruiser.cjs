/**
 * Layers that point one way, checked in `npm test` (`npm run lint:deps`).
 *
 * Back end:  model ← store ← store-neo4j ← api   (neo4j-local is a dev tool; testing and bench are
 *            dev-only workspaces that production packages never import).
 * Front end: packages/web/src  ui → domain → features → explorer → app entries (see docs/layers.md).
 * The web never imports a server package, and no package reaches into another's files by path.
 * Drawn in docs/layers-backend.md.
 */
const { readdirSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const pkg = (name) => `^packages/${name}/`;
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Test code of any package: Jest files, their folders, and the web's own test support. */
const TESTS = ['__tests__', '\\.test\\.tsx?$', '/test-support/'];

/** Every workspace under packages/, by folder: its npm name, what it declares, its entry files. */
const workspaces = readdirSync('packages')
  .filter((dir) => existsSync(join('packages', dir, 'package.json')))
  .map((dir) => {
    const json = require(`./packages/${dir}/package.json`);
    const exportsSources = Object.values(json.exports ?? {}).flatMap((e) =>
      typeof e === 'object' && e.source ? [e.source] : [],
    );
    return {
      dir,
      name: json.name,
      dependencies: Object.keys(json.dependencies ?? {}),
      devDependencies: Object.keys(json.devDependencies ?? {}),
      entries: [json.source, ...exportsSources].filter(Boolean).map((f) => join('packages', dir, f)),
    };
  });
const dirOf = new Map(workspaces.map((w) => [w.name, w.dir]));

/**
 * @cadre/model's subpath entries (`@cadre/model/partial-date`, `@cadre/model/patterns`: every
 * `exports` key but ".") are browser-safe: the explorer may import them, and they import nothing
 * else (no Node built-in, no npm package, no other model file).
 */
const modelJson = require('./packages/model/package.json');
const BROWSER_SAFE_MODEL = Object.entries(modelJson.exports)
  .filter(([key, e]) => key !== '.' && typeof e === 'object')
  .map(([, e]) => `^${escapeRegExp(join('packages/model', e.source))}$`);
const dirsNamed = (names) => names.filter((n) => dirOf.has(n)).map((n) => dirOf.get(n));

/**
 * Workspace imports resolve to local paths (each package.json's `source`), so dependency-cruiser
 * sees them as plain files, not npm packages: `not-to-unlisted-dependency` cannot catch an
 * undeclared `@cadre/*` import. These rules read each package.json instead: production code may
 * import the workspaces in `dependencies`, test code those in `devDependencies` too.
 */
const declaredWorkspaceRules = workspaces.flatMap((w) => {
  const allowed = (dirs) => ({
    path: '^packages/',
    pathNot: [w.dir, ...dirs].map((d) => pkg(escapeRegExp(d))),
  });
  return [
    {
      name: 'workspace-imports-are-declared',
      severity: 'error',
      comment: `${w.name} production code imports only the workspaces in its package.json dependencies.`,
      from: { path: pkg(escapeRegExp(w.dir)), pathNot: TESTS },
      to: allowed(dirsNamed(w.dependencies)),
    },
    {
      name: 'workspace-imports-are-declared',
      severity: 'error',
      comment: `${w.name} tests import only the workspaces in its package.json dependencies and devDependencies.`,
      from: { path: `${pkg(escapeRegExp(w.dir))}.*(${TESTS.join('|')})` },
      to: allowed(dirsNamed([...w.dependencies, ...w.devDependencies])),
    },
  ];
});

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
      from: { path: pkg('model/src'), pathNot: TESTS },
      to: { path: '^packages/(?!model/)' },
    },
    {
      name: 'store-depends-on-model-only',
      severity: 'error',
      from: { path: pkg('store/src'), pathNot: TESTS },
      to: { path: '^packages/(store-neo4j|api|web|neo4j-local)/' },
    },
    {
      name: 'store-neo4j-below-api',
      severity: 'error',
      comment: 'The Neo4j store is a store: it knows model and store, never the API or a dev tool.',
      from: { path: pkg('store-neo4j/src'), pathNot: TESTS },
      to: { path: '^packages/(api|web|neo4j-local)/' },
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
      from: { path: pkg('api/src'), pathNot: TESTS },
      to: { path: '^packages/(web|neo4j-local)/' },
    },
    {
      name: 'production-never-imports-dev-workspaces',
      severity: 'error',
      comment:
        '@cadre/testing and @cadre/bench are dev-only: the suites, fixtures and benchmarks never ship. ' +
        'Only tests import testing; nothing imports bench.',
      from: { path: '^packages/(?!testing/|bench/)[^/]+/', pathNot: TESTS },
      to: { path: '^packages/(testing|bench)/' },
    },
    {
      name: 'nothing-imports-bench',
      severity: 'error',
      from: { pathNot: pkg('bench') },
      to: { path: pkg('bench') },
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
      name: 'web-imports-only-browser-safe-model-entries',
      severity: 'error',
      comment:
        "@cadre/model's main entry reads seed files (Node built-ins); its subpath entries are browser-safe.",
      from: { path: pkg('web') },
      to: { path: pkg('model'), pathNot: BROWSER_SAFE_MODEL },
    },
    {
      name: 'browser-safe-model-entries-stay-browser-safe',
      severity: 'error',
      from: { path: BROWSER_SAFE_MODEL },
      to: { pathNot: BROWSER_SAFE_MODEL },
    },
    {
      name: 'packages-are-entered-by-their-entry-points',
      severity: 'error',
      comment:
        'Another package is imported by its name (its package.json `source` or `exports`), never by a path into its files.',
      from: { path: '^packages/([^/]+)/' },
      to: {
        path: '^packages/',
        pathNot: [
          '^packages/$1/',
          ...workspaces.flatMap((w) => w.entries).map((f) => `^${escapeRegExp(f)}$`),
        ],
      },
    },
    {
      name: 'production-never-imports-test-code',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/', pathNot: TESTS },
      to: { path: [...TESTS, '__fixtures__'] },
    },
    {
      name: 'not-to-unlisted-dependency',
      severity: 'error',
      comment: 'A package imports only what its own package.json declares.',
      from: { path: '^packages/[^/]+/src/', pathNot: TESTS },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    ...declaredWorkspaceRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // npm packages stay in the graph (not followed) so rules can name them (cytoscape only in graph-view).
    exclude: { path: ['^packages/[^/]+/dist/', '/generated/', '/gql/'] },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      // `source` first (each workspace's TypeScript entry), so the rules see workspace imports without a build.
      conditionNames: ['source', 'import', 'require', 'node', 'default', 'types'],
      mainFields: ['source', 'module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.cjs', '.mjs', '.json'],
    },
  },
};
