import {
  ID_PATTERN,
  isPartialDate,
  isValidOn,
  toDayRange,
  type NodeRecord,
  type PartialDate,
  type RelationRecord,
} from '@cadre/model';

/** Whether a node stood on `asOf` (always, when no date is asked). */
export function nodeStandsOn(node: NodeRecord, asOf: PartialDate | undefined): boolean {
  return asOf === undefined || isValidOn(asOf, node.validFrom, node.validTo);
}

export function relationStandsOn(relation: RelationRecord, asOf: PartialDate | undefined): boolean {
  return asOf === undefined || isValidOn(asOf, relation.validFrom, relation.validTo);
}

/**
 * The key nodes are listed by: dated nodes by their start, then undated ones; ties by id.
 * A plain string so that Neo4j can index it and page through it with a range predicate.
 */
export function nodeSortKey(node: Pick<NodeRecord, 'id' | 'validFrom'>): string {
  const day = node.validFrom ? toDayRange(node.validFrom).first : '9999-12-31';
  return `${day}|${node.id}`;
}

/** Whether `key` has the shape of a `nodeSortKey`: a whole day, "|", a node id. */
export function isNodeSortKey(key: string): boolean {
  const [day, id, ...rest] = key.split('|');
  return (
    rest.length === 0 && day?.length === 10 && isPartialDate(day) && id !== undefined && ID_PATTERN.test(id)
  );
}

/** Whether a node's validity overlaps [from, to]. Undated nodes only pass when no bound is set. */
export function overlapsPeriod(node: NodeRecord, from?: PartialDate, to?: PartialDate): boolean {
  if (!from && !to) return true;
  if (!node.validFrom && !node.validTo) return false;
  if (to && node.validFrom && toDayRange(node.validFrom).first > toDayRange(to).last) return false;
  if (from && node.validTo && toDayRange(node.validTo).last < toDayRange(from).first) return false;
  return true;
}
