/**
 * Readers see one generation of the graph: the one the meta node calls live (seeding writes the
 * next one beside it and switches in one small transaction; see write-seed-graph.ts). Relations
 * only join nodes of one generation, so a read filters where it enters the graph (a node or
 * source by id, full-text hits, lists, counts) and traversals from there need no filter.
 * While a seeding writes, the full-text index also holds the next generation: its hits are
 * dropped after the index's candidate limit, so a search may bring fewer candidates until the
 * switch (never a node of the wrong generation).
 * Before the first seeding there is no meta node: the live generation is null, which equals
 * nothing, so every entry point finds nothing and the database reads as an empty graph.
 */

/** The meta node, bound to `meta` (the seeding's writes). */
export const META = "(meta:GraphMeta {key: 'graph'})";

/**
 * The live generation as an expression, for entry points that seek: Neo4j evaluates it once per
 * row and still seeks the (gen, id) uniqueness index with it (checked with PROFILE:
 * NodeUniqueIndexSeek on Node(gen, id)).
 */
export const LIVE_GENERATION =
  "head(COLLECT { MATCH (liveMeta:GraphMeta {key: 'graph'}) RETURN liveMeta.live })";

/** Binds `liveGen` once, for reads that scan (lists, counts, stats) rather than seek. */
export const WITH_LIVE_GENERATION =
  "OPTIONAL MATCH (liveMeta:GraphMeta {key: 'graph'}) WITH liveMeta.live AS liveGen";
