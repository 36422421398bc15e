// LIMIT values must be Cypher integers; a JS number would arrive as a float, hence int().
import { int } from 'neo4j-driver';
import { parseDefaultRelationId, type NodeKind, type PartialDate, type RelationKind } from '@cadre/model';
import type { Direction, PathPass } from '@cadre/store';
import { tokenize } from '@cadre/store';
import {
  RELATIONSHIP_TYPES,
  asOfParams,
  boundedInt,
  standsOn,
  vocabularyName,
  type CypherQuery,
} from './cypher-query';
import { FULLTEXT_INDEX } from './schema-queries';

export function getNodesQuery(ids: readonly string[]): CypherQuery {
  return {
    text: 'UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN n.record AS record',
    params: { ids: [...ids] },
  };
}

export function getSourcesQuery(ids: readonly string[]): CypherQuery {
  return {
    text: 'UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s.record AS record',
    params: { ids: [...ids] },
  };
}

export function listSourcesQuery(): CypherQuery {
  return { text: 'MATCH (s:Source) RETURN s.record AS record ORDER BY s.id', params: {} };
}

/**
 * A relation by id. Default ids ("from.KIND.to") name their ends, so the lookup starts from an
 * indexed node; other ids go through the per-type id constraints (each an index) in a UNION.
 */
export function getRelationQuery(id: string): CypherQuery {
  const parts = parseDefaultRelationId(id);
  if (parts && RELATIONSHIP_TYPES.includes(parts.kind as RelationKind)) {
    const type = vocabularyName(parts.kind, RELATIONSHIP_TYPES);
    return {
      text: `MATCH (:Node {id: $from})-[r:${type} {id: $id}]->(:Node {id: $to}) RETURN r.record AS record`,
      params: { id, from: parts.from, to: parts.to },
    };
  }
  const branches = RELATIONSHIP_TYPES.map((t) => `MATCH ()-[r:${t} {id: $id}]->() RETURN r.record AS record`);
  return { text: `CALL () { ${branches.join(' UNION ALL ')} } RETURN record LIMIT 1`, params: { id } };
}

/** Lucene query: every folded word as a prefix, all required. Words are letters and digits only, so nothing needs escaping. */
export function luceneQuery(text: string): string {
  return tokenize(text)
    .map((w) => `+${w}*`)
    .join(' ');
}

/** Candidates for a search; the store ranks them with the shared ranking (rankSearchHits). */
export function searchCandidatesQuery(
  text: string,
  kinds: NodeKind[] | undefined,
  candidates: number,
): CypherQuery {
  return {
    text:
      `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $lucene, {limit: $candidates}) YIELD node ` +
      'WHERE $kinds IS NULL OR node.kind IN $kinds RETURN node.record AS record',
    params: { lucene: luceneQuery(text), kinds: kinds ?? null, candidates: int(candidates) },
  };
}

export function relationsOfQuery(
  id: string,
  direction: Direction,
  kinds: RelationKind[] | undefined,
  asOf: PartialDate | undefined,
): CypherQuery {
  const pattern =
    direction === 'OUT' ? '(n)-[r]->(m:Node)' : direction === 'IN' ? '(n)<-[r]-(m:Node)' : '(n)-[r]-(m:Node)';
  return {
    text:
      `MATCH (n:Node {id: $id}) MATCH ${pattern} ` +
      `WHERE ($kinds IS NULL OR type(r) IN $kinds) AND ${standsOn('r')} AND ${standsOn('m')} ` +
      'RETURN r.record AS record ORDER BY type(r), m.id, r.id',
    params: { id, kinds: kinds ?? null, ...asOfParams(asOf) },
  };
}

