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

export function relationRow(r: RelationRecord): Record<string, unknown> {
  return {
    id: r.id,
    from: r.from,
    to: r.to,
    kind: r.kind,
    inferred: r.inferred,
    validFrom: r.validFrom ?? null,
    validTo: r.validTo ?? null,
    validFromDay: r.validFrom ? toDayRange(r.validFrom).first : null,
    validToDay: r.validTo ? toDayRange(r.validTo).last : null,
    citationCount: r.citations.length,
    record: JSON.stringify(r),
  };
}

export function upsertSourcesQuery(sources: SourceRecord[]): CypherQuery {
  return {
    text: 'UNWIND $rows AS row MERGE (s:Source {id: row.id}) SET s.title = row.title, s.record = row.record',
    params: { rows: sources.map((s) => ({ id: s.id, title: s.title, record: JSON.stringify(s) })) },
  };
}

/** Upserts the nodes of one kind; a node whose kind changed loses its old family label. */
export function upsertNodesQuery(kind: NodeKind, nodes: NodeRecord[]): CypherQuery {
  const label = vocabularyName(familyLabel(kind), FAMILY_LABELS);
  const others = FAMILY_LABELS.filter((l) => l !== label);
  return {
    text: `UNWIND $rows AS row MERGE (n:Node {id: row.id}) REMOVE n:${others.join(':')} SET n:${label}, n += row`,
    params: { rows: nodes.map(nodeRow) },
  };
}

/** Upserts the relations of one kind between existing nodes. */
export function upsertRelationsQuery(kind: RelationKind, relations: RelationRecord[]): CypherQuery {
  const type = vocabularyName(kind, RELATIONSHIP_TYPES);
  return {
    text:
      `UNWIND $rows AS row MATCH (a:Node {id: row.from}), (b:Node {id: row.to}) ` +
      `MERGE (a)-[r:${type} {id: row.id}]->(b) SET r += row`,
    params: { rows: relations.map(relationRow) },
  };
}

/**
 * Removes what the seeds no longer have: relations whose id, ends or kind are not in the seeds
 * (a relation that moved is re-created by the upsert), then nodes and sources by id.
 */
export function pruneQueries(nodeIds: string[], relationKeys: string[], sourceIds: string[]): CypherQuery[] {
  return [
    {
      text: "MATCH (a)-[r]->(b) WHERE NOT (r.id + '|' + type(r) + '|' + a.id + '|' + b.id) IN $keys DELETE r",
      params: { keys: relationKeys },
    },
    { text: 'MATCH (n:Node) WHERE NOT n.id IN $ids DETACH DELETE n', params: { ids: nodeIds } },
    { text: 'MATCH (s:Source) WHERE NOT s.id IN $ids DELETE s', params: { ids: sourceIds } },
  ];
}

export function relationKey(r: Pick<RelationRecord, 'id' | 'kind' | 'from' | 'to'>): string {
  return `${r.id}|${r.kind}|${r.from}|${r.to}`;
}
