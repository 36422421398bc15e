import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The SDL files of packages/api/src/schema, read from the source tree (dist has no copy). */
export const SCHEMA_DIR = resolve(__dirname, '../../src/schema');

export function loadTypeDefs(dir: string = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}
