/**
 * The raw-driver floor's questions, each one Cypher query returning the stored records: N1 a node
 * with its relations and their far ends, N2 everything within two hops with the relations among it.
 */
export const RAW_QUESTIONS: Record<string, string> = {
  n1:
    'MATCH (n:Node {id: $id}) OPTIONAL MATCH (n)-[r]-(m:Node) ' +
    'RETURN n.record AS node, collect({relation: r.record, end: m.record}) AS relations',
  n2:
    'MATCH (c:Node {id: $id}) CALL (c) { MATCH (c)-[*0..2]-(m:Node) RETURN collect(DISTINCT m) AS ns } ' +
    'CALL (ns) { UNWIND ns AS a MATCH (a)-[r]->(b:Node) WHERE b IN ns RETURN collect(r.record) AS rels } ' +
    'RETURN [x IN ns | x.record] AS nodes, rels AS relations',
};

/**
 * The index the floors' questions find a node by (`{id: $id}`), as a user of the bare driver or of
 * @neo4j/graphql would create it. Cadre's own schema indexes (gen, id), which `{id: $id}` alone
 * cannot seek: without this index the floors (and an older Cadre) scan every node, and at 100k
 * nodes they would measure a label scan instead of a floor.
 */
export const RAW_ID_INDEX = 'CREATE INDEX bench_node_id IF NOT EXISTS FOR (n:Node) ON (n.id)';
