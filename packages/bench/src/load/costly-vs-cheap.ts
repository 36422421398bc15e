import {
  graphqlPost,
  rssMb,
  sendRequest,
  type AbuseServerState,
  type RawRequest,
} from '@cadre/testing/abuse';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { deadline, flood, ms, percentile } from './load-support';

/** Runs the cheap query's client on its own thread for `seconds`. */
function probeCheapApart(
  baseUrl: string,
  seconds: number,
): Promise<{ latencies: number[]; failures: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'cheap-probe-worker.js'), { workerData: { baseUrl, seconds } });
    worker.once('message', (result: { latencies: number[]; failures: number }) => {
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', reject);
  });
}

const ALL_IDS_QUERY = graphqlPost({ query: '{ listNodes(first: 200) { edges { node { id } } } }' });

/** Candidates for "the costliest request the limits allow" (each estimated between 30,000 and 50,000). */
function candidates(ids: string[]): Array<[string, RawRequest]> {
  const paths = (i: number): string =>
    `p${i}: paths(from: "ml-bf-agreement-2004", to: "ne-niger", maxHops: 6, first: 10) { length nodes { id } relations { id } }`;
  return [
    [
      '9 aliased paths(maxHops: 6, first: 10)',
      graphqlPost({ query: `{ ${Array.from({ length: 9 }, (_, i) => paths(i)).join(' ')} }` }),
    ],
    [
      'nodes(200 ids) { relations(first: 48) { to { name } } }',
      graphqlPost({
        query: `{ nodes(ids: ${JSON.stringify(ids.slice(0, 200))}) { id relations(first: 48) { id to { name } } } }`,
      }),
    ],
    [
      'neighborhood(depth: 3, limit: 1500) with names and citations',
      graphqlPost({
        query:
          '{ neighborhood(id: "ml-mali", depth: 3, limit: 1500) { nodes { id nameEn nameFr } relations { id kind } } }',
      }),
    ],
    [
      'listNodes(first: 200) with relations(first: 10) and their sentences',
      graphqlPost({
        query:
          '{ listNodes(first: 200) { edges { node { id relations(first: 10) { sentence sentenceFr: sentence(lang: FR) } } } } }',
      }),
    ],
  ];
}

/**
 * 50 clients send the costliest allowed request for 30 s while one person's cheap query runs
 * alongside: the cheap query's latencies, and what the costly ones got (answers or fast 503s).
 */
export async function costlyVsCheap(
  { baseUrl, pid }: AbuseServerState,
  clients = Number(process.env.LOAD_CLIENTS ?? 50),
  seconds = Number(process.env.LOAD_SECONDS ?? 30),
): Promise<void> {
  console.log(
    `\n== ${clients} clients sending the costliest allowed request for ${seconds} s, a cheap query alongside`,
  );
  const list = JSON.parse((await sendRequest(baseUrl, ALL_IDS_QUERY)).text) as {
    data: { listNodes: { edges: Array<{ node: { id: string } }> } };
  };
  const ids = list.data.listNodes.edges.map((e) => e.node.id);
  let costliest: [string, RawRequest, number] | undefined;
  for (const [name, request] of candidates(ids)) {
    const times: number[] = [];
    let outcome = '';
    for (let i = 0; i < 3; i++) {
      const r = await sendRequest(baseUrl, request, 60_000);
      times.push(r.ms);
      outcome =
        r.status === 200 && !/"errors"/.test(r.text)
          ? `200, ${r.text.length.toLocaleString('en')} bytes`
          : `${r.status} ${r.text.slice(0, 120)}`;
    }
    const median = percentile(times, 50);
    console.log(`  candidate ${name}: ${outcome}, alone ${ms(median)}`);
    if (outcome.startsWith('200') && (!costliest || median > costliest[2]))
      costliest = [name, request, median];
  }
  if (!costliest) throw new Error('no candidate was allowed');
  console.log(`  costliest allowed: ${costliest[0]} (${ms(costliest[2])} alone)`);
  const stop = deadline(seconds);
  const [costly, cheap] = await Promise.all([
    flood(baseUrl, clients, () => costliest![1], stop),
    probeCheapApart(baseUrl, seconds),
  ]);
  console.log(
    `  cheap query: ${cheap.latencies.length} answers, ${cheap.failures} failures; p50 ${ms(percentile(cheap.latencies, 50))}, p99 ${ms(percentile(cheap.latencies, 99))}, max ${ms(Math.max(...cheap.latencies))}`,
  );
  for (const [status, n] of costly.statuses) {
    const l = costly.latencies.get(status) ?? [];
    console.log(`  costly: ${n} × ${status}, p50 ${ms(percentile(l, 50))}, p99 ${ms(percentile(l, 99))}`);
  }
  console.log(`  server RSS after: ${rssMb(pid)} MB`);
}
