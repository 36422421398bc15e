import { FAMILY_LABELS, RELATIONSHIP_TYPES, type CypherQuery } from './cypher-query';

export const FULLTEXT_INDEX = 'node_search';

const q = (text: string): CypherQuery => ({ text, params: {} });

/**
 * Constraints of earlier Cadres (dropping a missing one is a no-op). Before generations, ids were
 * unique on their own; a new generation repeats the live one's ids, so those had to go. Then
 * relationships had a (gen, id) uniqueness constraint: checking it was about a fifth of the
 * server's CPU when seeding a million relations, for a property the seed validation already
 * makes unique (duplicate relation ids stop the load before anything is written), so a plain
 * index took its place.
 */
function droppedConstraints(): CypherQuery[] {
  return [
    ...['Node', 'Source', ...FAMILY_LABELS].map((label) => `${label.toLowerCase()}_id`),
    ...RELATIONSHIP_TYPES.map((type) => `rel_${type.toLowerCase()}_id`),
    ...RELATIONSHIP_TYPES.map((type) => `rel_${type.toLowerCase()}_gen_id`),
  ].map((name) => q(`DROP CONSTRAINT ${name} IF EXISTS`));
}

/**
 * Idempotent schema. Ids are unique per generation (see write-seed-graph.ts): Neo4j 5 Community
 * has composite property uniqueness constraints, and each node's or source's is backed by a
 * composite range index, which every "by id" entry point seeks with (gen, id); a relation by id
 * seeks a plain index on its id (at most one hit per generation) and keeps the live one. Indexes for the
 * fields filters and paging use, and a full-text index that folds accents (Lucene's
 * standard-folding analyzer) over ids, EN and FR names, aliases and numbers; readers keep only the
 * live generation's hits.
 */
export function schemaQueries(): CypherQuery[] {
  return [
    ...droppedConstraints(),
    q('CREATE CONSTRAINT graph_meta_key IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.key IS UNIQUE'),
    ...['Node', 'Source'].map((label) =>
      q(
        `CREATE CONSTRAINT ${label.toLowerCase()}_gen_id IF NOT EXISTS FOR (n:${label}) REQUIRE (n.gen, n.id) IS UNIQUE`,
      ),
    ),
    ...RELATIONSHIP_TYPES.map((type) =>
      q(`CREATE INDEX rel_${type.toLowerCase()}_id_index IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`),
    ),
    q('CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind)'),
    q('CREATE INDEX node_sort_key IF NOT EXISTS FOR (n:Node) ON (n.sortKey)'),
    q('CREATE INDEX node_valid_from IF NOT EXISTS FOR (n:Node) ON (n.validFromDay)'),
    q(
      `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Node) ON EACH [n.id, n.nameEn, n.nameFr, n.aliasesText, n.number] ` +
        "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }",
    ),
  ];
}

/** Waits until the indexes are online, so the first search after start sees everything. */
export function awaitIndexesQuery(): CypherQuery {
  return { text: 'CALL db.awaitIndexes(300)', params: {} };
}
