import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { CADRE_QUESTIONS as CADRE } from './cadre-questions';
import { cpuSeconds } from './measure';
import { pickQuestions, type QuestionIds } from './pick-questions';
import { graphqlReady, spawnServer } from './spawn-server';

const ROOT = resolve(__dirname, '../../../..');
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 5);
const TOP = Number(process.env.PROFILE_TOP ?? 40);

/** The API bench's questions, with their variables, by a short name. */
const questions = (
  ids: QuestionIds,
): Record<string, { query: string; variables: Record<string, unknown> }> => ({
  node: { query: CADRE.node, variables: { id: ids.n1 } },
  depth1: { query: CADRE.hood(1), variables: { id: ids.n2 } },
  depth2: { query: CADRE.hood(2), variables: { id: ids.n2 } },
  paths: { query: CADRE.paths, variables: { a: ids.pathFrom, b: ids.pathTo } },
  search: { query: CADRE.search, variables: { t: 'traite' } },
  // The floor's question: what every request costs before any resolver of Cadre's runs.
  typename: { query: '{ __typename }', variables: {} },
});

/** The parts of a V8 .cpuprofile this report reads. */
interface CpuProfile {
  nodes: Array<{
    id: number;
    hitCount?: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }>;
  startTime: number;
  endTime: number;
}

/** Self time by function (name, file, line), largest first, as percentages of all samples. */
function selfTimes(profile: CpuProfile): Array<{ share: number; where: string }> {
  const total = profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0);
  const by = new Map<string, number>();
  for (const { hitCount = 0, callFrame: f } of profile.nodes) {
    const file = f.url.replace(/^file:\/\//, '').replace(`${ROOT}/`, '');
    const where = `${f.functionName || '(anonymous)'}  ${file}:${f.lineNumber + 1}`;
    by.set(where, (by.get(where) ?? 0) + hitCount);
  }
  return [...by]
    .map(([where, hits]) => ({ share: (100 * hits) / total, where }))
    .sort((a, b) => b.share - a.share);
}

/**
 * `node packages/bench/dist/api/profile-api.js <question>` (after `npm run build`): starts Cadre's
 * server (embedded store) under `--cpu-prof`, has autocannon ask one of the API bench's questions
 * (node, depth1, depth2, paths, search, typename) for PROFILE_SECONDS (5) with 32 connections, stops the
 * server and prints its functions by self time (PROFILE_TOP, 40). The .cpuprofile stays in the
 * printed folder for Chrome DevTools. PROFILE_TREE=<dir of another built tree> runs that
 * tree's server instead; with NEO4J_URI the server reads that (seeded) Neo4j instead of the
 * embedded store. `--no-profile` only prints the server's CPU time a request (Linux). Figures only.
 */
async function main(): Promise<void> {
  const name = process.argv[2] ?? 'depth2';
  const ids = await pickQuestions();
  const question = questions(ids)[name];
  if (!question) throw new Error(`unknown question "${name}" (${Object.keys(questions(ids)).join(', ')})`);
  const dir = mkdtempSync(join(tmpdir(), 'cadre-profile-'));
  // PROFILE_TREE: another built tree (as BENCH_BASELINE of run-api-bench.ts), to compare with.
  const tree = process.env.PROFILE_TREE ?? ROOT;
  const main = join(tree, 'packages/api/dist/main.js');
  const profiling = !process.argv.includes('--no-profile');
  const [script, ...args] = profiling ? ['--cpu-prof', `--cpu-prof-dir=${dir}`, main] : [main];
  // NEO4J_URI (a seeded Neo4j, `npm run neo4j` + `npm run seed`) profiles the Neo4j store instead.
  const store = { NEO4J_URI: process.env.NEO4J_URI ?? '' };
  const server = await spawnServer(script!, args, store, graphqlReady, tree);
  try {
    const cpuBefore = cpuSeconds(server.child.pid!);
    const result = await autocannon({
      url: `${server.baseUrl}/graphql`,
      method: 'POST',
      connections: 32,
      duration: SECONDS,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(question),
    });
    const cpu = cpuSeconds(server.child.pid!) - cpuBefore;
    // CPU per request is steadier than req/s on a machine shared with other work.
    console.log(
      `${name}: ${result.requests.average} req/s, ${((1e6 * cpu) / result.requests.total).toFixed(0)} µs of server CPU a request, ${result.non2xx + result.errors} errors`,
    );
  } finally {
    // SIGINT lets main.ts stop and exit normally, which is when Node writes the profile.
    server.child.kill('SIGINT');
    await new Promise((done) => server.child.once('exit', done));
  }
  if (!profiling) return;
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile in ${dir}`);
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  console.log(`profile: ${join(dir, file)}\n  self %  function  file:line`);
  for (const { share, where } of selfTimes(profile).slice(0, TOP))
    console.log(`${share.toFixed(1).padStart(7)}  ${where}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
