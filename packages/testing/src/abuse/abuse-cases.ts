import { graphqlPost, type RawRequest } from './send-request';

/** One abusive request and the answer it must get: a client's mistake is a 4xx with this code. */
export interface AbuseCase {
  name: string;
  request: RawRequest;
  /** The status, or the statuses that are each right (a body may be refused as too large first). */
  status: number | number[];
  /** The first error's `extensions.code`, when the answer is a GraphQL error. */
  code?: string | string[];
}

const nest = (levels: number, leaf = 'id'): string =>
  levels === 0 ? leaf : `relations { to { ${nest(levels - 1, leaf)} } }`;

const aliases = (count: number, field: string, gap = ' '): string =>
  `{${gap}${Array.from({ length: count }, (_, i) => `a${i}:${gap}${field}`).join(gap)}${gap}}`;

/** Fragments F0..F(n-1), each spreading the next `fanOut` times: the expansion is fanOut^n. */
function fragmentFanOut(levels: number, fanOut: number): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on Query { stats { nodes } }`
      : `fragment F${i} on Query { ${Array(fanOut)
          .fill(`...F${i + 1}`)
          .join(' ')} }`,
  );
  return `{ ...F0 } ${fragments.join(' ')}`;
}

const PATHS = 'paths(from: "ml-law-2012-023", to: "un-untoc", maxHops: 6, first: 10) { length }';

/**
 * The abuse cases of the issue (and their neighbours), sent to a real server by the abuse tier.
 * Answers are asked as `application/graphql-response+json`, which gets 4xx for request errors
 * (a legacy `application/json` client gets 200, as the GraphQL-over-HTTP spec says; the tier
 * checks that too).
 */
export const ABUSE_CASES: AbuseCase[] = [
  {
    name: 'the 99-byte deep query of the issue',
    request: graphqlPost({ query: `{node(id:"ml-mali"){${nest(5).replace(/ /g, '')}}}` }),
    status: 400,
    code: 'QUERY_TOO_COSTLY',
  },
  {
    name: 'the same query one level less (65 s and 30 MB before)',
    request: graphqlPost({ query: `{ node(id: "ml-mali") { ${nest(4)} } }` }),
    status: 400,
    code: 'QUERY_TOO_COSTLY',
  },
  {
    name: 'a deeper one, past the depth limit',
    request: graphqlPost({ query: `{ node(id: "ml-mali") { ${nest(12)} } }` }),
    status: 400,
    code: 'QUERY_TOO_DEEP',
  },
  {
    name: '1,800 aliased paths(maxHops: 6, first: 10)',
    request: graphqlPost({ query: aliases(1800, PATHS) }),
    status: [400, 413],
    code: ['QUERY_TOO_LARGE', 'TOO_MANY_ALIASES', 'BAD_REQUEST'],
  },
  {
    name: '31 aliased paths (one more than allowed)',
    request: graphqlPost({ query: aliases(31, PATHS) }),
    status: 400,
    code: 'TOO_MANY_ALIASES',
  },
  {
    name: '5,000 aliases of a cheap field',
    request: graphqlPost({ query: aliases(5000, 'stats{nodes}', '') }),
    status: 400,
    code: 'QUERY_TOO_LARGE',
  },
  {
    name: 'more than 10,000 query nodes',
    request: graphqlPost({ query: `{ stats { ${Array(10_001).fill('nodes').join(' ')} } }` }),
    status: 400,
    code: 'QUERY_TOO_LARGE',
  },
  {
    name: 'a fragment cycle',
    request: graphqlPost({ query: '{...A} fragment A on Query{...B} fragment B on Query{...A}' }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a fragment spread 27,000 times over four levels',
    request: graphqlPost({ query: fragmentFanOut(4, 30) }),
    status: 400,
    code: 'QUERY_TOO_COSTLY',
  },
  {
    name: 'a fragment spread 10^6 times over seven levels',
    request: graphqlPost({ query: fragmentFanOut(7, 10) }),
    status: 400,
    code: ['QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY'],
  },
  {
    name: 'a malformed PartialDate variable',
    request: graphqlPost({
      query: 'query($d:PartialDate){listNodes(dateFrom:$d){totalCount}}',
      variables: { d: '2012-13-45' },
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a float for an Int variable',
    request: graphqlPost({
      query: 'query($f:Int){search(text:"a",first:$f){id}}',
      variables: { f: 1.5 },
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'null for a non-null variable',
    request: graphqlPost({
      query: 'query($id:ID!){node(id:$id){id}}',
      variables: { id: null },
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'variables that are not an object',
    request: graphqlPost({ query: '{stats{nodes}}', variables: 'x' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'an unknown operationName',
    request: graphqlPost({ query: '{stats{nodes}}', operationName: 'Nope' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'a query that is not a string',
    request: graphqlPost({ query: 42 }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'an argument over its cap',
    request: graphqlPost({ query: '{ node(id: "ml-mali") { relations(first: 501) { id } } }' }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    // Six aliased relations on each of 200 nodes: the 1,001st store call fails, the nodes left
    // fail at once, and graphql-js gives up on fields it had already started (a non-null parent
    // fails first), whose promises then reject with no one listening. That stopped the server.
    name: 'more store calls than the budget, some on fields the executor gave up',
    request: graphqlPost({
      query: `{ listNodes(first: 200) { edges { node { ${[10, 9, 8, 7, 6, 5].map((n, i) => `r${i}: relations(first: ${n}) { id }`).join(' ')} } } } }`,
    }),
    status: 200,
    code: 'STORE_BUDGET_EXCEEDED',
  },
  { name: 'truncated JSON', request: graphqlPost('{"query":'), status: 400, code: 'BAD_REQUEST' },
  { name: 'a JSON string body', request: graphqlPost('"x"'), status: 400, code: 'BAD_REQUEST' },
  { name: 'a batch (not supported)', request: graphqlPost([{ query: '{stats{nodes}}' }]), status: 400 },
  { name: 'an empty object', request: graphqlPost({}), status: 400, code: 'BAD_REQUEST' },
  {
    name: 'a body of 200 kB',
    request: graphqlPost({ query: `{stats{nodes}} # ${'x'.repeat(200_000)}` }),
    status: 413,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a body of 5 MB',
    request: graphqlPost(`{"query":"${'a'.repeat(5_000_000)}"}`),
    status: 413,
    code: 'BAD_REQUEST',
  },
  {
    name: 'deeply nested JSON variables',
    request: graphqlPost(
      `{"query":"{stats{nodes}}","variables":{"v":${'['.repeat(5000)}${']'.repeat(5000)}}}`,
    ),
    status: 200,
  },
  {
    name: 'a charset other than UTF-8',
    request: {
      ...graphqlPost({ query: '{stats{nodes}}' }),
      headers: { 'content-type': 'application/json; charset=latin1' },
    },
    status: 415,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a form post from another site (CSRF)',
    request: {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7Bstats%7Bnodes%7D%7D',
    },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a plain GET (CSRF)',
    request: { method: 'GET', path: '/graphql?query=%7Bstats%7Bnodes%7D%7D' },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a PUT',
    request: { method: 'PUT', path: '/graphql', headers: { 'content-type': 'application/json' }, body: '{}' },
    status: 405,
  },
  {
    name: 'a syntax error with control characters',
    request: graphqlPost({ query: '{ stats { nodes \u0000\u0007 } }' }),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    name: 'a header of 20 kB',
    request: { method: 'GET', path: '/health', headers: { 'x-junk': 'x'.repeat(20_000) } },
    status: 431,
  },
];

/** A cheap query that must stay fast whatever else arrives. */
export const CHEAP_QUERY = graphqlPost({ query: '{ stats { nodes } }' });