/** The relations of any of `ids`, each once, ordered by relation id (see GraphStore.relationsOfMany). */
export function relationsOfManyQuery(
  ids: readonly string[],
  direction: Direction,
  kinds: RelationKind[] | undefined,
  asOf: PartialDate | undefined,
): CypherQuery {
  const pattern =
    direction === 'OUT' ? '(n)-[r]->(m:Node)' : direction === 'IN' ? '(n)<-[r]-(m:Node)' : '(n)-[r]-(m:Node)';
  return {
    text:
      `UNWIND $ids AS id MATCH (n:Node {id: id}) MATCH ${pattern} ` +
      `WHERE ($kinds IS NULL OR type(r) IN $kinds) AND ${standsOn('r')} AND ${standsOn('m')} ` +
      'WITH DISTINCT r ORDER BY r.id RETURN r.record AS record',
    params: { ids: [...ids], kinds: kinds ?? null, ...asOfParams(asOf) },
  };
}

export function nodeStandsQuery(id: string, asOf: PartialDate | undefined): CypherQuery {
  return {
    text: `MATCH (n:Node {id: $id}) RETURN ${standsOn('n')} AS stands`,
    params: { id, ...asOfParams(asOf) },
  };
}

export interface WalkFilters {
  asOf?: PartialDate;
  kinds?: NodeKind[];
  relationKinds?: RelationKind[];
}

/**
 * One breadth-first level of a neighbourhood: the unseen neighbours of the frontier, in id
 * order, at most `room` of them (the caller asks for one more than it can keep, to know whether
 * the view is truncated without fetching the rest).
 */
export function neighborhoodLevelQuery(
  frontier: string[],
  seen: string[],
  room: number,
  f: WalkFilters,
): CypherQuery {
  return {
    text:
      'MATCH (n:Node)-[r]-(m:Node) WHERE n.id IN $frontier AND NOT m.id IN $seen ' +
      `AND ($relationKinds IS NULL OR type(r) IN $relationKinds) AND ${standsOn('r')} ` +
      `AND ($kinds IS NULL OR m.kind IN $kinds) AND ${standsOn('m')} ` +
      'RETURN DISTINCT m.id AS id ORDER BY id LIMIT $room',
    params: {
      frontier,
      seen,
      room: int(room),
      kinds: f.kinds ?? null,
      relationKinds: f.relationKinds ?? null,
      ...asOfParams(f.asOf),
    },
  };
}

/** The nodes of a neighbourhood and the relations among them. */
export function inducedSubgraphQuery(ids: string[], f: WalkFilters): CypherQuery {
  return {
    text:
      'MATCH (n:Node) WHERE n.id IN $ids WITH collect(n) AS nodes ' +
      'CALL (nodes) { UNWIND nodes AS a MATCH (a)-[r]->(b:Node) WHERE b IN nodes ' +
      `AND ($relationKinds IS NULL OR type(r) IN $relationKinds) AND ${standsOn('r')} ` +
      'RETURN collect(r.record) AS relations } ' +
      'RETURN [n IN nodes | n.record] AS nodes, relations',
    params: { ids, relationKinds: f.relationKinds ?? null, ...asOfParams(f.asOf) },
  };
}

/**
 * Shortest simple paths under one pass of the search (see `pathPasses` in @cadre/store: legal
 * chains, then any path). `SHORTEST k GROUPS` returns every path of the k shortest lengths, found
 * by Neo4j's bidirectional search (not by enumerating every walk up to maxHops); since each group
 * holds at least one path, the first `first` paths ordered by length then relation ids are among
 * the first `first` groups — the same answer as the embedded store's. Two spare groups cover
 * groups whose only members revisit a node (removed by the simple-path filter).
 *
 * The pass is a predicate inside the quantified path pattern, so the search itself never walks
 * what the pass leaves out (the embedded store filters its walk the same way): a step's far node
 * `x` may be of an avoided kind only if it is the end; a relation of an end-only kind must touch
 * an end (`w` is the step's near node).
 */
