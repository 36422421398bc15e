import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { SeedIssue } from './seed-issue';

/** A YAML list read from one file: its entries and the line where each begins. */
export interface SeedFile {
  file: string;
  entries: unknown[];
  lines: number[];
}

export interface SeedFiles {
  sources: SeedFile[];
  nodes: SeedFile[];
  relations: SeedFile[];
  /** Article texts by their path relative to the seeds folder. */
  texts: Map<string, string>;
}

const toPosix = (p: string): string => p.split(sep).join('/');

/** Parses one YAML text that must hold a list; reports syntax errors instead of throwing. */
export function parseSeedYaml(file: string, text: string, issues: SeedIssue[]): SeedFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  for (const error of doc.errors) {
    issues.push({
      file,
      line: error.linePos?.[0]?.line,
      message: `YAML syntax: ${error.message.split('\n')[0]}`,
    });
  }
  if (doc.errors.length > 0) return { file, entries: [], lines: [] };
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return { file, entries: [], lines: [] };
  if (!Array.isArray(value)) {
    issues.push({ file, line: 1, message: 'must be a YAML list of entries (each starting with "- ")' });
    return { file, entries: [], lines: [] };
  }
  const contents = doc.contents as { items?: Array<{ range?: [number, number, number] }> } | null;
  const lines = value.map((_, i) => {
    const offset = contents?.items?.[i]?.range?.[0];
    return offset === undefined ? 0 : lineCounter.linePos(offset).line;
  });
  return { file, entries: value, lines };
}

function yamlFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** Reads graph-seeds/ from disk. Missing folders are reported by the validator, not here. */
export function readSeedFiles(seedsDir: string, issues: SeedIssue[]): SeedFiles {
  if (!existsSync(seedsDir) || !statSync(seedsDir).isDirectory()) {
    issues.push({ file: seedsDir, message: 'the seeds folder does not exist' });
    return { sources: [], nodes: [], relations: [], texts: new Map() };
  }
  const read = (path: string): SeedFile =>
    parseSeedYaml(toPosix(relative(seedsDir, path)), readFileSync(path, 'utf8'), issues);
  const sourcesPath = join(seedsDir, 'sources.yaml');
  if (!existsSync(sourcesPath)) issues.push({ file: 'sources.yaml', message: 'is missing' });
  const texts = new Map<string, string>();
  const sourcesDir = join(seedsDir, 'sources');
  if (existsSync(sourcesDir)) {
    for (const name of readdirSync(sourcesDir).sort()) {
      texts.set(`sources/${name}`, readFileSync(join(sourcesDir, name), 'utf8'));
    }
  }
  return {
    sources: existsSync(sourcesPath) ? [read(sourcesPath)] : [],
    nodes: yamlFilesIn(join(seedsDir, 'nodes')).map(read),
    relations: yamlFilesIn(join(seedsDir, 'relations')).map(read),
    texts,
  };
}
