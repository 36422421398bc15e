import {
  toDayRange,
  type NodeKind,
  type NodeRecord,
  type RelationKind,
  type RelationRecord,
  type SourceRecord,
} from '@cadre/model';
import { nodeSearchFields, nodeSortKey } from '@cadre/store';
import {
  FAMILY_LABELS,
  RELATIONSHIP_TYPES,
  familyLabel,
  vocabularyName,
  type CypherQuery,
} from './cypher-query';
import { META } from './live-generation';

/**
 * Neo4j properties cannot hold maps or lists of maps, and citations, aliases and budgets are
 * exactly that. Each element keeps its whole record as JSON in `record` (what reads return, so
 * both stores give back identical records) and, beside it, the flat properties that queries
 * filter, sort and search on.
 */
export function nodeRow(n: NodeRecord): Record<string, unknown> {
  return {
    id: n.id,
    kind: n.kind,
    type: n.type,
    nameEn: n.name.en,
    nameFr: n.name.fr ?? null,
    aliasesText: nodeSearchFields(n).aliases,
    number: n.number ?? null,
    validFrom: n.validFrom ?? null,
    validTo: n.validTo ?? null,
    validFromDay: n.validFrom ? toDayRange(n.validFrom).first : null,
    validToDay: n.validTo ? toDayRange(n.validTo).last : null,
    sortKey: nodeSortKey(n),
    citationCount: n.citations.length,
    record: JSON.stringify(n),
  };
}

/**
 * A relation keeps fewer flat properties than a node: its ends and kind are the relationship
 * itself, and reads filter relations only on their id, dates and citation count. Each property
 * is server work at seeding (a million relations): with `from`, `to`, `kind`, `inferred` and the
 * partial dates as well, a relation took twice the properties for nothing any query reads.
 */
const RELATION_PROPERTIES = ['id', 'validFromDay', 'validToDay', 'citationCount', 'record'] as const;

export function relationRow(r: RelationRecord): Record<(typeof RELATION_PROPERTIES)[number], unknown> {
  return {
    id: r.id,
    validFromDay: r.validFrom ? toDayRange(r.validFrom).first : null,
    validToDay: r.validTo ? toDayRange(r.validTo).last : null,
    citationCount: r.citations.length,
    record: JSON.stringify(r),
  };
}

/**
 * Seeding writes a whole new generation beside the live one, then switches (see
 * write-seed-graph.ts). Every element it writes carries `gen`; nodes and sources are unique per
 * (gen, id), so a generation can hold the same ids as the live one.
 *
 * Each batch returns how many elements it wrote: a relation whose end is missing from its own
 * generation (removed under it by a newer seeding's cleanup) would otherwise be skipped silently.
 */
export function createSourcesQuery(gen: number, sources: SourceRecord[]): CypherQuery {
  return {
    text:
      'UNWIND $rows AS row CREATE (s:Source {gen: $gen, id: row.id, title: row.title, record: row.record}) ' +
      'RETURN count(s) AS written',
    params: { gen, rows: sources.map((s) => ({ id: s.id, title: s.title, record: JSON.stringify(s) })) },
  };
}

/**
 * `{gen: $gen, id: row.id, ...}` for a row's keys (ours, from nodeRow / relationRow). Naming each
 * property, rather than `SET n += row`, lets the planner see that the writes cannot change what
 * the MATCHes read, so it streams rows instead of materialising the batch (an Eager operator).
 */
function propertyMap(keys: string[], at?: number): string {
  for (const k of keys) if (!/^[A-Za-z]+$/.test(k)) throw new Error(`"${k}" is not a property name`);
  const value = (k: string, i: number): string => (at === undefined ? `row.${k}` : `row[${at + i}]`);
  return `{${['gen: $gen', ...keys.map((k, i) => `${k}: ${value(k, i)}`)].join(', ')}}`;
}

/**
 * Creates the nodes of one kind (the family label is a name, so one query per kind) and returns
 * each one's element id, which the relations' batches then find it by.
 */
