import { existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { listSeedFolder, readSeedText } from './read-seed-text';
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

/**
 * Most alias expansions a seed file may make. Seeds are written out in full (aliases save a
 * few lines at best); a file of nested aliases (a "billion laughs") expands exponentially.
 */
const MAX_ALIAS_COUNT = 100;

/** Parses one YAML text that must hold a list; reports every problem, naming the file, instead of throwing. */
export function parseSeedYaml(file: string, text: string, issues: SeedIssue[]): SeedFile {
  const lineCounter = new LineCounter();
  const none = { file, entries: [], lines: [] };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    issues.push({ file, message: `YAML could not be read: ${firstLine(error)}` });
    return none;
  }
  for (const error of doc.errors) {
    issues.push({
      file,
      line: error.linePos?.[0]?.line,
      message: `YAML syntax: ${firstLine(error)}`,
    });
  }
  if (doc.errors.length > 0) return none;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    issues.push({
      file,
      message: /alias count/i.test(firstLine(error))
        ? `YAML aliases expand too much (more than ${MAX_ALIAS_COUNT}); write the entries out in full`
        : `YAML could not be read: ${firstLine(error)}`,
    });
    return none;
  }
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

const firstLine = (error: unknown): string => String((error as Error)?.message ?? error).split('\n')[0] ?? '';

function yamlFilesIn(dir: string, folder: string, issues: SeedIssue[]): string[] {
  if (!existsSync(dir)) return [];
  return listSeedFolder(dir, folder, issues)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(dir, name));
}

/** Reads graph-seeds/ from disk. Missing folders are reported by the validator, not here. */
export function readSeedFiles(seedsDir: string, issues: SeedIssue[]): SeedFiles {
  if (!existsSync(seedsDir) || !statSync(seedsDir).isDirectory()) {
    issues.push({ file: seedsDir, message: 'the seeds folder does not exist' });
    return { sources: [], nodes: [], relations: [], texts: new Map() };
  }
  const read = (path: string): SeedFile => {
    const file = toPosix(relative(seedsDir, path));
    const text = readSeedText(path, file, issues);
    return text === undefined ? { file, entries: [], lines: [] } : parseSeedYaml(file, text, issues);
  };
  const sourcesPath = join(seedsDir, 'sources.yaml');
  if (!existsSync(sourcesPath)) issues.push({ file: 'sources.yaml', message: 'is missing' });
  const texts = new Map<string, string>();
  const sourcesDir = join(seedsDir, 'sources');
  if (existsSync(sourcesDir)) {
    for (const name of listSeedFolder(sourcesDir, 'sources', issues)) {
      const text = readSeedText(join(sourcesDir, name), `sources/${name}`, issues);
      if (text !== undefined) texts.set(`sources/${name}`, text);
    }
  }
  return {
    sources: existsSync(sourcesPath) ? [read(sourcesPath)] : [],
    nodes: yamlFilesIn(join(seedsDir, 'nodes'), 'nodes', issues).map(read),
    relations: yamlFilesIn(join(seedsDir, 'relations'), 'relations', issues).map(read),
    texts,
  };
}
