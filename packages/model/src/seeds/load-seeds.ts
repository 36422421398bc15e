import { resolve } from 'node:path';
import type { SeedGraph } from '../records';
import { readSeedFiles } from './read-seed-files';
import { SeedValidationError, type SeedIssue } from './seed-issue';
import { validateSeeds } from './validate-seeds';

/** The graph-seeds folder of this repository, found from this module's place in it. */
export function defaultSeedsDir(): string {
  return process.env.CADRE_SEEDS_DIR ?? resolve(__dirname, '../../../../graph-seeds');
}

/** Reads and validates graph-seeds/ without throwing: the caller decides what to do with issues. */
export function checkSeeds(seedsDir: string = defaultSeedsDir()): { graph: SeedGraph; issues: SeedIssue[] } {
  const issues: SeedIssue[] = [];
  const files = readSeedFiles(seedsDir, issues);
  const result = validateSeeds(files);
  return { graph: result.graph, issues: [...issues, ...result.issues] };
}

/** Loads graph-seeds/, or throws a SeedValidationError listing every problem: all or nothing. */
export function loadSeeds(seedsDir: string = defaultSeedsDir()): SeedGraph {
  const { graph, issues } = checkSeeds(seedsDir);
  if (issues.length > 0) throw new SeedValidationError(issues);
  return graph;
}
