import type { z } from 'zod';
import { comparePartialDates } from '../partial-date';
import { defaultRelationId } from '../patterns';
import type { CitationRecord, SeedGraph, SourceRecord } from '../records';
import { nodeTypesOf, relationKindSpec, type NodeKind, type RelationKind } from '../vocabulary';
import { completeLawRecords } from '../law/complete-law-records';
import { articleTitle, isVerbatimQuote } from './fold-quote-text';
import type { SeedFile, SeedFiles } from './read-seed-files';
import { nodeEntry, relationEntry, sourceEntry, type CitationEntry } from './seed-schema';
import type { SeedIssue } from './seed-issue';
import { toNodeRecord, toRelationRecord } from './to-law-records';
import { validateLaw } from './validate-law';

/** Instruments' old single dates: say where they went instead of only "unknown field". */
const MOVED_TO_STAGES = ['adoptedOn', 'signedOn', 'inForceOn', 'launchedOn', 'endedOn', 'endNote'];

interface Located<T> {
  value: T;
  file: string;
  line: number;
  entry: string;
}

function entryLabel(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object') {
    const r = raw as Record<string, unknown>;
    if (typeof r.id === 'string') return r.id;
    if (typeof r.from === 'string' && typeof r.kind === 'string' && typeof r.to === 'string') {
      return defaultRelationId({ from: r.from, kind: r.kind, to: r.to });
    }
  }
  return `#${index + 1}`;
}

/** Runs a zod schema over every entry of the files, collecting issues with their place. */
function parseEntries<S extends z.ZodType>(
  files: SeedFile[],
  schema: S,
  issues: SeedIssue[],
): Located<z.infer<S>>[] {
  const out: Located<z.infer<S>>[] = [];
  for (const f of files) {
    f.entries.forEach((raw, i) => {
      const entry = entryLabel(raw, i);
      const line = f.lines[i] ?? 0;
      const result = schema.safeParse(raw);
      if (result.success) {
        out.push({ value: result.data, file: f.file, line, entry });
        return;
      }
      for (const issue of result.error.issues) {
        // zod reports misspelt fields on the object itself; name the field, which is what to fix.
        const unknown = issue.code === 'unrecognized_keys' ? issue.keys : [];
        const path = [...issue.path, ...(unknown.length === 1 ? unknown : [])].join('.');
        const moved = unknown.some((k) => MOVED_TO_STAGES.includes(k))
          ? ' (an instrument records dated stages now: see graph-seeds/README.md)'
          : '';
        const message =
          unknown.length > 0
            ? `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}${moved}`
            : issue.message;
        issues.push({ file: f.file, line, entry, field: path || undefined, message });
      }
    });
  }
  return out;
}

function reportDuplicates<T>(
  items: Located<T>[],
  idOf: (v: T) => string,
  what: string,
  issues: SeedIssue[],
): void {
  const seen = new Map<string, Located<T>>();
  for (const item of items) {
    const id = idOf(item.value);
    const first = seen.get(id);
    if (first) {
      issues.push({
        file: item.file,
        line: item.line,
        entry: id,
        field: 'id',
        message: `duplicate ${what} id (first defined in ${first.file}:${first.line})`,
      });
    } else seen.set(id, item);
  }
}

/**
 * Validates everything read from graph-seeds/ and builds the graph. Returns every issue found
 * (not just the first), so a curator fixes a file in one pass; the graph is only usable when the
 * list is empty.
 */
