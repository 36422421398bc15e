import { readFileSync, statSync } from 'node:fs';
import { graphqlPost, sendRequest, type RawRequest } from '@cadre/testing/abuse';

/** The p-th percentile (0–100) of a list of numbers, or NaN for an empty list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const ms = (n: number): string => (Number.isNaN(n) ? '–' : `${n.toFixed(n < 10 ? 1 : 0)} ms`);

export const CHEAP = graphqlPost({ query: '{ stats { nodes } }' });

/**
 * Sends the cheap query one after another (a person clicking, not a flood) until `until` says
 * stop, and returns each round trip's duration and status.
 */
export async function probeCheap(
  baseUrl: string,
  stop: () => boolean,
  pauseMs = 50,
): Promise<{ latencies: number[]; failures: number }> {
  const latencies: number[] = [];
  let failures = 0;
  while (!stop()) {
    const r = await sendRequest(baseUrl, CHEAP, 10_000).catch(() => undefined);
    if (!r || r.status !== 200) failures++;
    else latencies.push(r.ms);
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return { latencies, failures };
}

/** `clients` loops sending `next()` until `stop()`, counting statuses and latencies. */
export async function flood(
  baseUrl: string,
  clients: number,
  next: () => RawRequest,
  stop: () => boolean,
): Promise<{ statuses: Map<number | string, number>; latencies: Map<number | string, number[]> }> {
  const statuses = new Map<number | string, number>();
  const latencies = new Map<number | string, number[]>();
  const count = (key: number | string, latency: number): void => {
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
    latencies.set(key, [...(latencies.get(key) ?? []), latency].slice(-50_000));
  };
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (!stop()) {
        const started = performance.now();
        const r = await sendRequest(baseUrl, next(), 60_000).catch(() => undefined);
        const key = r ? (r.status === 200 && /"errors"/.test(r.text) ? '200+errors' : r.status) : 'no answer';
        count(key, performance.now() - started);
      }
    }),
  );
  return { statuses, latencies };
}

export const deadline = (seconds: number): (() => boolean) => {
  const end = Date.now() + seconds * 1000;
  return () => Date.now() >= end;
};

/** Where the server's log ends now: `slowRequestsSince` reads what is written after it. */
export const logEnd = (logFile: string): number => statSync(logFile).size;

/**
 * The requests the server itself logged as slow (at or over CADRE_SLOW_REQUEST_MS, 1,000 ms by
 * default) since `offset`: how many, and the slowest time. Beside a client's latencies, it says
 * whether a long wait was spent in the server or before it reached the server.
 */
export function slowRequestsSince(logFile: string, offset: number): { count: number; slowestMs: number } {
  // The offset is in bytes (the file's size then): cut the bytes, then decode.
  const text = readFileSync(logFile).subarray(offset).toString('utf8');
  const times = [...text.matchAll(/"Slow request: [^"]* answered in (\d+) ms/g)].map((m) => Number(m[1]));
  return { count: times.length, slowestMs: times.length ? Math.max(...times) : 0 };
}
