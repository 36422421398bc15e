import { loadSeeds } from '@cadre/model';
import {
  ABUSE_CASES,
  CHEAP_QUERY,
  isAlive,
  leaksIn,
  readAbuseServer,
  requestIdProblems,
  rssMb,
  sendRequest,
  type RawResponse,
} from '@cadre/testing/abuse';

/**
 * The abuse cases against the real server (`packages/api/dist/main.js`, embedded store,
 * default limits), started once for the tier: each gets its 4xx and code, no answer leaks, and
 * the server still answers a cheap query within a second afterwards.
 */
/** What the cheap query must answer: graph-seeds/'s node count, read apart from the server. */
const SEEDED_NODES = loadSeeds().nodes.length;

describe('a real server under abuse', () => {
  const { baseUrl, pid } = readAbuseServer();
  const send = (request: Parameters<typeof sendRequest>[1], timeoutMs?: number): Promise<RawResponse> =>
    sendRequest(baseUrl, request, timeoutMs);
  const firstCode = (r: RawResponse): unknown => {
    try {
      return (JSON.parse(r.text) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]
        ?.extensions?.code;
    } catch {
      return undefined;
    }
  };
  const cheapQueryAnswers = async (): Promise<void> => {
    // Within a second, or the request is abandoned and the test fails.
    const r = await send(CHEAP_QUERY, 1000);
    expect([r.status, r.text]).toEqual([200, `{"data":{"stats":{"nodes":${SEEDED_NODES}}}}\n`]);
  };

  it.each(ABUSE_CASES.map((c) => [c.name, c] as const))(
    'answers %s as a client mistake',
    async (_name, c) => {
      const r = await send(c.request);
      expect([c.status].flat()).toContain(r.status);
      if (c.code) expect([c.code].flat()).toContain(firstCode(r));
      expect(leaksIn(r)).toEqual([]);
      // Node answers an oversized header itself, before the application sees the request.
      if (r.status !== 431) expect(requestIdProblems(r)).toEqual([]);
      await cheapQueryAnswers();
    },
  );

  it('answers a legacy application/json client 200 for request errors, as the spec says', async () => {
    const deep = ABUSE_CASES.find((c) => c.code === 'QUERY_TOO_COSTLY')!;
    const r = await send({
      ...deep.request,
      headers: { ...deep.request.headers, accept: 'application/json' },
    });
    expect([r.status, firstCode(r)]).toEqual([200, 'QUERY_TOO_COSTLY']);
  });

  it('still answers a cheap query within a second while every abuse case arrives at once, three times over', async () => {
    const flood = Promise.all(
      [1, 2, 3].flatMap(() => ABUSE_CASES.map((c) => send(c.request).then((r) => r.status))),
    );
    await cheapQueryAnswers();
    const statuses = await flood;
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    await cheapQueryAnswers();
  });

  it('is alive at the end, and says how much memory it holds', () => {
    expect(isAlive(pid)).toBe(true);
    console.log(
      `abuse tier: server RSS ${rssMb(pid) ?? '?'} MB after ${ABUSE_CASES.length * 4 + 2} abusive requests`,
    );
  });
});
