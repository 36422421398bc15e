import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadSeeds } from '@cadre/model';
import { EmbeddedStore, type GraphStore } from '@cadre/store';
import { createApolloServer } from '../create-apollo-server';
import { createHttpApp } from '../http/create-http-app';
import { DEFAULT_LIMITS, type ServerLimits } from '../limits/server-limits';

/** A real HTTP server on a free port around the API, for one describe block. */
function serve(options: { store?: GraphStore; limits?: Partial<ServerLimits> } = {}) {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const apollo = createApolloServer({ limits });
  const store = options.store ?? EmbeddedStore.fromSeeds();
  const at = { url: '', http: undefined as Server | undefined };
  beforeAll(async () => {
    await apollo.start();
    at.http = createServer(createHttpApp({ apollo, store, limits, webDist: '/nonexistent' }));
    await new Promise<void>((resolve) => at.http!.listen(0, '127.0.0.1', resolve));
    at.url = `http://127.0.0.1:${(at.http.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await apollo.stop();
    await new Promise((resolve) => at.http!.close(resolve));
  });
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${at.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...headers,
      },
      body,
    });
  return { at, post };
}

/** What `{stats{nodes}}` must answer: the node count of graph-seeds/, read independently of the store. */
const SEEDED_NODES = loadSeeds().nodes.length;

const errorsOf = async (res: Response) =>
  ((await res.json()) as { errors?: Array<{ message: string; extensions: Record<string, unknown> }> })
    .errors ?? [];

describe('HTTP hardening', () => {
  const { at, post } = serve();

  it.each(['/', '/graphql?query=%7Bstats%7Bnodes%7D%7D', '/health', '/nowhere'])(
    'sends the security headers on %s',
    async (path) => {
      const res = await fetch(`${at.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).not.toMatch(/upgrade-insecure-requests/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('strict-transport-security')).toBeNull();
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    },
  );

  it('sends a GraphQL POST (answered around Express) every header Express sends on /health', async () => {
    // What differs by answer, not by route: its body (and its ETag), its time and its id.
    const ownHeaders = new Set([
      'content-type',
      'content-length',
      'etag',
      'date',
      'connection',
      'keep-alive',
      'x-request-id',
    ]);
    const viaExpress = await fetch(`${at.url}/health`);
    const viaPost = await post('{"query":"{stats{nodes}}"}');
    const shared = [...viaExpress.headers].filter(([name]) => !ownHeaders.has(name));
    expect(shared.length).toBeGreaterThan(5);
    expect(shared.map(([name]) => [name, viaPost.headers.get(name)])).toEqual(shared);
    expect(viaPost.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // No client revalidates a POST: its answer is not hashed for an ETag.
    expect(viaPost.headers.get('etag')).toBeNull();
  });

  it("gives a GraphQL POST's answer the Content-Length of its bytes, accents included", async () => {
    const res = await post('{"query":"{ search(text: \\"décret\\") { name(lang: FR) } }"}');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.status).toBe(200);
    // Accented names: more bytes than characters, so a length counted in characters would be short.
    expect(bytes.toString('utf8')).toMatch(/é/);
    expect(bytes.length).toBeGreaterThan(bytes.toString('utf8').length);
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
  });

  it('refuses a GET that a page on another site could send (CSRF), and runs one that carries the preflight header', async () => {
    const plain = await fetch(`${at.url}/graphql?query=%7Bstats%7Bnodes%7D%7D`);
    expect(plain.status).toBe(400);
    expect((await errorsOf(plain))[0]?.message).toMatch(/Cross-Site Request Forgery/);
    const preflighted = await fetch(`${at.url}/graphql?query=%7Bstats%7Bnodes%7D%7D`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await preflighted.json()).toEqual({ data: { stats: { nodes: SEEDED_NODES } } });
  });

  it('answers malformed JSON with a 400 in JSON that carries the request id of its header', async () => {
    const res = await post('{"query":');
    expect(res.status).toBe(400);
    const id = res.headers.get('x-request-id');
    expect(await errorsOf(res)).toEqual([
      { message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST', requestId: id } },
    ]);
  });

  it("keeps a caller's plain request id, and replaces one that is not plain", async () => {
    const kept = await post('{"query":"{stats{nodes}}"}', { 'x-request-id': 'trace-1234567890' });
    expect(kept.headers.get('x-request-id')).toBe('trace-1234567890');
    const replaced = await post('{"query":"{stats{nodes}}"}', { 'x-request-id': 'a b <c>' });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers the client mistakes that used to be 500s with 400s (GraphQL response media type)', async () => {
    for (const body of [
      { query: 'query($d:PartialDate){listNodes(dateFrom:$d){totalCount}}', variables: { d: '2012-13-45' } },
      { query: 'query($f:Int){search(text:"a",first:$f){id}}', variables: { f: 1.5 } },
      { query: '{...A} fragment A on Query{...B} fragment B on Query{...A}' },
      { query: '{stats{nodes}}', operationName: 'Nope' },
      { query: 'query($f:Int!){search(text:"a",first:$f){id}}', variables: { f: null } },
    ]) {
      const res = await post(JSON.stringify(body));
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(JSON.stringify(await errorsOf(res))).not.toMatch(/stacktrace|node_modules|\/work\//);
    }
  });
});

describe('errors the server did not expect', () => {
  const logged: string[] = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((line: string) => void logged.push(line));
  afterAll(() => spy.mockRestore());
  const broken = EmbeddedStore.fromSeeds();
  broken.stats = async () => {
    throw new TypeError("Cannot read properties of undefined (reading 'nodes')");
  };
  const { post } = serve({ store: broken });

  it('are answered "Internal server error" with the request id, and logged with their stack under that id', async () => {
    const res = await post('{"query":"{stats{nodes}}"}');
    const id = res.headers.get('x-request-id');
    expect(await errorsOf(res)).toEqual([
      {
        message: 'Internal server error',
        locations: [{ line: 1, column: 2 }],
        path: ['stats'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: id },
      },
    ]);
    const line = JSON.parse(logged.find((l) => l.includes(String(id)))!) as Record<string, string>;
    expect(line).toMatchObject({
      level: 'error',
      requestId: id,
      error: expect.stringMatching(/Cannot read properties/),
    });
    expect(line.stack).toMatch(/TypeError/);
  });
});

describe('introspection turned off (CADRE_INTROSPECTION=false)', () => {
  const { post } = serve({ limits: { introspection: false } });

  it('refuses introspection and gives no "did you mean" hints', async () => {
    const introspection = await post('{"query":"{__schema{types{name}}}"}');
    expect(introspection.status).toBe(400);
    const guess = await errorsOf(await post('{"query":"{stat{nodes}}"}'));
    expect(guess[0]?.message).toBe('Cannot query field "stat" on type "Query".');
    const answer = await post('{"query":"{stats{nodes}}"}');
    expect(await answer.json()).toEqual({ data: { stats: { nodes: SEEDED_NODES } } });
  });
});

describe('the expensive lane over HTTP, on the embedded store (whose store calls settle at once)', () => {
  const { post } = serve({ limits: { expensiveConcurrency: 1, expensiveQueue: 0 } });
  // Expensive by its cost estimate: 200 nodes with ten relations' sentences in two languages.
  const costly = JSON.stringify({
    query:
      '{ listNodes(first: 200) { edges { node { id relations(first: 10) { sentence fr: sentence(lang: FR) } } } } }',
  });

  it('lets one run and refuses the others at once with SERVER_BUSY, while a cheap query still answers', async () => {
    const answers = await Promise.all([
      ...Array.from({ length: 6 }, () => post(costly)),
      post(JSON.stringify({ query: '{ stats { nodes } }' })),
    ]);
    const statuses = answers.map((r) => r.status);
    // Before sentences were charged as work, this page cost 5,610 (under the lane's 30,000): all six
    // ran, one after the other on the event loop, and 50 clients of it held a cheap query 1.6 s.
    expect(statuses.slice(0, 6).filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    const busy = answers.slice(0, 6).filter((r) => r.status === 503);
    expect(busy.length).toBeGreaterThanOrEqual(1);
    for (const r of busy) {
      expect(r.headers.get('retry-after')).toBe('1');
      expect((await errorsOf(r))[0]?.extensions.code).toBe('SERVER_BUSY');
    }
    expect(statuses[6]).toBe(200);
    expect(await answers[6]!.json()).toEqual({ data: { stats: { nodes: SEEDED_NODES } } });
  });
});
