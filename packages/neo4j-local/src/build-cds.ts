/**
 * `npm run build:cds -w @cadre/neo4j-local` (optional, after build:java): records the classes a server
 * start loads into an AppCDS archive, target/neo4j-local.jsa (~75 MB). startLocalNeo4j() then passes
 * -XX:SharedArchiveFile and the JVM starts ~1.5 s faster (about 5 s -> 3.5 s on 2 cores). The archive is
 * tied to this JDK build and these jars: after a rebuild it is ignored until rebuilt (the JVM falls back
 * silently), so it is always safe to skip.
 */
import * as fs from 'node:fs';

import { cdsArchive, ensureBuilt } from './ensure-built';
import { startLocalNeo4j } from './start-local-neo4j';

async function main(): Promise<number> {
  ensureBuilt();
  const tmp = `${cdsArchive}.${process.pid}.tmp`;
  await fs.promises.rm(tmp, { force: true });
  const started = Date.now();
  const server = await startLocalNeo4j({
    useCdsArchive: false,
    // The dump lists hundreds of skipped classes (signed jars, old class files): harmless, so keep it quiet.
    jvmArgs: [`-XX:ArchiveClassesAtExit=${tmp}`, '-Xlog:cds=off', '-Xlog:cds+dynamic=off'],
    log: (line) => {
      if (!line.startsWith('NEO4J ')) console.error(`[neo4j] ${line}`);
    },
  });
  console.error(`[build-cds] server ready in ${Date.now() - started} ms; stopping to write the archive ...`);
  await server.stop();
  if (!fs.existsSync(tmp)) {
    console.error(`[build-cds] the JVM did not write ${tmp}`);
    return 1;
  }
  await fs.promises.rename(tmp, cdsArchive);
  const size = (await fs.promises.stat(cdsArchive)).size;
  console.log(`[build-cds] wrote ${cdsArchive} (${(size / 1024 / 1024).toFixed(0)} MiB)`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('[build-cds] failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
