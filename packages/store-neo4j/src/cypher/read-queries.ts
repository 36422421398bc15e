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
import { LIVE_GENERATION as LIVE, WITH_LIVE_GENERATION } from './live-generation';

/**
 * The pattern of a node found by its id: every read that first finds a node by id goes through
 * here, so that a filter on which nodes may be found at all lands in one place.
 * `idExpr` is a parameter (`$id`) or a variable bound by UNWIND, never user text.
 * Only nodes of the live generation are found (see live-generation.ts), through the (gen, id)
 * uniqueness index.
 */
export function nodeById(variable: string, idExpr: string): string {
  return `(${variable}:Node {gen: ${LIVE}, id: ${idExpr}})`;
}

export function getNodesQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id MATCH ${nodeById('n', 'id')} RETURN n.record AS record`,
    params: { ids: [...ids] },
  };
}

export function getSourcesQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id MATCH (s:Source {gen: ${LIVE}, id: id}) RETURN s.record AS record`,
    params: { ids: [...ids] },
  };
}

export function listSourcesQuery(): CypherQuery {
  return {
    text: `${WITH_LIVE_GENERATION} MATCH (s:Source) WHERE s.gen = liveGen RETURN s.record AS record ORDER BY s.id`,
    params: {},
  };
}

/**
 * A relation by id. Default ids ("from.KIND.to") name their ends, so the lookup starts from an
 * indexed node; other ids go through the per-type indexes on relationship ids in a UNION.
 */
export function getRelationQuery(id: string): CypherQuery {
  const parts = parseDefaultRelationId(id);
  if (parts && RELATIONSHIP_TYPES.includes(parts.kind as RelationKind)) {
    const type = vocabularyName(parts.kind, RELATIONSHIP_TYPES);
    return {
      text: `MATCH ${nodeById('a', '$from')}-[r:${type} {id: $id}]->${nodeById('b', '$to')} RETURN r.record AS record`,
      params: { id, from: parts.from, to: parts.to },
    };
  }
  const branches = RELATIONSHIP_TYPES.map(
    (t) => `MATCH ()-[r:${t} {id: $id}]->() WHERE r.gen = liveGen RETURN r.record AS record`,
  );
  return {
    text: `${WITH_LIVE_GENERATION} CALL (liveGen) { ${branches.join(' UNION ALL ')} } RETURN record LIMIT 1`,
    params: { id },
  };
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
      `WHERE node.gen = ${LIVE} AND ($kinds IS NULL OR node.kind IN $kinds) RETURN node.record AS record`,
    params: { lucene: luceneQuery(text), kinds: kinds ?? null, candidates: int(candidates) },
  };
}

/** A node `n`'s relations `r` in a direction, with their far ends `m`. */
function incidentPattern(direction: Direction): string {
  return direction === 'OUT'
    ? '(n)-[r]->(m:Node)'
    : direction === 'IN'
      ? '(n)<-[r]-(m:Node)'
      : '(n)-[r]-(m:Node)';
}

/** The relations `r` of `n` that a relations question keeps: of the kinds asked, standing with their far end. */
const incidentWhere = `($kinds IS NULL OR type(r) IN $kinds) AND ${standsOn('r')} AND ${standsOn('m')}`;

export function relationsOfQuery(
  id: string,
  direction: Direction,
  kinds: RelationKind[] | undefined,
  asOf: PartialDate | undefined,
): CypherQuery {
  return {
    text:
      `MATCH ${nodeById('n', '$id')} MATCH ${incidentPattern(direction)} WHERE ${incidentWhere} ` +
      'RETURN r.record AS record ORDER BY type(r), m.id, r.id',
    params: { id, kinds: kinds ?? null, ...asOfParams(asOf) },
  };
}

/**
 * A node, its relations in relationsOf's order (the first `first` of them when given) and their
 * far ends, each once: one round trip for a node page (see GraphStore.nodeWithRelations).
 * No row when the node does not exist.
 */
export function nodeWithRelationsQuery(
  id: string,
  direction: Direction,
  kinds: RelationKind[] | undefined,
  asOf: PartialDate | undefined,
  first: number | undefined,
): CypherQuery {
  const limit = first === undefined ? '' : ' LIMIT $first';
  return {
    text:
      `MATCH ${nodeById('n', '$id')} ` +
      `CALL (n) { MATCH ${incidentPattern(direction)} WHERE ${incidentWhere} ` +
      `WITH r, m ORDER BY type(r), m.id, r.id${limit} ` +
      'RETURN collect(r.record) AS relations, collect(DISTINCT m) AS ends } ' +
      'RETURN n.record AS node, relations, [m IN ends | m.record] AS ends',
    params: {
      id,
      kinds: kinds ?? null,
      ...asOfParams(asOf),
      ...(first === undefined ? {} : { first: int(boundedInt(first, 0, 100_000)) }),
    },
  };
}

