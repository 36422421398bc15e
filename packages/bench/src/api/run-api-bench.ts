import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultSeedsDir, loadSeeds, syntheticGraph, type SeedGraph } from '@cadre/model';
import { EmbeddedStore } from '@cadre/store';
import { startLocalNeo4j } from '@cadre/neo4j-local';
import { Neo4jStore, writeSeedGraph } from '@cadre/store-neo4j';
import { measure, median, warmUp, type Sample, type Target } from './measure';
import { CADRE_QUESTIONS } from './cadre-questions';
import { pickQuestions } from './pick-questions';
import { graphqlReady, spawnServer, type RunningServer } from './spawn-server';

const ROOT = resolve(__dirname, '../../../..');
const CONTENDER = join(__dirname, 'contender-server.js');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** The server's process id, for the measurement to read its CPU time. */
const pidOf = (server: RunningServer): { pid?: number } =>
  server.child.pid === undefined ? {} : { pid: server.child.pid };

/** A GraphQL POST to `server`. */
const gql = (server: RunningServer, query: string, variables: Record<string, unknown> = {}): Target => ({
  url: `${server.baseUrl}/graphql`,
  method: 'POST',
  body: JSON.stringify({ query, variables }),
  ...pidOf(server),
});

/** The question `name` asked of the ceiling (`startCeiling`). */
const askCeiling = (ceiling: RunningServer, name: string): Target =>
  gql(ceiling, 'query($q: String!) { answer(q: $q) }', { q: name });

const CADRE = CADRE_QUESTIONS;
const NEO4J_GRAPHQL = {
  n1: `query($id: ID!) { entities(where: { id: { eq: $id } }) { id record links neighbours { id record } } }`,
  n2: `query($id: ID!) { entities(where: { id: { eq: $id } }) { id record links neighbours { id record links neighbours { id record } } } }`,
};

/**
 * A row of the table: one question asked of several contenders; `floor` names the one ratios
 * divide by, `rival` one whose throughput every contender's is also divided by (on a line of its own).
 */
interface Row {
  question: string;
  floor: string;
  rival?: string;
  targets: Map<string, Target>;
  samples: Map<string, Sample[]>;
}

const row = (question: string, floor: string, targets: Array<[string, Target]>, rival?: string): Row => ({
  question,
  floor,
  ...(rival === undefined ? {} : { rival }),
  targets: new Map(targets),
  samples: new Map(targets.map(([name]) => [name, []])),
});

/** Rounds of every (question, contender) pair, contenders alternated, so that noise hits all alike. */
async function runRows(rows: Row[]): Promise<void> {
  // Not counted: a second of requests per target first. Neo4j plans a query at its first run and
  // plans it again once a fresh seed's statistics settle (half a second or more on this machine),
  // and V8 compiles the hot paths; neither is what a running server costs.
  for (const r of rows) for (const target of r.targets.values()) await warmUp(target, 1);
  for (let round = 1; round <= ROUNDS; round++) {
    process.stderr.write(`round ${round}/${ROUNDS} (load ${loadavg()[0]!.toFixed(1)})\n`);
    for (const r of rows)
      for (const [name, target] of r.targets) r.samples.get(name)!.push(await measure(target, SECONDS));
  }
}

function printRows(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  console.log(
    `${'question'.padEnd(22)} ${'contender'.padEnd(24)} ${'p50 ms'.padStart(8)} ${'req/s'.padStart(8)}  ${'p50 ÷ floor'.padStart(11)} ${'req/s ÷ floor'.padStart(13)}  ${'CPU µs/req'.padStart(10)} ${'÷ floor'.padStart(7)}  errors`,
  );
  for (const r of rows) {
    const floor = r.samples.get(r.floor)!;
    const fp = median(floor.map((s) => s.p50));
    const fr = median(floor.map((s) => s.rps));
    const fc = median(floor.map((s) => s.cpuUs));
    for (const [name, samples] of r.samples) {
      const p = median(samples.map((s) => s.p50));
      const q = median(samples.map((s) => s.rps));
      const c = median(samples.map((s) => s.cpuUs));
      const errors = samples.reduce((n, s) => n + s.errors, 0);
      console.log(
        `${r.question.padEnd(22)} ${name.padEnd(24)} ${p.toFixed(1).padStart(8)} ${q.toFixed(0).padStart(8)}  ${(p / fp).toFixed(2).padStart(11)} ${(q / fr).toFixed(2).padStart(13)}  ${c.toFixed(0).padStart(10)} ${(c / fc).toFixed(2).padStart(7)}  ${errors}`,
      );
    }
    if (r.rival) console.log(rivalLine(r, r.rival));
  }
}

