import autocannon from 'autocannon';
import { graphqlPost, rssMb, sendRequest, type AbuseServerState } from '@cadre/testing/abuse';
import { logEnd, slowRequestsSince } from './load-support';

/** The explorer's operations as it sends them (packages/web/src/**), with ids picked at random. */
function explorerMix(ids: string[], relationIds: string[]): () => string {
  const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;
  const node = '__typename id kind type nameEn nameFr validFrom aliases { name source { id } }';
  const operations: Array<[number, () => unknown]> = [
    [
      30,
      () => ({
        query:
          'query SearchNodes($text: String!, $first: Int) { search(text: $text, first: $first) { __typename id kind type nameEn nameFr ... on Instrument { number } } }',
        variables: {
          text: pick([
            'mali',
            'law',
            'décret',
            'unodc',
            'traite',
            '2012-023',
            'committee',
            'niger',
            'training',
          ]),
          first: 8,
        },
      }),
    ],
    [
      25,
      () => ({
        query: `query Neighborhood($id: ID!, $asOf: PartialDate, $limit: Int) { neighborhood(id: $id, depth: 1, asOf: $asOf, limit: $limit) { truncated nodes { ${node} } relations { id kind inferred from { id } to { id } } } }`,
        variables: { id: pick(ids), limit: 500 },
      }),
    ],
    [
      20,
      () => ({
        query:
          'query NodeDetails($id: ID!) { node(id: $id) { __typename id kind type nameEn nameFr validFrom validTo aliases { name source { id title } } sources { quote verbatim confidence source { id title type publishedOn url publisher } } } }',
        variables: { id: pick(ids) },
      }),
    ],
    [
      10,
      () => ({
        query:
          'query RelationDetails($id: ID!) { relation(id: $id) { id kind inferred note validFrom validTo sentenceEn: sentence(lang: EN) sentenceFr: sentence(lang: FR) from { id nameEn } to { id nameEn } sources { quote verbatim confidence source { id title } } } }',
        variables: { id: pick(relationIds) },
      }),
    ],
    [
      8,
      () => ({
        query:
          'query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) { length explanationEn: explanation(lang: EN) explanationFr: explanation(lang: FR) nodes { id nameEn } relations { id kind inferred from { id } to { id } } } }',
        variables: ((from: string) => ({ from, to: pick(ids.filter((id) => id !== from)) }))(pick(ids)),
      }),
    ],
    [
      5,
      () => ({
        query:
          'query Welcome($suggested: [ID!]!) { stats { nodes relations citations sources nodesByKind { kind count } } nodes(ids: $suggested) { id kind type nameEn nameFr } }',
        variables: { suggested: ids.slice(0, 6) },
      }),
    ],
    [
      2,
      () => ({
        query:
          'query Vocabulary { vocabulary { nodeKinds { kind labelEn: label(lang: EN) labelFr: label(lang: FR) types { type labelEn: label(lang: EN) } } relationKinds { kind labelEn: label(lang: EN) verbEn: verb(lang: EN) } } }',
      }),
    ],
  ];
  const total = operations.reduce((n, [w]) => n + w, 0);
  return () => {
    let r = Math.random() * total;
    for (const [weight, make] of operations) if ((r -= weight) < 0) return JSON.stringify(make());
    return JSON.stringify(operations[0]![1]());
  };
}

/** 200 clients × 60 s of the explorer's real mix, through autocannon: errors and latency percentiles. */
export async function realMix(
  { baseUrl, pid, logFile }: AbuseServerState,
  connections = Number(process.env.LOAD_CLIENTS ?? 200),
  duration = Number(process.env.LOAD_SECONDS ?? 60),
): Promise<void> {
  console.log(`\n== ${connections} clients × ${duration} s of the explorer's real mix`);
  const data = JSON.parse(
    (
      await sendRequest(
        baseUrl,
        graphqlPost({
          query: '{ listNodes(first: 200) { edges { node { id relations(first: 5) { id } } } } }',
        }),
      )
    ).text,
  ) as { data: { listNodes: { edges: Array<{ node: { id: string; relations: Array<{ id: string }> } }> } } };
  const ids = data.data.listNodes.edges.map((e) => e.node.id);
  const relationIds = data.data.listNodes.edges.flatMap((e) => e.node.relations.map((r) => r.id));
  const next = explorerMix(ids, relationIds);
  let graphqlErrors = 0;
  const errorCodes = new Map<string, number>();
  const logOffset = logEnd(logFile);
  const result = await autocannon({
    url: `${baseUrl}/graphql`,
    connections,
    duration,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        setupRequest: (request) => ({ ...request, body: next() }),
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"errors"')) {
            graphqlErrors++;
            const code = /"code":"(\w+)"/.exec(body)?.[1] ?? '?';
            errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
          }
        },
      },
    ],
  });
  const l = result.latency;
  console.log(
    `  ${result.requests.total.toLocaleString('en')} requests (${Math.round(result.requests.average)}/s); non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}, GraphQL errors ${graphqlErrors}${graphqlErrors ? ` ${JSON.stringify(Object.fromEntries(errorCodes))}` : ''}`,
  );
  console.log(
    `  latency p50 ${l.p50} ms, p90 ${l.p90} ms, p99 ${l.p99} ms, max ${l.max} ms; server RSS after ${rssMb(pid)} MB`,
  );
  // autocannon's maximum has reached several seconds in the first seconds of a run while the
  // server logged no request over one second: that wait was the client's, not the server's.
  const slow = slowRequestsSince(logFile, logOffset);
  console.log(
    `  the server's own log: ${slow.count} requests logged as slow (CADRE_SLOW_REQUEST_MS, 1,000 ms by default)${slow.count ? ` (slowest ${slow.slowestMs} ms)` : ''}`,
  );
}
