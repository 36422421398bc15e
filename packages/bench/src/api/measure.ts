import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

/** One question to one contender: an HTTP request autocannon repeats. */
export interface Target {
  url: string;
  method: 'GET' | 'POST';
  body?: string;
  /** The answering server's process, whose CPU time is read around the loaded run (Linux). */
  pid?: number;
}

export interface Sample {
  /** Median latency of requests sent one at a time. */
  p50: number;
  /** Requests per second with `connections` clients. */
  rps: number;
  /**
   * CPU time (user + system) the server process spent per request of the loaded run, in µs:
   * steadier than req/s on a machine shared with other work. NaN without a pid.
   */
  cpuUs: number;
  errors: number;
}

/** CPU seconds (user + system) a process has used so far, from Linux's /proc. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime, the 14th and 15th fields, in clock ticks (100 a second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const run = (t: Target, connections: number, seconds: number): Promise<autocannon.Result> =>
  autocannon({
    url: t.url,
    method: t.method,
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    ...(t.body ? { body: t.body } : {}),
  });

/** Sends `t` one request at a time for `seconds` on one kept-alive connection: each latency in ms. */
async function sequential(t: Target, seconds: number): Promise<{ latencies: number[]; errors: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const started = performance.now();
    const status = await new Promise<number>((done) => {
      const req = request(
        t.url,
        { method: t.method, agent, headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          res.on('end', () => done(res.statusCode ?? 0));
        },
      );
      req.on('error', () => done(0));
      req.end(t.body);
    });
    latencies.push(performance.now() - started);
    if (status !== 200) errors++;
  }
  agent.destroy();
  return { latencies, errors };
}

/** Requests one at a time for `seconds`, answers discarded: warms the server up before measuring. */
export async function warmUp(t: Target, seconds: number): Promise<void> {
  await sequential(t, seconds);
}

/** p50 at one connection, then throughput at `connections` (32 by default, as in the issue). */
export async function measure(t: Target, seconds: number, connections = 32): Promise<Sample> {
  const single = await sequential(t, Math.max(1, seconds / 2));
  const cpuBefore = t.pid === undefined ? NaN : cpuSeconds(t.pid);
  const loaded = await run(t, connections, seconds);
  const cpu = t.pid === undefined ? NaN : cpuSeconds(t.pid) - cpuBefore;
  return {
    p50: median(single.latencies),
    rps: loaded.requests.average,
    cpuUs: (1e6 * cpu) / loaded.requests.total,
    errors: single.errors + loaded.errors + loaded.non2xx,
  };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