/** The relations of any of `ids`, each once, ordered by relation id (see GraphStore.relationsOfMany). */
export function relationsOfManyQuery(
  ids: readonly string[],
  direction: Direction,
  kinds: RelationKind[] | undefined,
  asOf: PartialDate | undefined,
): CypherQuery {
  return {
    text:
      `UNWIND $ids AS id MATCH ${nodeById('n', 'id')} MATCH ${incidentPattern(direction)} ` +
      `WHERE ${incidentWhere} WITH DISTINCT r ORDER BY r.id RETURN r.record AS record`,
    params: { ids: [...ids], kinds: kinds ?? null, ...asOfParams(asOf) },
  };
}

export interface WalkFilters {
  asOf?: PartialDate;
  kinds?: NodeKind[];
  relationKinds?: RelationKind[];
}

/** Where a walk may step from a node to `m` along `r`: the relation kinds asked, standing, to a node of the kinds asked. */
const stepWhere =
  `($relationKinds IS NULL OR type(r) IN $relationKinds) AND ${standsOn('r')} ` +
  `AND ($kinds IS NULL OR m.kind IN $kinds) AND ${standsOn('m')}`;

/**
 * One breadth-first level, as Cypher over `reached` (every node kept so far), `frontier` (the
 * last level) and `truncated`: the unseen neighbours of the frontier in id order, kept whole while
 * they fit in `$limit`; the level that does not fit is cut there and ends the walk (its frontier
 * is empty). At most `$limit + 1` neighbours are fetched: one more than could ever fit tells
 * whether the view is cut without fetching the rest.
 */
const levelClauses =
  'CALL (reached, frontier) { UNWIND frontier AS n MATCH (n)-[r]-(m:Node) ' +
  `WHERE ${stepWhere} AND NOT m IN reached ` +
  'WITH DISTINCT m ORDER BY m.id LIMIT $limitPlusOne RETURN collect(m) AS level } ' +
  'WITH reached, level, $limit - size(reached) AS room, truncated ' +
  'WITH reached + level[0..room] AS reached, size(level) > room AS cut, truncated, level ' +
  'WITH reached, CASE WHEN cut THEN [] ELSE level END AS frontier, truncated OR cut AS truncated ';

/**
 * A whole neighbourhood in one query (see GraphStore.neighborhood): the centre if it stands, then
 * `depth` breadth-first levels written out one after another (depth is at most a few), then the
 * relations among the nodes kept, by id. No row when the centre does not exist or does not stand.
 *
 * Why levels rather than one `ANY SHORTEST (c)(...){1,depth}(x)` pattern sorted by distance (the
 * same answer): the shortest-path search reaches everything within `depth` before the limit can
 * cut, while a level that crosses the limit ends the walk here. Measured on a synthetic
 * 20k-node, 100k-relation graph, levels answer truncated views 2 to 5 times faster (and the
 * seed graph's largest view 1.5 times); the former one-query-per-level transaction was 3 to 60
 * times slower.
 */
export function neighborhoodQuery(id: string, depth: number, limit: number, f: WalkFilters): CypherQuery {
  const levels = levelClauses.repeat(boundedInt(depth, 1, 10));
  return {
    text:
      `MATCH ${nodeById('c', '$id')} WHERE ${standsOn('c')} ` +
      'WITH [c] AS reached, [c] AS frontier, false AS truncated ' +
      levels +
      'CALL (reached) { UNWIND reached AS a MATCH (a)-[r]->(b:Node) WHERE b IN reached ' +
      `AND ($relationKinds IS NULL OR type(r) IN $relationKinds) AND ${standsOn('r')} ` +
      'WITH r ORDER BY r.id RETURN collect(r.record) AS relations } ' +
      'RETURN [n IN reached | n.record] AS nodes, relations, truncated',
    params: {
      id,
      limit: int(limit),
      limitPlusOne: int(limit + 1),
      kinds: f.kinds ?? null,
      relationKinds: f.relationKinds ?? null,
      ...asOfParams(f.asOf),
    },
  };
}

/**
 * One pass of the path search (see `pathPasses` in @cadre/store: legal chains, then any path) as a
 * subquery over the ends `a` and `b`, collecting its paths into `name`, the pass's parameters
 * prefixed with `name`. `SHORTEST k GROUPS` returns every path of the k shortest lengths, found by
 * Neo4j's bidirectional search (not by enumerating every walk up to maxHops); since each group
 * holds at least one path, the first `first` paths ordered by length then relation ids are among
 * the first `first` groups — the same answer as the embedded store's. Two spare groups cover
 * groups whose only members revisit a node (removed by the simple-path filter).
 *
 * The pass is a predicate inside the quantified path pattern, so the search itself never walks
 * what the pass leaves out (the embedded store filters its walk the same way): a step's far node
 * `x` may be of an avoided kind only if it is the end; a relation of an end-only kind must touch
 * an end (`w` is the step's near node).
 */
