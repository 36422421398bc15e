import type { NodeKind } from './node-kinds';
import type { RelationKind } from './relation-kinds';

/**
 * What makes a path a shared-place hub rather than a legal chain, defined once for both stores
 * and the API. "Decree 2011-036 applies in Mali, and Mali is a party to the Protocol" is true but
 * says nothing a lawyer can use: nearly everything national applies in, or is based in, the
 * country. "The Decree establishes the Committee, which UNODC supports, guardian of the Protocol"
 * is a chain of institutional facts. So paths are ranked legal chains first (see `paths` in
 * @cadre/store): no place in the middle, and no relation that only says where something is.
 *
 * Concepts are not hubs: "Article 7 of Law 2012-023 criminalises trafficking in persons, which
 * Article 3 of the Protocol defines" is the substance of legal work.
 */
export const HUB_NODE_KINDS: readonly NodeKind[] = ['PLACE'];

/** Relations that say where something applies, sits, happened or reaches. */
export const HUB_RELATION_KINDS: readonly RelationKind[] = [
  'APPLIES_IN',
  'LOCATED_IN',
  'BASED_IN',
  'HELD_IN',
  'COVERS',
];

interface PathShape {
  nodes: ReadonlyArray<{ id: string; kind: NodeKind }>;
  relations: ReadonlyArray<{ kind: RelationKind; from: string; to: string }>;
}

/**
 * Whether a path passes through a hub: a node of a hub kind in its middle, or a hub relation that
 * touches neither end. A hub relation at an end is the end's own fact ("Law 2012-023 applies in
 * Mali" on a path from Mali), not a hub passed through.
 */
export function passesThroughHub({ nodes, relations }: PathShape): boolean {
  const ends = new Set([nodes[0]?.id, nodes[nodes.length - 1]?.id]);
  return (
    nodes.slice(1, -1).some((n) => HUB_NODE_KINDS.includes(n.kind)) ||
    relations.some((r) => HUB_RELATION_KINDS.includes(r.kind) && !ends.has(r.from) && !ends.has(r.to))
  );
}
