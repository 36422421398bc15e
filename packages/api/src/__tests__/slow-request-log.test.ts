import { EmbeddedStore } from '@cadre/store';
import { createApolloServer } from '../create-apollo-server';
import { createContext } from '../context';
import { limitsFromEnv } from '../limits/server-limits';
import { serverLogLines as logLines } from './server-log-lines';

const store = EmbeddedStore.fromSeeds();

async function ask(slowRequestMs: number, query: string, requestId: string): Promise<void> {
  const apollo = createApolloServer({ limits: { slowRequestMs } });
  await apollo.start();
  try {
    await apollo.executeOperation({ query }, { contextValue: createContext(store, { requestId }) });
  } finally {
    await apollo.stop();
  }
}

describe('slow-request log', () => {
  it('logs a request over the threshold with its operation, time and request id', async () => {
    // Threshold 0: every request is "slow", so the line is certain whatever the machine's speed.
    const lines = await logLines(() => ask(0, 'query Probe { stats { nodes } }', 'req-slow-1'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'warn', requestId: 'req-slow-1' });
    expect(lines[0]!.message).toMatch(/^Slow request: Probe answered in \d+ ms$/);
  });

  it('says how many errors the slow answer carried, and names an anonymous operation as such', async () => {
    const lines = await logLines(() =>
      ask(0, '{ node(id: "x") { id } search(text: "traite", first: 100000) { id } }', 'req-slow-2'),
    );
    expect(lines.map((l) => l.message)).toEqual([
      expect.stringMatching(/^Slow request: anonymous operation answered in \d+ ms with 1 error$/),
    ]);
  });

  it('logs nothing for a request under the threshold', async () => {
    expect(await logLines(() => ask(60_000, 'query Probe { stats { nodes } }', 'req-fast'))).toEqual([]);
  });

  it('reads CADRE_SLOW_REQUEST_MS, 0 included, and refuses what is not a whole number', () => {
    expect(limitsFromEnv({}).slowRequestMs).toBe(1000);
    expect(limitsFromEnv({ CADRE_SLOW_REQUEST_MS: '0' }).slowRequestMs).toBe(0);
    expect(limitsFromEnv({ CADRE_SLOW_REQUEST_MS: '250' }).slowRequestMs).toBe(250);
    expect(() => limitsFromEnv({ CADRE_SLOW_REQUEST_MS: '1s' })).toThrow(
      /CADRE_SLOW_REQUEST_MS must be a whole number of at least 0/,
    );
  });
});
