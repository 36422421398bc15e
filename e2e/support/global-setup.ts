import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { STATE_FILE, type ServerState } from './server-state';

const ROOT = resolve(__dirname, '../..');
const MAIN = resolve(ROOT, 'packages/api/dist/main.js');
const WEB_INDEX = resolve(ROOT, 'packages/web/dist/index.html');
const STARTUP_TIMEOUT_MS = 30_000;

function freePort(): Promise<number> {
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

async function waitForHealth(
  url: string,
  child: { exitCode: number | null },
  log: () => string,
): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The Cadre server exited with code ${child.exitCode} before it was healthy:\n${log()}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The Cadre server did not answer ${url}/health within ${STARTUP_TIMEOUT_MS} ms:\n${log()}`);
}

/**
 * Starts the real server (API + built explorer) on a free port, as `npm start` would after its
 * build, and tells the specs where it is through a state file named in CADRE_E2E_STATE.
 */
export default async function globalSetup(): Promise<void> {
  for (const [file, what] of [
    [MAIN, 'the API (packages/api/dist/main.js)'],
    [WEB_INDEX, 'the explorer (packages/web/dist/index.html)'],
  ] as const) {
    if (!existsSync(file)) {
      throw new Error(
        `e2e: ${what} is not built. Run \`npm run build\` (tsc --build && vite build) before the e2e tests.`,
      );
    }
  }
  const port = await freePort();
  // The server's output goes to a file (not a pipe), so nothing of it keeps Jest's loop alive.
  const logFile = `${STATE_FILE}.log`;
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child, () => readFileSync(logFile, 'utf8'));
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  child.unref();
  const state: ServerState = { baseUrl, pid: child.pid ?? -1, logFile };
  writeFileSync(STATE_FILE, JSON.stringify(state));
  process.env.CADRE_E2E_STATE = STATE_FILE;
}
