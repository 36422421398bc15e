/**
 * When to ask the API again after it could not be reached. Hand-written rather than taken from a
 * library: it is one formula, and the query client's own `retry` cannot be used for it, because a
 * query that retries keeps its first failure hidden until the last attempt (see api-outage.ts).
 */
export interface BackoffOptions {
  /** The first wait, in ms. Default 1 000. */
  baseMs?: number;
  /** The longest wait, in ms. Default 30 000. */
  capMs?: number;
  /** How much of each wait is random, 0–1 (so that many open explorers do not all ask at once). Default 0.2. */
  jitter?: number;
  /** Number in [0, 1); default Math.random. */
  random?: () => number;
}

/**
 * The wait before retry number `attempt` (0 for the first): 1 s, 2 s, 4 s… up to 30 s, each
 * shortened by up to `jitter` of itself, never lengthened, so "Retrying in N s" is never an
 * understatement. A server that said when to come back (Retry-After) is believed instead.
 */
export function backoffDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  { baseMs = 1_000, capMs = 30_000, jitter = 0.2, random = Math.random }: BackoffOptions = {},
): number {
  if (retryAfterMs !== undefined) return Math.min(Math.max(retryAfterMs, 0), MAX_RETRY_AFTER_MS);
  const full = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(full * (1 - jitter * random()));
}

/** A Retry-After far in the future is more likely a mistake than a plan: wait ten minutes at most. */
const MAX_RETRY_AFTER_MS = 10 * 60_000;

/**
 * A Retry-After header's value in ms from `now`: either seconds ("120") or an HTTP date. Undefined
 * when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1_000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
