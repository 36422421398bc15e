import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const MAIN = resolve(ROOT, 'packages/api/dist/main.js');

/** What the abuse tier's global setup hands to its test files (they run in other processes). */
export interface AbuseServerState {
  baseUrl: string;
  pid: number;
  logFile: string;
}

export const ABUSE_STATE_FILE =
  process.env.CADRE_ABUSE_STATE ?? join(tmpdir(), `cadre-abuse-${process.ppid}-${process.pid}.json`);

export function readAbuseServer(): AbuseServerState {
  const file = process.env.CADRE_ABUSE_STATE;
  if (!file)
    throw new Error('CADRE_ABUSE_STATE is not set: run the abuse tier through Jest (npm run test:abuse)');
  return JSON.parse(readFileSync(file, 'utf8')) as AbuseServerState;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object' ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

/**
 * Starts the built server (`npm start` without its build) on a free port with the embedded store
 * and the default limits, its output in `logFile`, and waits for /health.
 */
export async function startAbuseServer(
  logFile: string,
  env: NodeJS.ProcessEnv = {},
): Promise<AbuseServerState> {
  if (!existsSync(MAIN))
    throw new Error('The API is not built (packages/api/dist/main.js): run `npm run build` first.');
  const port = await freePort();
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: '', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null)
      throw new Error(
        `The server exited (${child.exitCode}) before it was healthy:\n${readFileSync(logFile, 'utf8')}`,
      );
    const ok = await fetch(`${baseUrl}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      child.unref();
      return { baseUrl, pid: child.pid ?? -1, logFile };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error(`The server did not become healthy:\n${readFileSync(logFile, 'utf8')}`);
}

/** Whether the process still runs (signal 0 only checks). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resident memory of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}
