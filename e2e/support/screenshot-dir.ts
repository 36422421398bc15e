import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where the screenshot specs write. The pictures in docs/ change only when asked for
 * (CADRE_UPDATE_SCREENSHOTS=1), so an ordinary test run still renders every view but leaves the
 * working tree clean.
 */
export function screenshotDir(): string {
  const dir =
    process.env.CADRE_UPDATE_SCREENSHOTS === '1'
      ? resolve(__dirname, '../../docs/screenshots')
      : join(tmpdir(), 'cadre-screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}