/** Each other contender's req/s ÷ the rival's: how far the floors themselves are from it, and Cadre. */
function rivalLine(r: Row, rival: string): string {
  const rps = (name: string): number => median(r.samples.get(name)!.map((s) => s.rps));
  const ratios = [...r.samples.keys()]
    .filter((name) => name !== rival)
    .map((name) => `${name} ${(rps(name) / rps(rival)).toFixed(2)}`);
  return `${''.padEnd(22)} req/s ÷ ${rival}: ${ratios.join(', ')}`;
}

/** The Cadre servers to compare: this build, and BENCH_BASELINE's build (a copy of an older tree) when set. */
async function startCadres(env: NodeJS.ProcessEnv): Promise<Array<[string, RunningServer]>> {
  const out: Array<[string, RunningServer]> = [];
  const baseline = process.env.BENCH_BASELINE;
  if (baseline) {
    const main = join(baseline, 'packages/api/dist/main.js');
    out.push(['Cadre before', await spawnServer(main, [], env, graphqlReady, baseline)]);
  }
  const main = join(ROOT, 'packages/api/dist/main.js');
  out.push(['Cadre', await spawnServer(main, [], env, graphqlReady, ROOT)]);
  return out;
}

/** Sends `target` once and returns the answer's text. */
async function askOnce(target: Target): Promise<string> {
  const response = await fetch(target.url, {
    method: target.method,
    ...(target.body === undefined
      ? {}
      : { body: target.body, headers: { 'content-type': 'application/json' } }),
  });
  return response.text();
}

/** The data of Cadre's answer to each question (asked of `server`), by question name. */
async function answersOf(
  server: RunningServer,
  questions: Record<string, [string, Record<string, unknown>]>,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [name, [query, variables]] of Object.entries(questions)) {
    const { data } = JSON.parse(await askOnce(gql(server, query, variables))) as {
      data?: Record<string, unknown>;
    };
    out[name] = Object.values(data ?? {})[0] ?? null;
  }
  return out;
}

/** The ceiling contender (`bare-apollo-answer`), handing back `answers` by question name. */
function startCeiling(answers: Record<string, unknown>): Promise<RunningServer> {
  const file = join(mkdtempSync(join(tmpdir(), 'cadre-bench-')), 'answers.json');
  writeFileSync(file, JSON.stringify(answers));
  return spawnServer(
    CONTENDER,
    ['bare-apollo-answer'],
    { BENCH_ANSWERS: file, NODE_ENV: 'production' },
    graphqlReady,
  );
}

/**
 * The seed graph's questions, each asked of the floor (bare Apollo answering `{__typename}`), of
 * the ceiling (bare Apollo handing back Cadre's own answer as one scalar: Apollo, JSON.stringify
 * and HTTP of that answer, no resolver work; no GraphQL server answering it can be faster) and of
 * Cadre (and Cadre before, with BENCH_BASELINE).
 */
async function embedded(): Promise<void> {
  const ids = await pickQuestions();
  console.log(`Questions: N1 ${ids.n1}, N2 ${ids.n2}, paths ${ids.pathFrom} → ${ids.pathTo}`);
  const questions: Record<string, [string, Record<string, unknown>]> = {
    'node (N1)': [CADRE.node, { id: ids.n1 }],
    'depth 1': [CADRE.hood(1), { id: ids.n2 }],
    'depth 2 (N2)': [CADRE.hood(2), { id: ids.n2 }],
    paths: [CADRE.paths, { a: ids.pathFrom, b: ids.pathTo }],
    'search "traite"': [CADRE.search, { t: 'traite' }],
  };
  const servers: RunningServer[] = [];
  try {
    const floor = await spawnServer(CONTENDER, ['bare-apollo'], {}, graphqlReady);
    servers.push(floor);
    const cadres = await startCadres({});
    servers.push(...cadres.map(([, s]) => s));
    const ceiling = await startCeiling(await answersOf(cadres.at(-1)![1], questions));
    servers.push(ceiling);
    const bare: [string, Target] = ['bare Apollo {__typename}', gql(floor, '{ __typename }')];
    const rows = Object.entries(questions).map(([name, [query, variables]]) =>
      row(name, bare[0], [
        bare,
        ['bare Apollo, same answer', askCeiling(ceiling, name)],
        ...cadres.map(([cadre, s]): [string, Target] => [cadre, gql(s, query, variables)]),
      ]),
    );
    await runRows(rows);
    printRows('Embedded store, seed graph (floor: bare Apollo Server 5 answering {__typename})', rows);
  } finally {
    for (const s of servers) s.stop();
  }
}