function pathPassSearch(name: string, hops: number, groups: number): string {
  const step =
    `${standsOn('r')} AND ${standsOn('x')} AND NOT type(r) IN $${name}AvoidRelationKinds ` +
    `AND (x.id = $to OR NOT x.kind IN $${name}AvoidKinds) ` +
    `AND (NOT type(r) IN $${name}EndOnlyRelationKinds OR w.id = $from OR x.id = $to)`;
  return (
    `MATCH p = SHORTEST ${groups} GROUPS (a)((w:Node)-[r]-(x:Node) WHERE ${step}){1,${hops}}(b) ` +
    'WITH p, nodes(p) AS ns WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..]) ' +
    'WITH p, [r IN relationships(p) | r.id] AS relIds ORDER BY length(p), relIds LIMIT $first ' +
    'RETURN collect({nodes: [n IN nodes(p) | n.record], relations: [r IN relationships(p) | r.record]}) ' +
    `AS ${name}`
  );
}

const passParams = (name: string, pass: PathPass): Record<string, unknown> => ({
  [`${name}AvoidKinds`]: pass.avoidKinds,
  [`${name}AvoidRelationKinds`]: pass.avoidRelationKinds,
  [`${name}EndOnlyRelationKinds`]: pass.endOnlyRelationKinds,
});

/**
 * Shortest simple paths, both passes in one query: the legal chains, then — only when they are
 * fewer than `first` — any path (the second subquery gets no row otherwise, so it never
 * searches). The store ranks the two lists with the shared `rankPaths`. No row when an end does
 * not exist or does not stand.
 */
export function pathsQuery(
  from: string,
  to: string,
  maxHops: number,
  first: number,
  asOf: PartialDate | undefined,
  passes: { legal: PathPass; any: PathPass },
): CypherQuery {
  const hops = boundedInt(maxHops, 1, 10);
  const groups = boundedInt(first, 1, 50) + 2;
  return {
    text:
      `MATCH ${nodeById('a', '$from')}, ${nodeById('b', '$to')} ` +
      `WHERE ${standsOn('a')} AND ${standsOn('b')} ` +
      `CALL (a, b) { ${pathPassSearch('legal', hops, groups)} } ` +
      `CALL (a, b, legal) { WITH a, b, legal WHERE size(legal) < $first ${pathPassSearch('other', hops, groups)} } ` +
      'RETURN legal, other',
    params: {
      from,
      to,
      first: int(first),
      ...passParams('legal', passes.legal),
      ...passParams('other', passes.any),
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
    text: `${WITH_LIVE_GENERATION} MATCH (n:Node) WHERE n.gen = liveGen AND ${where} AND ($after IS NULL OR n.sortKey > $after) RETURN n.record AS record, n.sortKey AS key ORDER BY n.sortKey LIMIT $limit`,
    params: { ...params, after: after ?? null, limit: int(first + 1) },
  };
}

export function countNodesQuery(f: ListFilters): CypherQuery {
  const { where, params } = listWhere(f);
  return {
    text: `${WITH_LIVE_GENERATION} MATCH (n:Node) WHERE n.gen = liveGen AND ${where} RETURN count(n) AS total`,
    params,
  };
}

/** One row even on an empty database: each subquery aggregates without a grouping key at its end. */
export function statsQuery(): CypherQuery {
  return {
    text:
      `${WITH_LIVE_GENERATION} ` +
      'CALL (liveGen) { MATCH (n:Node) WHERE n.gen = liveGen WITH n.kind AS kind, count(*) AS count, sum(n.citationCount) AS citations ' +
      'RETURN collect({kind: kind, count: count}) AS nodeKinds, sum(citations) AS nodeCitations } ' +
      'CALL (liveGen) { MATCH ()-[r]->() WHERE r.gen = liveGen WITH type(r) AS kind, count(*) AS count, sum(r.citationCount) AS citations ' +
      'RETURN collect({kind: kind, count: count}) AS relationKinds, sum(citations) AS relationCitations } ' +
      'CALL (liveGen) { MATCH (s:Source) WHERE s.gen = liveGen RETURN count(s) AS sources } ' +
      'RETURN nodeKinds, relationKinds, nodeCitations + relationCitations AS citations, sources',
    params: {},
  };
}

/** Whether a seeded graph is live, and whether nodes of no generation (an older Cadre's) are stored. */
export function seedingStateQuery(): CypherQuery {
  return {
    text: `${WITH_LIVE_GENERATION}
RETURN liveGen IS NOT NULL AS seeded,
       EXISTS { MATCH (n:Node) WHERE n.gen IS NULL } AS unversioned`,
    params: {},
  };
}
