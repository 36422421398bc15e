import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSeeds } from '../../seeds/load-seeds';
import { formatSeedIssue } from '../../seeds/seed-issue';

export const GOOD_SEEDS = join(__dirname, '../fixtures/good-seeds');

/**
 * Writable copies of the good fixture, each with one file changed; `cleanUp` removes them all
 * (call it in afterAll).
 */
export function brokenSeeds(): {
  copy: (file: string, edit: (text: string) => string) => string;
  messages: (dir: string) => string[];
  cleanUp: () => void;
} {
  const dirs: string[] = [];
  return {
    copy: (file, edit) => {
      const dir = mkdtempSync(join(tmpdir(), 'cadre-seeds-'));
      cpSync(GOOD_SEEDS, dir, { recursive: true });
      const path = join(dir, file);
      writeFileSync(path, edit(readFileSync(path, 'utf8')));
      dirs.push(dir);
      return dir;
    },
    messages: (dir) => checkSeeds(dir).issues.map(formatSeedIssue),
    cleanUp: () => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })),
  };
}
