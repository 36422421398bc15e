import { isValidOn, type PartialDate } from '../partial-date';
import type { NodeKind } from '../vocabulary/node-kinds';
import type { RelationKind } from '../vocabulary/relation-kinds';
import type { NodeRecord, RelationRecord } from '../records';

/** What stands on a date: the nodes and the relations between them (as the stores' `asOf`). */
export interface StandingGraph {
  nodes: ReadonlyMap<string, NodeRecord>;
  relations: readonly RelationRecord[];
}

/** The records standing on `asOf` (`isValidOn`: what had not begun or had ended is left out). */
export function standingOn(
  records: { nodes: readonly NodeRecord[]; relations: readonly RelationRecord[] },
  asOf: PartialDate,
): StandingGraph {
  const stands = (x: { validFrom?: PartialDate; validTo?: PartialDate }): boolean =>
    isValidOn(asOf, x.validFrom, x.validTo);
  const nodes = new Map(records.nodes.filter(stands).map((n) => [n.id, n]));
  const relations = records.relations.filter((r) => stands(r) && nodes.has(r.from) && nodes.has(r.to));
  return { nodes, relations };
}

/** The places in a state: itself and what is LOCATED_IN it, directly or not. */
export function placesWithin(stateId: string, relations: readonly RelationRecord[]): Set<string> {
  const places = new Set([stateId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of relations) {
      if (r.kind === 'LOCATED_IN' && places.has(r.to) && !places.has(r.from)) {
        places.add(r.from);
        grew = true;
      }
    }
  }
  return places;
}

/**
 * The nodes of a kind joined to one of `places` by a relation of `kind` (a text APPLIES_IN, a body
 * BASED_IN), each with those relations: what makes it national.
 */
export function nationalTo(
  graph: StandingGraph,
  places: ReadonlySet<string>,
  nodeKind: NodeKind,
  kind: RelationKind,
): Array<{ node: NodeRecord; relations: RelationRecord[] }> {
  const found = new Map<string, RelationRecord[]>();
  for (const r of graph.relations) {
    if (r.kind === kind && places.has(r.to) && graph.nodes.get(r.from)?.kind === nodeKind)
      found.set(r.from, [...(found.get(r.from) ?? []), r]);
  }
  return [...found].map(([id, relations]) => ({ node: graph.nodes.get(id)!, relations }));
}
