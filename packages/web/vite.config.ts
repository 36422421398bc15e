import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The explorer is served by the API on the same origin (`npm start`), so the dev server only
 * proxies /graphql and /health to it (default http://localhost:4000, override with CADRE_API_URL).
 */
const api = process.env.CADRE_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': api,
      '/health': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Everything is bundled: the explorer runs on a laptop with no network.
    assetsInlineLimit: 4096,
    sourcemap: false,
    // Cytoscape with its layouts is one lazy chunk of about 600 kB (190 kB gzipped); that is expected.
    chunkSizeWarningLimit: 700,
  },
});
