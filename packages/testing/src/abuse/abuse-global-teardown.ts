import { rmSync } from 'node:fs';
import { isAlive, readAbuseServer } from './abuse-server';

export default async function globalTeardown(): Promise<void> {
  const { pid, logFile } = readAbuseServer();
  if (isAlive(pid)) process.kill(pid, 'SIGTERM');
  rmSync(process.env.CADRE_ABUSE_STATE!, { force: true });
  // The log stays when the run failed, for whoever reads why; otherwise it goes.
  if (process.exitCode === undefined || process.exitCode === 0) rmSync(logFile, { force: true });
}
