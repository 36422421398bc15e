/** The questions the API bench asks Cadre, as GraphQL documents (also what profile-api.ts profiles). */
const REL = 'id kind from { id name } to { id name }';

export const CADRE_QUESTIONS = {
  /** N1: a node with its first 8 relations and their far ends. */
  node: `query($id: ID!) { node(id: $id) { id name relations(first: 8) { ${REL} } } }`,
  /** Everything within `depth` hops (N2 at depth 2). */
  hood: (depth: number): string =>
    `query($id: ID!) { neighborhood(id: $id, depth: ${depth}) { truncated nodes { id name } relations { ${REL} } } }`,
  paths: `query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length nodes { id name } relations { id kind } } }`,
  search: `query($t: String!) { search(text: $t) { id name } }`,
};
