import { graphqlPost, rssMb, sendRequest, type AbuseServerState } from '@cadre/testing/abuse';
import { ms } from './load-support';

const nest = (levels: number): string => (levels === 0 ? 'id' : `relations{to{${nest(levels - 1)}}}`);

/**
 * The deep query (five levels of relations under Mali), one level less, and deeper ones,
 * each sent alone: status, code, time, answer size, and the server's memory after each.
 */
export async function deepQueries({ baseUrl, pid }: AbuseServerState): Promise<void> {
  console.log(`\n== Deep queries (server RSS at start ${rssMb(pid)} MB)`);
  const cases: Array<[string, string]> = [
    ...[2, 3, 4, 5, 6, 8, 10].map((n): [string, string] => [
      `${n} levels of relations`,
      `{node(id:"ml-mali"){${nest(n)}}}`,
    ]),
    [
      '3 levels, each relations(first: 48)',
      `{node(id:"ml-mali"){relations(first:48){to{relations(first:48){to{relations(first:48){to{id}}}}}}}}`,
    ],
    [
      '3 levels, each relations(first: 25)',
      `{node(id:"ml-mali"){relations(first:25){to{relations(first:25){to{relations(first:25){to{id}}}}}}}}`,
    ],
  ];
  for (const [name, query] of cases) {
    const r = await sendRequest(baseUrl, graphqlPost({ query }), 120_000);
    const body = JSON.parse(r.text) as { errors?: Array<{ extensions?: { code?: string } }> };
    console.log(
      `${name.padEnd(38)} ${String(query.length).padStart(4)} bytes → ${r.status} ${body.errors?.[0]?.extensions?.code ?? 'data'}, ${ms(r.ms)}, ${r.text.length.toLocaleString('en')} bytes; RSS ${rssMb(pid)} MB`,
    );
  }
}