export function pathsQuery(
  from: string,
  to: string,
  maxHops: number,
  first: number,
  asOf: PartialDate | undefined,
  pass: PathPass,
): CypherQuery {
  const hops = boundedInt(maxHops, 1, 10);
  const groups = boundedInt(first, 1, 50) + 2;
  const step =
    `${standsOn('r')} AND ${standsOn('x')} AND NOT type(r) IN $avoidRelationKinds ` +
    'AND (x.id = $to OR NOT x.kind IN $avoidKinds) ' +
    'AND (NOT type(r) IN $endOnlyRelationKinds OR w.id = $from OR x.id = $to)';
  return {
    text:
      'MATCH (a:Node {id: $from}), (b:Node {id: $to}) ' +
      `WHERE ${standsOn('a')} AND ${standsOn('b')} ` +
      `MATCH p = SHORTEST ${groups} GROUPS (a)((w:Node)-[r]-(x:Node) WHERE ${step}){1,${hops}}(b) ` +
      'WITH p, nodes(p) AS ns WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..]) ' +
      'WITH p, [r IN relationships(p) | r.id] AS relIds ORDER BY length(p), relIds LIMIT $first ' +
      'RETURN [n IN nodes(p) | n.record] AS nodes, [r IN relationships(p) | r.record] AS relations',
    params: {
      from,
      to,
      first: int(first),
      avoidKinds: pass.avoidKinds,
      avoidRelationKinds: pass.avoidRelationKinds,
      endOnlyRelationKinds: pass.endOnlyRelationKinds,
      ...asOfParams(asOf),
    },
  };
}

export interface ListFilters {
  kinds?: NodeKind[];
  dateFrom?: PartialDate;
  dateTo?: PartialDate;
}

function listWhere(f: ListFilters): { where: string; params: Record<string, unknown> } {
  const from = f.dateFrom ? asOfParams(f.dateFrom).asOfFirst : null;
  const to = f.dateTo ? asOfParams(f.dateTo).asOfLast : null;
  return {
    where:
      '($kinds IS NULL OR n.kind IN $kinds) AND (($periodFrom IS NULL AND $periodTo IS NULL) OR ' +
      '((n.validFromDay IS NOT NULL OR n.validToDay IS NOT NULL) ' +
      'AND ($periodTo IS NULL OR n.validFromDay IS NULL OR n.validFromDay <= $periodTo) ' +
      'AND ($periodFrom IS NULL OR n.validToDay IS NULL OR n.validToDay >= $periodFrom)))',
    params: { kinds: f.kinds ?? null, periodFrom: from, periodTo: to },
  };
}

/** A page of nodes by sort key (keyset paging: no SKIP, so page 1,000 costs what page 1 does). */
export function listNodesQuery(f: ListFilters, first: number, after: string | undefined): CypherQuery {
  const { where, params } = listWhere(f);
  return {
    text: `MATCH (n:Node) WHERE ${where} AND ($after IS NULL OR n.sortKey > $after) RETURN n.record AS record, n.sortKey AS key ORDER BY n.sortKey LIMIT $limit`,
    params: { ...params, after: after ?? null, limit: int(first + 1) },
  };
}

export function countNodesQuery(f: ListFilters): CypherQuery {
  const { where, params } = listWhere(f);
  return { text: `MATCH (n:Node) WHERE ${where} RETURN count(n) AS total`, params };
}

/** One row even on an empty database: each subquery aggregates without a grouping key at its end. */
export function statsQuery(): CypherQuery {
  return {
    text:
      'CALL () { MATCH (n:Node) WITH n.kind AS kind, count(*) AS count, sum(n.citationCount) AS citations ' +
      'RETURN collect({kind: kind, count: count}) AS nodeKinds, sum(citations) AS nodeCitations } ' +
      'CALL () { MATCH ()-[r]->() WITH type(r) AS kind, count(*) AS count, sum(r.citationCount) AS citations ' +
      'RETURN collect({kind: kind, count: count}) AS relationKinds, sum(citations) AS relationCitations } ' +
      'CALL () { MATCH (s:Source) RETURN count(s) AS sources } ' +
      'RETURN nodeKinds, relationKinds, nodeCitations + relationCitations AS citations, sources',
    params: {},
  };
}
