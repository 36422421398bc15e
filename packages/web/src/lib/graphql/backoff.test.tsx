import { backoffDelay, parseRetryAfter } from './backoff';

const noJitter = { random: () => 0 };

describe('when the explorer asks the API again', () => {
  it('waits 1 s, 2 s, 4 s… doubling up to 30 s', () => {
    const schedule = Array.from({ length: 8 }, (_, attempt) => backoffDelay(attempt, undefined, noJitter));
    expect(schedule).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('shortens each wait by up to a fifth at random, never lengthens it', () => {
    expect(backoffDelay(2, undefined, { random: () => 0.999999 })).toBe(3_200);
    expect(backoffDelay(2, undefined, { random: () => 0.5 })).toBe(3_600);
    expect(backoffDelay(9, undefined, { random: () => 0.5 })).toBe(27_000);
    for (let i = 0; i < 50; i++) {
      const delay = backoffDelay(i % 7, undefined);
      expect(delay).toBeLessThanOrEqual(Math.min(30_000, 1_000 * 2 ** (i % 7)));
      expect(delay).toBeGreaterThanOrEqual(0.8 * Math.min(30_000, 1_000 * 2 ** (i % 7)));
    }
  });

  it('believes a server that said when to come back, within reason', () => {
    expect(backoffDelay(0, 45_000, noJitter)).toBe(45_000);
    expect(backoffDelay(5, 2_000, noJitter)).toBe(2_000);
    expect(backoffDelay(0, 3 * 3_600_000, noJitter)).toBe(600_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.UTC(2026, 11, 1, 3, 0, 0);
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 03:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 02:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