export function validateSeeds(files: SeedFiles): { graph: SeedGraph; issues: SeedIssue[] } {
  const issues: SeedIssue[] = [];
  const sources = parseEntries(files.sources, sourceEntry, issues);
  const nodes = parseEntries(files.nodes, nodeEntry, issues);
  const relations = parseEntries(files.relations, relationEntry, issues);

  reportDuplicates(sources, (s) => s.id, 'source', issues);
  reportDuplicates(nodes, (n) => n.id, 'node', issues);
  const relationId = (r: { id?: string; from: string; kind: string; to: string }): string =>
    r.id ?? defaultRelationId(r);
  reportDuplicates(relations, relationId, 'relation', issues);

  const sourceById = new Map(sources.map((s) => [s.value.id, s.value]));
  const nodeById = new Map(nodes.map((n) => [n.value.id, n.value]));

  for (const s of sources) {
    const { value } = s;
    const at = { file: s.file, line: s.line, entry: s.entry };
    if (value.type === 'ARTICLE') {
      if (!value.file) {
        issues.push({ ...at, field: 'file', message: 'an ARTICLE source needs the file holding its text' });
        continue;
      }
      const text = files.texts.get(value.file);
      if (text === undefined) issues.push({ ...at, field: 'file', message: `no such file "${value.file}"` });
      else if (articleTitle(text) !== value.title) {
        issues.push({
          ...at,
          field: 'title',
          message: `must be the article's first line: "${articleTitle(text)}"`,
        });
      }
    } else if (value.file) {
      issues.push({ ...at, field: 'file', message: 'only ARTICLE sources have a text file' });
    }
  }

  const checkCitations = (citations: CitationEntry[], at: Omit<SeedIssue, 'message'>): void => {
    citations.forEach((c, i) => {
      // Stages and participation claims carry their own citations: name the owner in the path.
      const field = at.field ? `${at.field}.citations.${i}` : `citations.${i}`;
      const source = sourceById.get(c.source);
      if (!source) {
        issues.push({ ...at, field: `${field}.source`, message: `unknown source "${c.source}"` });
        return;
      }
      if (source.type === 'REFERENCE' && !c.confidence) {
        issues.push({
          ...at,
          field: `${field}.confidence`,
          message: 'a REFERENCE citation needs its confidence (high or medium)',
        });
      }
      if (source.type === 'ARTICLE') {
        if (c.confidence) {
          issues.push({
            ...at,
            field: `${field}.confidence`,
            message: 'a seed article is the primary source: no confidence',
          });
        }
        const text = source.file ? files.texts.get(source.file) : undefined;
        if (text !== undefined && !isVerbatimQuote(c.quote, text)) {
          issues.push({
            ...at,
            field: `${field}.quote`,
            message: `not found verbatim in ${source.file}: "${c.quote}"`,
          });
        }
      }
    });
  };

  const orderedDates = (
    from: string | undefined,
    to: string | undefined,
    at: Omit<SeedIssue, 'message'>,
    names: string,
  ): void => {
    if (from && to && comparePartialDates(from, to) > 0) {
      issues.push({ ...at, message: `${names}: ${from} is after ${to}` });
    }
  };

  for (const n of nodes) {
    const { value } = n;
    const at = { file: n.file, line: n.line, entry: n.entry };
    if (!nodeTypesOf(value.kind).includes(value.type)) {
      issues.push({
        ...at,
        field: 'type',
        message: `"${value.type}" is not a type of ${value.kind} (one of ${nodeTypesOf(value.kind).join(', ')})`,
      });
    }
    checkCitations(value.citations, at);
    value.aliases?.forEach((a, i) => {
      if (a.source && !sourceById.has(a.source)) {
        issues.push({ ...at, field: `aliases.${i}.source`, message: `unknown source "${a.source}"` });
      }
    });
    if (value.kind === 'INSTITUTION')
      orderedDates(value.establishedOn, value.dissolvedOn, at, 'establishedOn and dissolvedOn');
    if (value.kind === 'PROGRAMME') orderedDates(value.startDate, value.endDate, at, 'startDate and endDate');
    if (value.kind === 'INSTRUMENT') {
      value.stages?.forEach((stage, i) => checkCitations(stage.citations, { ...at, field: `stages.${i}` }));
      if (value.entryIntoForceRule)
        checkCitations(value.entryIntoForceRule.citations, { ...at, field: 'entryIntoForceRule' });
    }
    if (value.kind === 'EVENT') {
      orderedDates(value.startDate, value.endDate, at, 'startDate and endDate');
      if (value.women !== undefined && value.participants !== undefined && value.women > value.participants) {
        issues.push({
          ...at,
          field: 'women',
          message: `${value.women} women out of ${value.participants} participants`,
        });
      }
    }
  }

  for (const r of relations) {
    const { value } = r;
    const at = { file: r.file, line: r.line, entry: r.entry };
    const spec = relationKindSpec(value.kind as RelationKind);
    for (const end of ['from', 'to'] as const) {
      const node = nodeById.get(value[end]);
      const allowed: readonly NodeKind[] = end === 'from' ? spec.from : spec.to;
      if (!node) issues.push({ ...at, field: end, message: `unknown node "${value[end]}"` });
      else if (!allowed.includes(node.kind)) {
        issues.push({
          ...at,
          field: end,
          message: `${value.kind} cannot ${end === 'from' ? 'start at' : 'end at'} a ${node.kind} (allowed: ${allowed.join(', ')})`,
        });
      }
    }
    if (value.from === value.to)
      issues.push({ ...at, field: 'to', message: 'a relation cannot join a node to itself' });
    if (value.inferred && !value.note)
      issues.push({
        ...at,
        field: 'note',
        message: 'an inferred relation needs a note saying what it rests on',
      });
    orderedDates(value.validFrom, value.validTo, at, 'validFrom and validTo');
    checkCitations(value.citations, at);
    for (const [list, claims] of Object.entries(value.participation ?? {})) {
      claims.forEach((claim, i) =>
        checkCitations(claim.citations, { ...at, field: `participation.${list}.${i}` }),
      );
    }
  }

  const toCitation = (c: CitationEntry): CitationRecord => ({
    sourceId: c.source,
    quote: c.quote.trim(),
    ...(c.confidence ? { confidence: c.confidence } : {}),
  });
  const nodeRecords = nodes.map((n) => ({ record: toNodeRecord(n.value, toCitation), at: located(n) }));
  const relationRecords = relations.map((r) => ({
    record: toRelationRecord(r.value, relationId(r.value), toCitation),
    at: located(r),
  }));
  const graph = completeLawRecords({
    sources: sources.map(({ value }) => stripUndefined<SourceRecord>({ ...value })),
    nodes: nodeRecords.map((n) => n.record),
    relations: relationRecords.map((r) => r.record),
  });
  issues.push(...validateLaw({ nodes: nodeRecords, relations: relationRecords }, graph));
  return { graph, issues };
}

const located = (l: Located<unknown>): Omit<SeedIssue, 'message'> => ({
  file: l.file,
  line: l.line,
  entry: l.entry,
});

/** Records never carry `undefined` fields, so they compare equal whichever store returns them. */
function stripUndefined<T>(value: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
