import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What global-setup hands to the specs and to global-teardown (they run in other processes). */
export interface ServerState {
  baseUrl: string;
  pid: number;
  /** The server's stdout and stderr. */
  logFile: string;
}

/** One file per Jest run (keyed by the run's parent pid), so parallel runs do not mix. */
export const STATE_FILE =
  process.env.CADRE_E2E_STATE ?? join(tmpdir(), `cadre-e2e-${process.ppid}-${process.pid}.json`);

export function readServerState(): ServerState {
  const file = process.env.CADRE_E2E_STATE;
  if (!file)
    throw new Error(
      'CADRE_E2E_STATE is not set: run the e2e specs through Jest (npx jest --selectProjects e2e), whose global setup starts the server',
    );
  return JSON.parse(readFileSync(file, 'utf8')) as ServerState;
}

export const baseUrl = (): string => readServerState().baseUrl;
