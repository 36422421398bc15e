import { retryTransient, retryWhile } from '../neo4j-executor';

/** A driver-like error carrying a Neo4j status code. */
const refused = (code: string): Error => Object.assign(new Error(code), { code });
const outdated = 'Neo.TransientError.Transaction.Outdated';

describe('retryTransient (runEach: queries Neo4j refused for now are run again)', () => {
  it('runs the work again after a transient refusal, and answers what the retry answers', async () => {
    let calls = 0;
    const answer = await retryTransient(async () => {
      calls += 1;
      if (calls < 3) throw refused(outdated);
      return 'done';
    }, 5_000);
    expect(answer).toBe('done');
    expect(calls).toBe(3);
  });

  it('throws at once what is not transient (a wrong query, no server)', async () => {
    for (const code of ['Neo.ClientError.Statement.SyntaxError', 'ServiceUnavailable']) {
      let calls = 0;
      await expect(
        retryTransient(async () => {
          calls += 1;
          throw refused(code);
        }, 5_000),
      ).rejects.toThrow(code);
      expect(calls).toBe(1);
    }
  });

  it('gives up with the last refusal once the time is spent', async () => {
    let calls = 0;
    await expect(
      retryTransient(async () => {
        calls += 1;
        throw refused(outdated);
      }, 400),
    ).rejects.toThrow(outdated);
    // 100 + 200 ms of backoff fit in 400 ms, the next 400 ms would not (a slow machine may
    // spend the time in fewer calls, never in more).
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(calls).toBeLessThanOrEqual(3);
  });
});

describe('retryWhile (readQuery: reads the driver calls retryable are run again)', () => {
  it('retries what the predicate accepts and throws the rest at once', async () => {
    const seen: string[] = [];
    const retryable = (e: unknown): boolean => (e as { code?: string }).code === 'SessionExpired';
    let calls = 0;
    const answer = await retryWhile(
      retryable,
      async () => {
        calls += 1;
        if (calls === 1) throw refused('SessionExpired');
        return 'read';
      },
      5_000,
    );
    expect(answer).toBe('read');
    expect(calls).toBe(2);
    await expect(
      retryWhile(
        retryable,
        async () => {
          seen.push('called');
          throw refused('Neo.ClientError.Statement.SyntaxError');
        },
        5_000,
      ),
    ).rejects.toThrow('SyntaxError');
    expect(seen).toHaveLength(1);
  });
});
