import { rmSync } from 'node:fs';
import { readServerState } from './server-state';

/** Stops the server global-setup started (by its pid) and removes the state file. */
export default async function globalTeardown(): Promise<void> {
  let pid: number;
  let logFile: string;
  try {
    ({ pid, logFile } = readServerState());
  } catch {
    return; // setup failed before starting anything
  }
  if (pid > 0) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
    // Wait (bounded) for it to exit so the port is free for the next run.
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      try {
        process.kill(pid, 0);
        await new Promise((r) => setTimeout(r, 100));
      } catch {
        break;
      }
    }
  }
  rmSync(process.env.CADRE_E2E_STATE!, { force: true });
  rmSync(logFile, { force: true });
}
