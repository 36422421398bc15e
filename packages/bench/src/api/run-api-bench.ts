import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultSeedsDir, loadSeeds } from '@cadre/model';
import { startLocalNeo4j } from '@cadre/neo4j-local';
import { Neo4jStore, writeSeedGraph } from '@cadre/store-neo4j';
import { measure, median, type Sample, type Target } from './measure';
import { pickQuestions } from './pick-questions';
import { graphqlReady, spawnServer, type RunningServer } from './spawn-server';

const ROOT = resolve(__dirname, '../../../..');
const CONTENDER = join(__dirname, 'contender-server.js');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const gql = (baseUrl: string, query: string, variables: Record<string, unknown> = {}): Target => ({
  url: `${baseUrl}/graphql`,
  method: 'POST',
  body: JSON.stringify({ query, variables }),
});

const REL = 'id kind from { id name } to { id name }';
const CADRE = {
  node: `query($id: ID!) { node(id: $id) { id name relations(first: 8) { ${REL} } } }`,
  hood: (depth: number): string =>
    `query($id: ID!) { neighborhood(id: $id, depth: ${depth}) { truncated nodes { id name } relations { ${REL} } } }`,
  paths: `query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length nodes { id name } relations { id kind } } }`,
  search: `query($t: String!) { search(text: $t) { id name } }`,
};
const NEO4J_GRAPHQL = {
  n1: `query($id: ID!) { entities(where: { id: { eq: $id } }) { id record links neighbours { id record } } }`,
  n2: `query($id: ID!) { entities(where: { id: { eq: $id } }) { id record links neighbours { id record links neighbours { id record } } } }`,
};

/** A row of the table: one question asked of several contenders; `floor` names the one ratios divide by. */
interface Row {
  question: string;
  floor: string;
  targets: Map<string, Target>;
  samples: Map<string, Sample[]>;
}

const row = (question: string, floor: string, targets: Array<[string, Target]>): Row => ({
  question,
  floor,
  targets: new Map(targets),
  samples: new Map(targets.map(([name]) => [name, []])),
});

/** Rounds of every (question, contender) pair, contenders alternated, so that noise hits all alike. */
async function runRows(rows: Row[]): Promise<void> {
  for (let round = 1; round <= ROUNDS; round++) {
    process.stderr.write(`round ${round}/${ROUNDS} (load ${loadavg()[0]!.toFixed(1)})\n`);
    for (const r of rows)
      for (const [name, target] of r.targets) r.samples.get(name)!.push(await measure(target, SECONDS));
  }
}

function printRows(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  console.log(
    `${'question'.padEnd(22)} ${'contender'.padEnd(24)} ${'p50 ms'.padStart(8)} ${'req/s'.padStart(8)}  ${'p50 ÷ floor'.padStart(11)} ${'req/s ÷ floor'.padStart(13)}  errors`,
  );
  for (const r of rows) {
    const floor = r.samples.get(r.floor)!;
    const fp = median(floor.map((s) => s.p50));
    const fr = median(floor.map((s) => s.rps));
    for (const [name, samples] of r.samples) {
      const p = median(samples.map((s) => s.p50));
      const q = median(samples.map((s) => s.rps));
      const errors = samples.reduce((n, s) => n + s.errors, 0);
      console.log(
        `${r.question.padEnd(22)} ${name.padEnd(24)} ${p.toFixed(1).padStart(8)} ${q.toFixed(0).padStart(8)}  ${(p / fp).toFixed(2).padStart(11)} ${(q / fr).toFixed(2).padStart(13)}  ${errors}`,
      );
    }
  }
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

async function embedded(): Promise<void> {
  const ids = await pickQuestions();
  console.log(`Questions: N1 ${ids.n1}, N2 ${ids.n2}, paths ${ids.pathFrom} → ${ids.pathTo}`);
  const floor = await spawnServer(CONTENDER, ['bare-apollo'], {}, graphqlReady);
  let cadres: Array<[string, RunningServer]> = [];
  try {
    cadres = await startCadres({});
    const bare: [string, Target] = ['bare Apollo {__typename}', gql(floor.baseUrl, '{ __typename }')];
    const ask = (q: string, v: Record<string, unknown>): Array<[string, Target]> => [
      bare,
      ...cadres.map(([name, s]): [string, Target] => [name, gql(s.baseUrl, q, v)]),
    ];
    const rows = [
      row('node (N1)', bare[0], ask(CADRE.node, { id: ids.n1 })),
      row('depth 1', bare[0], ask(CADRE.hood(1), { id: ids.n2 })),
      row('depth 2 (N2)', bare[0], ask(CADRE.hood(2), { id: ids.n2 })),
      row('paths', bare[0], ask(CADRE.paths, { a: ids.pathFrom, b: ids.pathTo })),
      row('search "traite"', bare[0], ask(CADRE.search, { t: 'traite' })),
    ];
    await runRows(rows);
    printRows('Embedded store, seed graph (floor: bare Apollo Server 5 answering {__typename})', rows);
  } finally {
    floor.stop();
    for (const [, s] of cadres) s.stop();
  }
}

async function onNeo4j(): Promise<void> {
  const ids = await pickQuestions();
  const server = await startLocalNeo4j({});
  const store = Neo4jStore.create({ uri: server.boltUri, log: () => {} });
  const running: RunningServer[] = [];
  try {
    await store.ensureSchema();
    await writeSeedGraph(store.executor, loadSeeds(defaultSeedsDir()));
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
    const ask = (n: 'n1' | 'n2', q: string, id: string): Array<[string, Target]> => [
      ['raw driver + node:http', { url: `${raw.baseUrl}/${n}?id=${encodeURIComponent(id)}`, method: 'GET' }],
      ['@neo4j/graphql 7', gql(rival.baseUrl, NEO4J_GRAPHQL[n], { id })],
      ...cadres.map(([name, s]): [string, Target] => [name, gql(s.baseUrl, q, { id })]),
    ];
    const rows = [
      row('N1 node + relations', 'raw driver + node:http', ask('n1', CADRE.node, ids.n1)),
      row('N2 depth 2', 'raw driver + node:http', ask('n2', CADRE.hood(2), ids.n2)),
    ];
    await runRows(rows);
    printRows('Neo4j 5.26, seed graph (floor: raw neo4j-driver behind node:http)', rows);
  } finally {
    for (const s of running) s.stop();
    await store.close();
    await server.stop();
  }
}

/**
 * `npm run bench:api` (after `npm run build`): Cadre over HTTP beside its floors, in one run.
 * BENCH_SECONDS (3) per measurement, BENCH_ROUNDS (3) rounds whose medians are shown;
 * BENCH_BASELINE=<dir of an older built tree> adds "Cadre before"; `--no-neo4j` skips Neo4j.
 * Figures only: nothing asserts.
 */
async function main(): Promise<void> {
  const [l1, l5] = loadavg();
  console.log(
    `Cadre API benchmark (node ${process.version}, ${SECONDS} s × ${ROUNDS} rounds, load average ${l1!.toFixed(1)} / ${l5!.toFixed(1)})`,
  );
  await embedded();
  if (!process.argv.includes('--no-neo4j')) await onNeo4j();
  console.log(`\nload average at the end: ${loadavg()[0]!.toFixed(1)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
