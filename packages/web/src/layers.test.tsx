/** @jest-environment node */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const DEPCRUISE = resolve(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/**
 * `npm run lint:deps` checks the layers with the root configuration, which leaves npm packages out
 * of its graph; the rules about packages (Cytoscape only in graph-view) are checked here, with the
 * same web rules and the packages in view (packages/web/.dependency-cruiser.npm.cjs).
 */
describe('web layers, with npm packages in view', () => {
  it('has no import that the web layer rules forbid', () => {
    const run = spawnSync(
      process.execPath,
      [DEPCRUISE, 'packages/web/src', '--config', 'packages/web/.dependency-cruiser.npm.cjs'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect({ status: run.status, output: `${run.stdout}${run.stderr}`.trim() }).toEqual({
      status: 0,
      output: expect.stringContaining('no dependency violations found'),
    });
  });
});
