import type { NodeKind, NodeRecord } from '@cadre/model';

/**
 * Search semantics shared by every store, so the embedded store and Neo4j rank alike: the
 * stores' indexes (embedded/search-index.ts, Lucene) find candidates, these functions decide and
 * order (the embedded index answers the same from word numbers; its tests compare it with these).
 */

/** Lower case without accents: "Décret" → "decret", "n°2012-023" → "n°2012-023". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Folded words: letters and digits; everything else separates ("2012-023" → ["2012", "023"]). */
export function tokenize(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const present = (t: string | undefined): t is string => typeof t === 'string' && t.length > 0;

/** Short names and aliases: the other names a node goes by. */
function otherNames(node: NodeRecord): string[] {
  return [node.shortName?.en, node.shortName?.fr, ...node.aliases.map((a) => a.name)].filter(present);
}

/**
 * What a node is indexed by, field by field: the properties of Neo4j's full-text index are built
 * from this (the embedded index reads the same texts through `searchableTexts`). Absent texts are ''.
 */
export interface NodeSearchFields {
  id: string;
  nameEn: string;
  nameFr: string;
  /** Short names and aliases in one text, separated by " • ". */
  aliases: string;
  number: string;
}

export function nodeSearchFields(node: NodeRecord): NodeSearchFields {
  return {
    id: node.id,
    nameEn: node.name.en,
    nameFr: node.name.fr ?? '',
    aliases: otherNames(node).join(' \u2022 '),
    number: node.number ?? '',
  };
}

/** The texts a node is found by (what the indexed fields hold), for ranking. */
export function searchableTexts(node: NodeRecord): string[] {
  return [node.id, node.name.en, node.name.fr, node.number, ...otherNames(node)].filter(present);
}

/** Every word of the query begins some word of the node. */
export function matchesQuery(node: NodeRecord, query: string): boolean {
  const wanted = tokenize(query);
  if (wanted.length === 0) return false;
  const words = searchableTexts(node).flatMap(tokenize);
  return wanted.every((w) => words.some((word) => word.startsWith(w)));
}

/** 0 exact, 1 starts with, 2 contains the whole query, 3 only word prefixes: lower is better. */
export function matchTier(node: NodeRecord, query: string): number {
  const q = tokenize(query).join(' ');
  const texts = searchableTexts(node).map((t) => tokenize(t).join(' '));
  if (texts.some((t) => t === q)) return 0;
  if (texts.some((t) => t.startsWith(q))) return 1;
  if (texts.some((t) => t.includes(q))) return 2;
  return 3;
}

/** A node's short names (EN, FR), folded: the handle the seeds give what a node is about. */
export function foldedShortNames(node: NodeRecord): string[] {
  return [node.shortName?.en, node.shortName?.fr].filter(present).map((t) => tokenize(t).join(' '));
}

/**
 * The tier, then whether a short name holds the whole query: "traite" is in the French name of
 * many national laws, but in the short name of the Trafficking in Persons Protocol ("Protocole
 * relatif à la traite des personnes"), which is what the word is about. Lower is better.
 */
export function matchRank(tier: number, shortNames: readonly string[], q: string): number {
  return tier * 2 + (shortNames.some((t) => t.includes(q)) ? 0 : 1);
}

/**
 * Within a rank, what a researcher looks for first: texts, then the bodies and programmes that
 * carry them out, the concepts they address, articles (which inherit their text's name), and
 * last the events and places that merely mention a term.
 */
export const KIND_SEARCH_ORDER: Record<NodeKind, number> = {
  INSTRUMENT: 0,
  INSTITUTION: 1,
  PROGRAMME: 1,
  CONCEPT: 2,
  PROVISION: 3,
  EVENT: 4,
  PLACE: 5,
};

/** The query-independent order of nodes within a rank: kind, then English name folded, then id. */
export function compareForSearch(a: NodeRecord, b: NodeRecord): number {
  return (
    KIND_SEARCH_ORDER[a.kind] - KIND_SEARCH_ORDER[b.kind] ||
    cmp(foldText(a.name.en), foldText(b.name.en)) ||
    cmp(a.id, b.id)
  );
}

/** Keeps the matching candidates and orders them: rank (tier, short name), then `compareForSearch`. */
export function rankSearchHits(candidates: NodeRecord[], query: string, first: number): NodeRecord[] {
  const q = tokenize(query).join(' ');
  return candidates
    .filter((n) => matchesQuery(n, query))
    .map((node) => ({ node, rank: matchRank(matchTier(node, query), foldedShortNames(node), q) }))
    .sort((a, b) => a.rank - b.rank || compareForSearch(a.node, b.node))
    .slice(0, first)
    .map((x) => x.node);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
