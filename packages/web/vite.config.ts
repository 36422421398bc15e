import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { MAP_SHAPE_IDS } from './src/features/ratification-map/geo/west-africa-iso';
import { subsetTopology, type CountriesTopology } from './src/features/ratification-map/geo/subset-topology';

/**
 * The explorer is served by the API on the same origin (`npm start`), so the dev server only
 * proxies /graphql, /health and /config.json (the public address) to it (default http://localhost:4000, override with CADRE_API_URL).
 */
const api = process.env.CADRE_API_URL ?? 'http://localhost:4000';

/**
 * The ratification map imports Natural Earth's countries as world-atlas ships them (1:50m, the
 * whole world, 740 kB). The build keeps only the countries the map draws and the arcs they use
 * (subsetTopology, which the explorer runs again, so the tests see the same shapes from the
 * whole file): the map's chunk carries West Africa, not the world.
 */
function naturalEarthSubset(): Plugin {
  return {
    name: 'cadre-natural-earth-subset',
    enforce: 'pre',
    load(id) {
      if (!/[\\/]world-atlas[\\/]countries-50m\.json$/.test(id)) return null;
      const world = JSON.parse(readFileSync(id, 'utf8')) as CountriesTopology;
      return JSON.stringify(subsetTopology(world, MAP_SHAPE_IDS));
    },
  };
}

export default defineConfig({
  plugins: [react(), naturalEarthSubset()],
  // Workspace packages (@cadre/model's browser-safe entries) are read from their TypeScript source
  // (the `source` condition of their exports), so the explorer needs no build of them.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: {
    proxy: {
      '/graphql': api,
      '/health': api,
      '/config.json': api,
    },
  },
  // Monaco's workers (GraphiQL) are ES modules that import each other: bundle them as such.
  worker: { format: 'es' },
  // The dev server's dependency pre-bundling cannot follow GraphiQL's `?worker` imports; leave
  // only the worker set-up to Vite's plain ESM serving (the production build is unaffected).
  optimizeDeps: { exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Everything is bundled: the explorer runs on a laptop with no network.
    assetsInlineLimit: 4096,
    sourcemap: false,
    // Two pages: the explorer, and GraphiQL (with Monaco, several MB) in its own entry so the
    // explorer never loads it. The API serves both from dist/ (/ and /graphiql.html).
    rolldownOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql.html'),
      },
      onLog(level, log, handler) {
        // GraphiQL's packages carry React Compiler's "use no memo" directive, which has no meaning
        // once bundled; the warning about dropping it is noise on every build.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.id?.includes('node_modules')) return;
        handler(level, log);
      },
    },
    // Cytoscape with its layouts is one lazy chunk of about 600 kB (190 kB gzipped): expected.
    // GraphiQL's page alone loads Monaco (one 2.8 MB chunk), hence the higher limit; the explorer's
    // own size is checked by e2e/performance.spec.ts on the files index.html reaches.
    chunkSizeWarningLimit: 3000,
  },
});
