#!/usr/bin/env node
/**
 * `npm run neo4j` — a persistent local Neo4j for development.
 *
 *   data:  <repo>/.neo4j-data   (override with NEO4J_HOME)
 *   port:  NEO4J_PORT or 7687   (Bolt on 127.0.0.1, no auth)
 *
 * Stops cleanly on Ctrl-C / SIGTERM.
 */
import * as path from 'node:path';

import { builtNeo4jVersion, ensureBuilt, repoRoot } from './ensure-built';
import { DEFAULT_BOLT_PORT, startLocalNeo4j } from './start-local-neo4j';

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_BOLT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`NEO4J_PORT must be an integer in 1..65535, got "${raw}"`);
  }
  return port;
}

async function main(): Promise<number> {
  const port = parsePort(process.env['NEO4J_PORT']);
  const home = path.resolve(process.env['NEO4J_HOME'] ?? path.join(repoRoot, '.neo4j-data'));
  ensureBuilt();
  const version = builtNeo4jVersion() ?? '?';

  console.error(`[neo4j] starting Neo4j ${version} on 127.0.0.1:${port}, data in ${home} ...`);
  const started = Date.now();
  const server = await startLocalNeo4j({
    port,
    home,
    log: (line) => {
      // The launcher's protocol lines are reported below in a friendlier form.
      if (!line.startsWith('NEO4J ')) console.error(`[neo4j] ${line}`);
    },
  });
  console.log(
    `Neo4j ready at ${server.boltUri} (no auth) in ${((Date.now() - started) / 1000).toFixed(1)} s — pid ${server.pid}. Ctrl-C to stop.`,
  );

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    console.error(`[neo4j] ${signal}: stopping ...`);
    server.stop().then(
      () => {
        console.error('[neo4j] stopped.');
        process.exit(0);
      },
      (err: unknown) => {
        console.error('[neo4j] error while stopping:', err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  const { code, signal } = await server.exited;
  if (stopping) return new Promise<number>(() => undefined); // shutdown() calls process.exit
  console.error(
    `[neo4j] server exited unexpectedly (code ${String(code)}, signal ${String(signal)}); see ${path.join(home, 'logs', 'debug.log')}`,
  );
  return 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    // Our errors (not built, port in use, store locked, bad NEO4J_PORT, ...) carry a complete message.
    console.error(`[neo4j] ${err instanceof Error ? err.message : String(err)}`);
    if (process.env['NEO4J_DEBUG'] && err instanceof Error) console.error(err.stack);
    process.exit(1);
  },
);