export function createNodesQuery(gen: number, kind: NodeKind, nodes: NodeRecord[]): CypherQuery {
  const label = vocabularyName(familyLabel(kind), FAMILY_LABELS);
  const rows = nodes.map(nodeRow);
  return {
    text: `UNWIND $rows AS row CREATE (n:Node:${label} ${propertyMap(Object.keys(rows[0] ?? {}))}) RETURN n.id AS id, elementId(n) AS elementId`,
    params: { gen, rows },
  };
}

/**
 * Creates the relations of one kind (the kind is the relationship type, so one query per kind)
 * between nodes of the same generation. The ends are found by the element ids their creation
 * returned (`endIds`): a seek by element id is cheaper than a (gen, id) index seek, and the ends'
 * lookups were about half of a batch's time (10k relations, measured on a loaded 2-core machine:
 * 0.6–1.0 s a batch against 1.4 s through the index). Element ids can be reused once a node is deleted, so each end must also
 * be of this generation; an end missing from `endIds` matches nothing, and the batch's count
 * tells.
 */
export function createRelationsQuery(
  gen: number,
  kind: RelationKind,
  relations: RelationRecord[],
  endIds: ReadonlyMap<string, string>,
): CypherQuery {
  const type = vocabularyName(kind, RELATIONSHIP_TYPES);
  return {
    text:
      'UNWIND $rows AS row ' +
      'MATCH (a) WHERE elementId(a) = row[0] AND a.gen = $gen MATCH (b) WHERE elementId(b) = row[1] AND b.gen = $gen ' +
      `CREATE (a)-[r:${type} ${propertyMap([...RELATION_PROPERTIES], 2)}]->(b) RETURN count(r) AS written`,
    params: {
      gen,
      // Lists, not maps: a map would carry its seven keys a million times over, encoded by the
      // driver and decoded by the server (about a tenth of a seeding's time).
      rows: relations.map((r) => {
        const row = relationRow(r);
        return [
          endIds.get(r.from) ?? null,
          endIds.get(r.to) ?? null,
          ...RELATION_PROPERTIES.map((k) => row[k]),
        ];
      }),
    },
  };
}

/**
 * The meta node (see live-generation.ts) holds `live`, the generation readers see, and `latest`,
 * the last one a seeding claimed. A seeding takes the next generation number. Writing `latest`
 * locks the meta node, so two seedings get different numbers, and the switch below can tell
 * whether a newer one started.
 */
export function claimGenerationQuery(): CypherQuery {
  return {
    text: `MERGE ${META} SET meta.latest = coalesce(meta.latest, 0) + 1 RETURN meta.latest AS gen, meta.live AS live`,
    params: {},
  };
}

/**
 * The switch: one small transaction on one node, so readers see the old graph or the new one,
 * never a mix. No row back means a newer seeding claimed a generation since (and may be removing
 * this one as a leftover): this seeding must give up instead of serving a graph being deleted.
 */
export function switchGenerationQuery(gen: number): CypherQuery {
  return {
    text: `MATCH ${META} WHERE meta.latest = $gen WITH meta, meta.live AS previous SET meta.live = $gen RETURN previous`,
    params: { gen },
  };
}

/** How many rows each of the cleanup's own transactions removes (bounded server memory). */
export const REMOVE_BATCH = 10_000;

/**
 * Removes every generation but `keep` (elements without `gen` too: written before generations
 * existed), each statement committing every REMOVE_BATCH rows (`CALL { } IN TRANSACTIONS`, so
 * they must run outside an explicit transaction). Relations first, from their start node: both
 * ends of a relation belong to one generation, so each is met once.
 */
export function removeGenerationsQueries(keep: number[]): CypherQuery[] {
  const other = (v: string): string => `NOT coalesce(${v}.gen IN $keep, false)`;
  const batch = `IN TRANSACTIONS OF ${REMOVE_BATCH} ROWS`;
  return [
    `MATCH (n:Node)-[r]->() WHERE ${other('n')} CALL (r) { DELETE r } ${batch}`,
    `MATCH (n:Node) WHERE ${other('n')} CALL (n) { DETACH DELETE n } ${batch}`,
    `MATCH (s:Source) WHERE ${other('s')} CALL (s) { DETACH DELETE s } ${batch}`,
  ].map((text) => ({ text, params: { keep } }));
}
