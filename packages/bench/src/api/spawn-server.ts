import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '@cadre/testing/abuse';

export interface RunningServer {
  baseUrl: string;
  child: ChildProcess;
  stop(): void;
}

/**
 * Starts `script` with node on a free port (PORT, HOST) and waits until `probe` answers 200.
 * NODE_ENV is not inherited: each contender sets its own mode (Cadre's main.ts defaults to production).
 */
export async function spawnServer(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  probe: (baseUrl: string) => Promise<boolean>,
  cwd?: string,
): Promise<RunningServer> {
  const port = await freePort();
  const inherited = { ...process.env };
  delete inherited.NODE_ENV;
  const child = spawn(process.execPath, [script, ...args], {
    cwd,
    env: { ...inherited, NEO4J_URI: '', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = (): void => {
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${script} ${args.join(' ')} exited (${child.exitCode})`);
    if (await probe(baseUrl).catch(() => false)) return { baseUrl, child, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`${script} did not answer`);
}

/** A GraphQL POST that answers 200 means ready. */
export const graphqlReady = async (baseUrl: string): Promise<boolean> =>
  (
    await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{__typename}' }),
    })
  ).status === 200;
