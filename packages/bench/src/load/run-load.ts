import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive, startAbuseServer } from '@cadre/testing/abuse';
import { costlyVsCheap } from './costly-vs-cheap';
import { deepQueries } from './deep-queries';
import { neo4jKill } from './neo4j-kill';
import { realMix } from './real-mix';

/**
 * `npm run load -- <scenario>...` (after `npm run build`): runs the built server (embedded store,
 * default limits) and prints figures for each scenario: deep, costly, mix, neo4j-kill (its own
 * Neo4j and server), or all. LOAD_CLIENTS and LOAD_SECONDS change a scenario's size. Figures
 * only; nothing here asserts.
 */
async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const scenarios =
    asked.length === 0 || asked.includes('all') ? ['deep', 'costly', 'mix', 'neo4j-kill'] : asked;
  console.log(`Cadre load figures (node ${process.version}, ${scenarios.join(', ')})`);
  for (const scenario of scenarios) {
    if (scenario === 'neo4j-kill') {
      await neo4jKill();
      continue;
    }
    // A fresh server per scenario, so one's memory does not show in the next.
    const logFile = join(tmpdir(), `cadre-load-${process.pid}.log`);
    const server = await startAbuseServer(logFile);
    try {
      if (scenario === 'deep') await deepQueries(server);
      else if (scenario === 'costly') await costlyVsCheap(server);
      else if (scenario === 'mix') await realMix(server);
      else throw new Error(`unknown scenario "${scenario}" (deep, costly, mix, neo4j-kill, all)`);
      console.log(`  server alive at the end: ${isAlive(server.pid)}`);
    } finally {
      if (isAlive(server.pid)) process.kill(server.pid, 'SIGTERM');
      rmSync(logFile, { force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
