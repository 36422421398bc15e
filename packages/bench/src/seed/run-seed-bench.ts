import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { JVM_ARGS, startLocalNeo4j } from '@cadre/neo4j-local';
import { Neo4jStore } from '@cadre/store-neo4j';
import { killSeedingMidway, seedCliPath, storedCounts } from '@cadre/testing/neo4j';
import { cpuSeconds, peakRssMb, sampleHeap } from './server-usage';

/** Node needs more than its default heap to build a 1M-relation graph in memory (the CLI only). */
const CLI_NODE_ARGS = ['--max-old-space-size=4096'];

/** Runs the seeding CLI to the end and returns its last line (the summary). */
function seedToTheEnd(uri: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI_NODE_ARGS, seedCliPath(), ...args], {
      env: { ...process.env, NEO4J_URI: uri },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let last = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = chunk.toString().trim().split('\n');
      last = lines[lines.length - 1] ?? last;
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(last) : reject(new Error(`seeding exited with ${code}`)),
    );
  });
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/**
 * `npm run bench:seed`: seeds a synthetic graph (BENCH_SEED_NODES, default 100,000 nodes, ten
 * relations each) through the built `npm run seed` into a local Neo4j with the launcher's default
 * JVM flags (1 GB heap), and prints time, relations/s (per wall second and per server CPU second,
 * the latter less sensitive to a shared machine), the server's peak heap and RSS; seeds the same graph again over it (a warm server, the usual update). Then kills a
 * second seeding with SIGKILL halfway and checks the served graph is unchanged, and that the next
 * seeding removes the leftover. Figures only; nothing is asserted on timings.
 */
async function main(): Promise<void> {
  const nodes = Number(process.env.BENCH_SEED_NODES ?? 100_000);
  const server = await startLocalNeo4j({ timeoutMs: 180_000 });
  const store = Neo4jStore.create({ uri: server.boltUri, log: () => {} });
  try {
    await store.ensureSchema();
    console.log(
      `\nSeeding benchmark: ${nodes} nodes, ${nodes * 10} relations; JVM ${JVM_ARGS.filter((a) => a.startsWith('-Xm')).join(' ')}`,
    );
    console.log(`load average before: ${load()}`);
    const heap = sampleHeap(store);
    const cpu0 = cpuSeconds(server.pid);
    const t0 = performance.now();
    const summary = await seedToTheEnd(server.boltUri, ['--synthetic', String(nodes)]);
    const wallS = (performance.now() - t0) / 1000;
    const cpuS = cpuSeconds(server.pid) - cpu0;
    const { peakUsedMb, maxMb } = await heap.stop();
    const live = /live after (\d+) ms/.exec(summary);
    const switchedS = live ? Number(live[1]) / 1000 : wallS;
    const relations = nodes * 10;
    console.log(summary);
    console.log(
      [
        `seed ${relations} relations: ${wallS.toFixed(1)} s in all (old generation removed), live after ${switchedS.toFixed(1)} s`,
        `  ${Math.round(relations / switchedS)} relations/s to the switch; ${Math.round(relations / cpuS)} relations per server CPU second (${cpuS.toFixed(0)} CPU s)`,
        `  Neo4j heap: peak used ${peakUsedMb} MB of ${maxMb} MB max; server peak RSS ${peakRssMb(server.pid)} MB`,
        `  load average after: ${load()}`,
      ].join('\n'),
    );

    // Seeding again over a served graph, the usual update: the server is warm (its JIT has
    // compiled the write path), and the old generation is removed after the switch.
    const againHeap = sampleHeap(store);
    const again = await seedToTheEnd(server.boltUri, ['--synthetic', String(nodes)]);
    const againPeak = await againHeap.stop();
    const againLive = /live after (\d+) ms/.exec(again);
    if (againLive)
      console.log(
        `seeding again over the served graph (warm server): live after ${(Number(againLive[1]) / 1000).toFixed(1)} s, ${Math.round(relations / (Number(againLive[1]) / 1000))} relations/s; Neo4j heap peak ${againPeak.peakUsedMb} MB of ${againPeak.maxMb} MB`,
      );

    const before = await store.stats();
    const probe = await store.getNodes(['bench-0', 'bench-1', `bench-${nodes - 1}`]);
    // A different graph (fewer relations), so a partial switch would show in the counts.
    const killed = await killSeedingMidway(
      server.boltUri,
      ['--synthetic', String(nodes), '--relations', String(nodes * 5)],
      Math.round(nodes * 3),
      CLI_NODE_ARGS,
    );
    const unchanged =
      JSON.stringify(await store.stats()) === JSON.stringify(before) &&
      JSON.stringify(await store.getNodes(['bench-0', 'bench-1', `bench-${nodes - 1}`])) ===
        JSON.stringify(probe);
    const leftover = await storedCounts(store);
    console.log(
      `kill -9 after ${killed.committedRows}/${killed.totalRows} rows committed: served graph ${unchanged ? 'UNCHANGED' : 'CHANGED'} ` +
        `(stored, leftover included: ${leftover.nodes} nodes, ${leftover.relations} relations; served ${before.nodes} and ${before.relations})`,
    );
    const small = Math.max(2, Math.round(nodes / 100));
    await seedToTheEnd(server.boltUri, ['--synthetic', String(small)]);
    const after = await storedCounts(store);
    console.log(
      `next seeding (${small} nodes): stored ${after.nodes} nodes, ${after.relations} relations: leftover ${after.nodes === small && after.relations === small * 10 ? 'REMOVED' : 'STILL THERE'}`,
    );
  } finally {
    await store.close();
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
