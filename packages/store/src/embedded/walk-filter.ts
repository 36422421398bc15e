import type { NodeKind, PartialDate, RelationKind } from '@cadre/model';
import type { PathPass } from '../legal-chains';
import type { CompactGraph } from './compact-graph';
import { dayWindow, OPEN_END, OPEN_START } from './day-window';

export interface WalkOptions {
  asOf?: PartialDate;
  /** Kinds the far end must have (all when omitted). */
  kinds?: readonly NodeKind[];
  relationKinds?: readonly RelationKind[];
}

/** Whether the relation in adjacency slot `slot` of node `near` may be walked (to its far end). */
export type SlotFilter = (slot: number, near: number) => boolean;

/**
 * The walk rule of `walkable` in one closure over typed arrays: the relation is of a followed kind
 * and stood on `asOf`, and its far end stood on `asOf` and is of a kept kind. Options are resolved
 * once (kinds to lookup tables, `asOf` to a day window), so each relation costs a few array reads.
 */
export function slotFilter(graph: CompactGraph, options: WalkOptions): SlotFilter {
  const nodeMask = graph.nodeKinds.mask(options.kinds);
  const relationMask = graph.relationKinds.mask(options.relationKinds);
  const { asOf } = options;
  const dated = asOf !== undefined;
  const { first, last } = dated ? dayWindow(asOf) : { first: OPEN_START, last: OPEN_END };
  const { slotRelation, slotFar, relationKind, relationFrom, relationTo, nodeKind, nodeFrom, nodeTo } = graph;
  return (slot) => {
    const r = slotRelation[slot]!;
    if (relationMask && relationMask[relationKind[r]!] === 0) return false;
    const far = slotFar[slot]!;
    if (
      dated &&
      (relationFrom[r]! > last || relationTo[r]! < first || nodeFrom[far]! > last || nodeTo[far]! < first)
    )
      return false;
    return !nodeMask || nodeMask[nodeKind[far]!] === 1;
  };
}

/** Whether node `n` stood on `asOf` (always, when no date is asked): `nodeStandsOn` in numbers. */
export function nodeStands(graph: CompactGraph, n: number, asOf: PartialDate | undefined): boolean {
  if (asOf === undefined) return true;
  const { first, last } = dayWindow(asOf);
  return graph.nodeFrom[n]! <= last && graph.nodeTo[n]! >= first;
}

/**
 * `passAllows` (legal-chains.ts) on top of `walkable`, in codes: the relation is not of an avoided
 * kind, neither of its ends is of an avoided kind unless it is an end of the path, and an end-only
 * relation touches an end of the path. Kept in step with `passAllows`, which Neo4j's store applies.
 */
export function pathPassFilter(
  graph: CompactGraph,
  walkable: SlotFilter,
  pass: PathPass,
  from: number,
  to: number,
): SlotFilter {
  const avoidRelation = graph.relationKinds.mask(pass.avoidRelationKinds);
  const avoidNode = graph.nodeKinds.mask(pass.avoidKinds);
  const endOnly = graph.relationKinds.mask(pass.endOnlyRelationKinds);
  const { slotRelation, slotFar, relationKind, nodeKind } = graph;
  const isEnd = (n: number): boolean => n === from || n === to;
  return (slot, near) => {
    const kind = relationKind[slotRelation[slot]!]!;
    if (avoidRelation?.[kind] === 1) return false;
    const far = slotFar[slot]!;
    if (
      avoidNode &&
      ((!isEnd(near) && avoidNode[nodeKind[near]!] === 1) || (!isEnd(far) && avoidNode[nodeKind[far]!] === 1))
    )
      return false;
    if (endOnly?.[kind] === 1 && !isEnd(near) && !isEnd(far)) return false;
    return walkable(slot, near);
  };
}
