import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const WEB_DIST = resolve(__dirname, '../../packages/web/dist');
const ASSETS = join(WEB_DIST, 'assets');

/**
 * The files of packages/web/dist/assets that a page can load: those its HTML names, and what they
 * name in turn (static and dynamic imports, workers, CSS, fonts). The build has two pages (the
 * explorer and GraphiQL) sharing one assets folder, so a page's size is the size of its own set.
 */
export function reachableAssets(page: 'index.html' | 'graphiql.html'): string[] {
  const all = readdirSync(ASSETS);
  const reached = new Set<string>();
  const queue = [readFileSync(join(WEB_DIST, page), 'utf8')];
  while (queue.length > 0) {
    const text = queue.shift()!;
    for (const name of all) {
      if (reached.has(name) || !text.includes(name)) continue;
      reached.add(name);
      if (/\.(js|css)$/.test(name)) queue.push(readFileSync(join(ASSETS, name), 'utf8'));
    }
  }
  return [...reached].sort();
}