/** Median wall time of `runs` calls of `work`, in ms. */
async function medianTime(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** The i-th question's node of a synthetic graph: spread over the ids by a prime stride. */
const syntheticId = (nodes: number, i: number): string => `bench-${(i * 7919) % nodes}`;

/**
 * The embedded store at scale: Cadre started as users would (`--synthetic N --relations M`) on
 * BENCH_SCALE_NODES (100,000) nodes and BENCH_SCALE_RELATIONS (1,000,000) relations, beside the
 * bare-Apollo floor; depth 2 also beside its ceiling (bare Apollo handing back the same answer);
 * and depth 2 timed on the store itself (in this process, before the servers start) for the
 * HTTP ÷ store ratio.
 */
async function atScale(): Promise<void> {
  const nodes = Number(process.env.BENCH_SCALE_NODES ?? 100_000);
  const relations = Number(process.env.BENCH_SCALE_RELATIONS ?? 1_000_000);
  const at = (i: number): string => syntheticId(nodes, i);
  const q = { node: at(4242), hood1: at(1000), hood2: at(2000), from: at(3000), to: at(4000) };
  let store: EmbeddedStore | undefined = new EmbeddedStore(syntheticGraph(nodes, relations));
  await store.neighborhood(q.hood2, { depth: 2, limit: 500 });
  const storeDepth2 = await medianTime(50, () => store!.neighborhood(q.hood2, { depth: 2, limit: 500 }));
  store = undefined;
  const floor = await spawnServer(CONTENDER, ['bare-apollo'], {}, graphqlReady);
  const started = performance.now();
  const args = ['--synthetic', String(nodes), '--relations', String(relations)];
  let cadre: RunningServer | undefined;
  let ceiling: RunningServer | undefined;
  try {
    cadre = await spawnServer(join(ROOT, 'packages/api/dist/main.js'), args, {}, graphqlReady, ROOT);
    const ready = performance.now() - started;
    const bare: [string, Target] = ['bare Apollo {__typename}', gql(floor, '{ __typename }')];
    const ask = (query: string, v: Record<string, unknown>): Array<[string, Target]> => [
      bare,
      ['Cadre', gql(cadre!, query, v)],
    ];
    // Depth 2's ceiling: what Apollo, JSON.stringify and HTTP cost for its answer, with no
    // resolver and no store work, so the least any GraphQL server can take over HTTP for it.
    // Asked once: the ceiling hands it back, and its size and stringify time are printed below.
    const text = await askOnce(gql(cadre, CADRE.hood(2), { id: q.hood2 }));
    const answer = JSON.parse(text) as { data: { neighborhood: { nodes: unknown[]; relations: unknown[] } } };
    ceiling = await startCeiling({ depth2: answer.data.neighborhood });
    const depth2 = row('depth 2', bare[0], [
      ...ask(CADRE.hood(2), { id: q.hood2 }),
      ['bare Apollo, same answer', askCeiling(ceiling, 'depth2')],
    ]);
    const rows = [
      row('node', bare[0], ask(CADRE.node, { id: q.node })),
      row('depth 1', bare[0], ask(CADRE.hood(1), { id: q.hood1 })),
      depth2,
      row('paths', bare[0], ask(CADRE.paths, { a: q.from, b: q.to })),
      row('search "décret"', bare[0], ask(CADRE.search, { t: 'décret' })),
      row('search "decree 12"', bare[0], ask(CADRE.search, { t: 'decree 12' })),
    ];
    await runRows(rows);
    printRows(
      `Embedded store, synthetic ${nodes.toLocaleString('en')} nodes / ${relations.toLocaleString('en')} relations (npm start -- ${args.join(' ')}: ready in ${(ready / 1000).toFixed(1)} s; floor: bare Apollo)`,
      rows,
    );
    const http = median(depth2.samples.get('Cadre')!.map((s) => s.p50));
    const least = median(depth2.samples.get('bare Apollo, same answer')!.map((s) => s.p50));
    // What the answer itself costs, whatever the engine: its size, and stringifying it once.
    const stringify = await medianTime(50, async () => JSON.stringify(answer));
    console.log(
      `depth 2 of ${q.hood2}: store ${storeDepth2.toFixed(2)} ms, HTTP ${http.toFixed(1)} ms, HTTP ÷ store ${(http / storeDepth2).toFixed(2)} ` +
        `(the ceiling's p50 alone ${least.toFixed(1)} ms, ${(least / storeDepth2).toFixed(2)} × store; Cadre ÷ ceiling ${(http / least).toFixed(2)}); ` +
        `the answer: ${answer.data.neighborhood.nodes.length} nodes, ${answer.data.neighborhood.relations.length} relations, ` +
        `${Math.round(text.length / 1024)} KiB of JSON, JSON.stringify alone ${stringify.toFixed(2)} ms`,
    );
  } finally {
    floor.stop();
    cadre?.stop();
    ceiling?.stop();
  }
}

/** The ids asked about in the synthetic graph, as the embedded section asks (node, depth 2). */
function scaleQuestions(nodes: number): { n1: string; n2: string } {
  return { n1: syntheticId(nodes, 4242), n2: syntheticId(nodes, 2000) };
}

/** The Neo4j contenders: the floor (`executeQuery`), the raw auto-commit floor, the rival. */
const RAW = 'raw driver + node:http';
const RAW_AUTO = 'raw auto-commit + http';
const RIVAL = '@neo4j/graphql 7';

/**
 * N1 and N2 asked of Cadre, the raw driver (both ways) and @neo4j/graphql over one local Neo4j
 * holding `graph` (seeded by Cadre's own seeding, so every contender reads the same database).
 */
async function onNeo4j(title: string, graph: SeedGraph, ids: { n1: string; n2: string }): Promise<void> {
  const server = await startLocalNeo4j({});
  const store = Neo4jStore.create({ uri: server.boltUri, log: () => {} });
  const running: RunningServer[] = [];
  try {
    await store.ensureSchema();
    const seeded = await writeSeedGraph(store.executor, graph);
    process.stderr.write(`seeded ${seeded.relations} relations in ${seeded.ms} ms\n`);
    const env = { NEO4J_URI: server.boltUri };
    const raw = await spawnServer(
      CONTENDER,
      ['raw-driver'],
      env,
      async (u) => (await fetch(`${u}/n1?id=x`)).ok,
    );
    const rival = await spawnServer(CONTENDER, ['neo4j-graphql'], env, graphqlReady);
    const cadres = await startCadres(env);
    running.push(raw, rival, ...cadres.map(([, s]) => s));
    const rawAt = (path: string, id: string): Target => ({
      url: `${raw.baseUrl}/${path}?id=${encodeURIComponent(id)}`,
      method: 'GET',
      ...pidOf(raw),
    });
    const ask = (n: 'n1' | 'n2', q: string, id: string): Array<[string, Target]> => [
      [RAW, rawAt(n, id)],
      [RAW_AUTO, rawAt(`auto/${n}`, id)],
      [RIVAL, gql(rival, NEO4J_GRAPHQL[n], { id })],
      ...cadres.map(([name, s]): [string, Target] => [name, gql(s, q, { id })]),
    ];
    const rows = [
      row('N1 node + relations', RAW, ask('n1', CADRE.node, ids.n1), RIVAL),
      row('N2 depth 2', RAW, ask('n2', CADRE.hood(2), ids.n2), RIVAL),
    ];
    await runRows(rows);
    printRows(title, rows);
  } finally {
    for (const s of running) s.stop();
    await store.close();
    await server.stop();
  }
}

/**
 * `npm run bench:api` (after `npm run build`): Cadre over HTTP beside its floors, in one run.
 * BENCH_SECONDS (3) per measurement, BENCH_ROUNDS (3) rounds whose medians are shown;
 * BENCH_BASELINE=<dir of an older built tree> adds "Cadre before"; `--no-neo4j` skips Neo4j;
 * `--only-neo4j` skips the embedded rows (seed graph and scale);
 * `--no-scale` skips the synthetic 100k/1M sections, embedded and Neo4j (BENCH_SCALE_NODES,
 * BENCH_SCALE_RELATIONS; seeding 1M relations into Neo4j takes about two and a half minutes).
 * Figures only: nothing asserts.
 */
async function main(): Promise<void> {
  const [l1, l5] = loadavg();
  console.log(
    `Cadre API benchmark (node ${process.version}, ${SECONDS} s × ${ROUNDS} rounds, load average ${l1!.toFixed(1)} / ${l5!.toFixed(1)})`,
  );
  const onlyNeo4j = process.argv.includes('--only-neo4j');
  if (!onlyNeo4j) await embedded();
  if (!onlyNeo4j && !process.argv.includes('--no-scale')) await atScale();
  if (!process.argv.includes('--no-neo4j')) {
    const ids = await pickQuestions();
    const seeds = loadSeeds(defaultSeedsDir());
    await onNeo4j('Neo4j 5.26, seed graph (floor: raw neo4j-driver behind node:http)', seeds, ids);
    if (!process.argv.includes('--no-scale')) {
      const nodes = Number(process.env.BENCH_SCALE_NODES ?? 100_000);
      const relations = Number(process.env.BENCH_SCALE_RELATIONS ?? 1_000_000);
      await onNeo4j(
        `Neo4j 5.26, synthetic ${nodes.toLocaleString('en')} nodes / ${relations.toLocaleString('en')} relations (floor: raw neo4j-driver behind node:http)`,
        syntheticGraph(nodes, relations),
        scaleQuestions(nodes),
      );
    }
  }
  console.log(`\nload average at the end: ${loadavg()[0]!.toFixed(1)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
