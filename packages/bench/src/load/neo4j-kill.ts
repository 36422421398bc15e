import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeeds } from '@cadre/model';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '@cadre/neo4j-local';
import { Neo4jStore, writeSeedGraph } from '@cadre/store-neo4j';
import { graphqlPost, isAlive, sendRequest, startAbuseServer } from '@cadre/testing/abuse';
import { ms, percentile } from './load-support';

const QUERY = graphqlPost({ query: '{ node(id: "ml-law-2012-023") { name relations(first: 5) { kind } } }' });

/**
 * Neo4j killed (SIGKILL) under load, then started again on the same port and data: how long
 * until the first failure, how fast failures are while it is down, and how long after Neo4j is
 * ready the API answers again. Figures only.
 */
export async function neo4jKill(clients = Number(process.env.LOAD_CLIENTS ?? 20)): Promise<void> {
  console.log(`\n== Neo4j killed under load (${clients} clients)`);
  const home = mkdtempSync(join(tmpdir(), 'cadre-kill-'));
  const port = await findFreePort();
  let neo4j: LocalNeo4j = await startLocalNeo4j({ port, home });
  const seeding = await Neo4jStore.fromEnv({ NEO4J_URI: neo4j.boltUri }, () => {});
  await seeding.ensureSchema();
  await writeSeedGraph(seeding.executor, loadSeeds());
  await seeding.close();
  const server = await startAbuseServer(join(home, 'api.log'), { NEO4J_URI: neo4j.boltUri });
  const events: Array<{ at: number; ok: boolean; status: number | string; ms: number }> = [];
  let running = true;
  const workers = Array.from({ length: clients }, async () => {
    while (running) {
      const r = await sendRequest(server.baseUrl, QUERY, 30_000).catch(() => undefined);
      const ok = r?.status === 200 && !/"errors"/.test(r.text);
      events.push({ at: performance.now(), ok, status: r?.status ?? 'no answer', ms: r?.ms ?? NaN });
      if (!ok) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  try {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const killedAt = performance.now();
    process.kill(neo4j.pid, 'SIGKILL');
    await neo4j.exited;
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    const restartAt = performance.now();
    neo4j = await startLocalNeo4j({ port, home });
    const readyAt = performance.now();
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && !events.some((e) => e.ok && e.at > readyAt))
      await new Promise((r) => setTimeout(r, 50));
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    running = false;
    await Promise.all(workers);

    const before = events.filter((e) => e.at < killedAt);
    const firstFailure = events.find((e) => !e.ok && e.at >= killedAt);
    const down = events.filter(
      (e) => !e.ok && e.at > (firstFailure?.at ?? Infinity) + 1000 && e.at < restartAt,
    );
    const firstSuccess = events.find((e) => e.ok && e.at > readyAt);
    const statuses = [...new Set(down.map((e) => e.status))].join(', ');
    console.log(
      `  before the kill: ${before.length} answers, ${before.filter((e) => !e.ok).length} failures, p99 ${ms(
        percentile(
          before.map((e) => e.ms),
          99,
        ),
      )}`,
    );
    console.log(
      `  first failure ${firstFailure ? ms(firstFailure.at - killedAt) : 'never'} after the kill (that request took ${ms(firstFailure?.ms ?? NaN)})`,
    );
    console.log(
      `  while down (from 1 s after the first failure): ${down.length} answers, all ${statuses}; p50 ${ms(
        percentile(
          down.map((e) => e.ms),
          50,
        ),
      )}, p99 ${ms(
        percentile(
          down.map((e) => e.ms),
          99,
        ),
      )}`,
    );
    console.log(
      `  Neo4j restarted in ${ms(readyAt - restartAt)}; first answer ${firstSuccess ? ms(firstSuccess.at - readyAt) : 'never'} after it was ready`,
    );
    console.log(`  API alive throughout: ${isAlive(server.pid)}`);
  } finally {
    running = false;
    if (isAlive(server.pid)) process.kill(server.pid, 'SIGTERM');
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  }
}
