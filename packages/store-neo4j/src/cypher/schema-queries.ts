import { FAMILY_LABELS, RELATIONSHIP_TYPES, type CypherQuery } from './cypher-query';

export const FULLTEXT_INDEX = 'node_search';

/**
 * Idempotent schema: a uniqueness constraint on id for every label and relationship type,
 * indexes for the fields filters and paging use, and a full-text index that folds accents
 * (Lucene's standard-folding analyzer) over ids, EN and FR names, aliases and numbers.
 */
export function schemaQueries(): CypherQuery[] {
  const q = (text: string): CypherQuery => ({ text, params: {} });
  return [
    ...['Node', 'Source', ...FAMILY_LABELS].map((label) =>
      q(`CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
    ),
    ...RELATIONSHIP_TYPES.map((type) =>
      q(
        `CREATE CONSTRAINT rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
      ),
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
