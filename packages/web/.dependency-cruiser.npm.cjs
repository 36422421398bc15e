/**
 * The web layer rules (.dependency-cruiser.web.cjs) run with npm packages in view. The root
 * configuration leaves node_modules (and every path with /dist/ in it, which is where most packages
 * keep their code) out of the graph, so a rule about a package, such as "only graph-view imports
 * Cytoscape", would never see it there. packages/web/src/layers.test.tsx runs this in `npm test`.
 */
const root = require('../../.dependency-cruiser.cjs');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: require('../../.dependency-cruiser.web.cjs'),
  options: {
    ...root.options,
    // Packages stay in the graph as leaves (doNotFollow); only our own build output and generated code are left out.
    exclude: { path: ['^packages/[^/]+/dist/', '/gql/'] },
  },
};
