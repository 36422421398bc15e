import * as fs from 'node:fs';
import * as path from 'node:path';

/** packages/neo4j-local (works from both src/ under ts-node/ts-jest and dist/ after tsc). */
export const packageRoot: string = path.resolve(__dirname, '..');

/** The monorepo root (two levels above the package). */
export const repoRoot: string = path.resolve(packageRoot, '..', '..');

export const targetDir: string = path.join(packageRoot, 'target');
export const launcherJar: string = path.join(targetDir, 'neo4j-local.jar');
export const libDir: string = path.join(targetDir, 'lib');
/** Optional AppCDS archive made by `npm run build:cds` (cuts JVM start-up by ~1.5 s). */
export const cdsArchive: string = path.join(targetDir, 'neo4j-local.jsa');

export const BUILD_HINT =
  'run `npm run build:java -w @cadre/neo4j-local` (mvn -B -q -f packages/neo4j-local/pom.xml package)';

export class Neo4jNotBuiltError extends Error {
  constructor(detail: string) {
    super(`Local Neo4j is not built: ${detail}. ${BUILD_HINT}`);
    this.name = 'Neo4jNotBuiltError';
  }
}

/** Version of the Neo4j jar found in target/lib, e.g. "5.26.30", or undefined if missing. */
export function builtNeo4jVersion(): string | undefined {
  let entries: string[];
  try {
    entries = fs.readdirSync(libDir);
  } catch {
    return undefined;
  }
  for (const name of entries) {
    const m = /^neo4j-(\d+\.\d+\.\d+)\.jar$/.exec(name);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * Throws Neo4jNotBuiltError (with the command to run) unless the Maven build output is present.
 * Returns the Java classpath to use.
 */
export function ensureBuilt(): string {
  if (!fs.existsSync(launcherJar)) {
    throw new Neo4jNotBuiltError(`${path.relative(repoRoot, launcherJar)} is missing`);
  }
  if (builtNeo4jVersion() === undefined) {
    throw new Neo4jNotBuiltError(`no neo4j-<version>.jar in ${path.relative(repoRoot, libDir)}/`);
  }
  return launcherClasspath();
}

/** `target/neo4j-local.jar:target/lib/*` (the JVM expands the wildcard itself). */
export function launcherClasspath(): string {
  return [launcherJar, path.join(libDir, '*')].join(path.delimiter);
}

/**
 * The CDS archive, if present and not older than the jars (the JVM would silently ignore a stale one
 * anyway). Disabled by CADRE_NEO4J_CDS=0.
 */
export function usableCdsArchive(): string | undefined {
  if (process.env['CADRE_NEO4J_CDS'] === '0') return undefined;
  try {
    const archive = fs.statSync(cdsArchive).mtimeMs;
    const newestInput = Math.max(fs.statSync(launcherJar).mtimeMs, fs.statSync(libDir).mtimeMs);
    return archive >= newestInput ? cdsArchive : undefined;
  } catch {
    return undefined;
  }
}
