import { writeFileSync } from 'node:fs';
import { ABUSE_STATE_FILE, startAbuseServer } from './abuse-server';

/** Starts one real server for the abuse tier (see abuse-server.ts). */
export default async function globalSetup(): Promise<void> {
  const state = await startAbuseServer(`${ABUSE_STATE_FILE}.log`);
  writeFileSync(ABUSE_STATE_FILE, JSON.stringify(state));
  process.env.CADRE_ABUSE_STATE = ABUSE_STATE_FILE;
}
