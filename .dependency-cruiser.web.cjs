/**
 * The explorer's layers (packages/web/src), kept apart from the back-end rules so each side reads
 * on its own. Spread into `forbidden` by .dependency-cruiser.cjs, so `npm run lint:deps` (in
 * `npm test`) checks them. Imports point one way, from the top down:
 *
 *   app        main.tsx, app/ (providers, the vocabulary gate), graphiql/ (its own page)
 *    ↓
 *   explorer   the shell: layout, toolbar, filters, welcome; composes the features (slots, the
 *              tour's pre-fetch needs, the workshop's keys and full screen)
 *    ↓
 *   features   details, search, paths, export, cite, handout, tour, time, node-list, presentation,
 *              implementation-map, graph-view: each on its own, never importing another feature
 *    ↓
 *   domain     view state (reducer, defaults, value schemas), the tour model (schema, built-in
 *              tours), the view in the URL (codecs, shareable address), graph content, vocabulary,
 *              law (an instrument's status on a date in words)
 *    ↓
 *   ui         primitives: StatusMessage, KindSwatch and kind styles, LanguageSwitch, describeError
 *    ↓
 *   lib        the GraphQL query client, i18n set-up, languages, download, CSV, seeded random, format
 *
 * gql/ (generated typed documents) sits beside lib: anyone may import it. test-support/ serves
 * the tests only. The web never imports a server package (rule in .dependency-cruiser.cjs) nor a
 * Node built-in, and Cytoscape stays inside features/graph-view. See docs/layers-web.md.
 */
const SRC = '^packages/web/src/';
const APP = [`${SRC}main\\.tsx$`, `${SRC}app/`, `${SRC}graphiql/`];
const EXPLORER = `${SRC}explorer/`;
const FEATURES = `${SRC}features/`;
const DOMAIN = `${SRC}domain/`;
const UI = `${SRC}ui/`;
const TESTS = ['\\.test\\.tsx?$', `${SRC}test-support/`];

/** @type {import('dependency-cruiser').IForbiddenRuleType[]} */
module.exports = [
  {
    name: 'web-lib-is-the-bottom',
    severity: 'error',
    comment: 'lib/ is generic (the query client, i18n, download, format): it knows nothing of the explorer.',
    from: { path: `${SRC}lib/` },
    to: { path: [UI, DOMAIN, FEATURES, EXPLORER, ...APP, `${SRC}test-support/`] },
  },
  {
    name: 'web-ui-below-domain',
    severity: 'error',
    comment: 'ui/ primitives take what they show as props; they know no view state, feature or shell.',
    from: { path: UI },
    to: { path: [DOMAIN, FEATURES, EXPLORER, ...APP] },
  },
  {
    name: 'web-domain-below-features',
    severity: 'error',
    comment:
      'domain/ (view state, tours, graph content, vocabulary) is what features share; it never reaches up. ' +
      'Its tests may not either: a test of domain code uses domain code.',
    from: { path: DOMAIN },
    to: { path: [FEATURES, EXPLORER, ...APP] },
  },
  {
    name: 'web-features-below-explorer',
    severity: 'error',
    comment: 'A feature is composed by the explorer; it does not know the shell or the app around it.',
    from: { path: FEATURES },
    to: { path: [EXPLORER, ...APP] },
  },
  {
    name: 'web-features-do-not-import-each-other',
    severity: 'error',
    comment:
      'Where one feature shows another (a citation in the details, the search box as the paths picker, ' +
      'the tour pre-fetching what the details and paths show), the explorer composes them through ' +
      'props; what two features share moves down to domain/, ui/ or lib/.',
    from: { path: `${FEATURES}([^/]+)/` },
    to: { path: FEATURES, pathNot: `${FEATURES}$1/` },
  },
  {
    name: 'web-explorer-below-app',
    severity: 'error',
    comment: 'The entries (main.tsx, app/, graphiql/) are the top: nothing imports them.',
    from: { path: [EXPLORER, `${SRC}test-support/`] },
    to: { path: APP },
  },
  {
    name: 'web-test-support-for-tests',
    severity: 'error',
    comment:
      'Test helpers render with the providers and mock the network; they build on the low layers only.',
    from: { path: `${SRC}test-support/` },
    to: { path: [FEATURES, EXPLORER] },
  },
  {
    name: 'web-only-graph-view-imports-cytoscape',
    severity: 'error',
    comment:
      'Cytoscape and its extensions are most of the bundle, loaded lazily with features/graph-view; ' +
      'anywhere else they would land in the first load (and the rest of the explorer would depend on a widget).',
    from: { path: SRC, pathNot: `${FEATURES}graph-view/` },
    to: { path: 'node_modules/(@types/)?cytoscape' },
  },
  {
    name: 'web-only-the-map-geometry-imports-map-libraries',
    severity: 'error',
    comment:
      "Natural Earth's shapes (world-atlas), topojson-client and d3-geo draw the ratification map; they stay " +
      'in features/ratification-map/geo/ (and its tests), so they cannot leak into another feature or the first load.',
    from: { path: SRC, pathNot: [`${FEATURES}ratification-map/geo/`, ...TESTS] },
    to: {
      path: 'node_modules/(world-atlas|topojson-client|d3-geo|d3-array|@types/(d3-geo|topojson-client))/',
    },
  },
  {
    name: 'web-map-shapes-load-lazily',
    severity: 'error',
    comment:
      'The shapes and the projection are the lazy chunk of the ratification map: only WestAfricaMap (itself loaded ' +
      'with React.lazy) imports them, so the panel, its legend and its table paint without them.',
    from: {
      path: SRC,
      pathNot: [
        `${FEATURES}ratification-map/WestAfricaMap\\.tsx$`,
        `${FEATURES}ratification-map/geo/`,
        ...TESTS,
      ],
    },
    to: { path: `${FEATURES}ratification-map/geo/(west-africa-shapes|layout-map|subset-topology)\\.ts$` },
  },
  {
    name: 'web-runs-in-the-browser',
    severity: 'error',
    comment: 'The explorer is browser code: no Node built-ins (the tests, run by Jest in Node, may).',
    from: { path: SRC, pathNot: TESTS },
    to: { dependencyTypes: ['core'] },
  },
];
