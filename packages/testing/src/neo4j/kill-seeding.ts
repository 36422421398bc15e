import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import * as readline from 'node:readline';

/** The built `npm run seed` (packages/store-neo4j/dist/cli/seed.js). */
export function seedCliPath(): string {
  return join(dirname(require.resolve('@cadre/store-neo4j/package.json')), 'dist', 'cli', 'seed.js');
}

export interface KilledSeeding {
  /** Rows the seeding had committed (its last progress line) when it was killed. */
  committedRows: number;
  /** Rows it was writing in all. */
  totalRows: number;
  /** Everything it printed. */
  output: string[];
}

/**
 * Runs the seeding CLI with `args` against `uri` and kills it with SIGKILL (no chance to clean
 * up, as a crash or an OOM kill would) once its progress says at least `afterRows` rows are
 * committed. Rejects if it ends by itself first.
 */
export function killSeedingMidway(
  uri: string,
  args: string[],
  afterRows: number,
  nodeArgs: string[] = [],
): Promise<KilledSeeding> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, seedCliPath(), ...args], {
      env: { ...process.env, NEO4J_URI: uri },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    let committedRows = 0;
    let totalRows = 0;
    let killed = false;
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      output.push(line);
      const m = /written (\d+)\/(\d+) rows/.exec(line);
      if (!m || killed) return;
      committedRows = Number(m[1]);
      totalRows = Number(m[2]);
      if (committedRows >= afterRows) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (signal === 'SIGKILL' && killed) resolve({ committedRows, totalRows, output });
      else
        reject(
          new Error(
            `the seeding ended by itself (code ${code}) before ${afterRows} rows:\n${output.join('\n')}`,
          ),
        );
    });
  });
}
