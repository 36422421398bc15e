import {
  NODE_KIND_NAMES,
  RELATION_KIND_NAMES,
  toDayRange,
  type NodeKind,
  type PartialDate,
} from '@cadre/model';

/** A Cypher text and its parameters: the only thing the builders return, so they test without a database. */
export interface CypherQuery {
  text: string;
  params: Record<string, unknown>;
}

/** The label of a kind's family: INSTRUMENT → Instrument. Every node also has the label Node. */
export function familyLabel(kind: NodeKind): string {
  return kind.charAt(0) + kind.slice(1).toLowerCase();
}

export const FAMILY_LABELS = NODE_KIND_NAMES.map(familyLabel);
/** Relationship types are the relation kinds themselves (SUPPLEMENTS, PARTY_TO ...). */
export const RELATIONSHIP_TYPES = RELATION_KIND_NAMES;

/**
 * Labels, relationship types and hop counts cannot be Cypher parameters. These guards are the
 * only way such values reach a query text: names from the closed vocabulary, integers in range.
 */
export function vocabularyName(name: string, allowed: readonly string[]): string {
  if (!allowed.includes(name)) throw new Error(`"${name}" is not in the vocabulary`);
  return name;
}

export function boundedInt(value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new RangeError(`${value} is not an integer in [${min}, ${max}]`);
  return value;
}

/** `asOf` as the two days the Cypher predicates compare with (null: no date filter). */
export function asOfParams(asOf: PartialDate | undefined): {
  asOfFirst: string | null;
  asOfLast: string | null;
} {
  if (!asOf) return { asOfFirst: null, asOfLast: null };
  const range = toDayRange(asOf);
  return { asOfFirst: range.first, asOfLast: range.last };
}

/**
 * Whether `v` (a node or relationship) stood on $asOf: the same rule as the embedded store
 * (`isValidOn`), on the precomputed first day of validFrom and last day of validTo.
 */
export function standsOn(v: string): string {
  return `($asOfFirst IS NULL OR ((${v}.validFromDay IS NULL OR ${v}.validFromDay <= $asOfLast) AND (${v}.validToDay IS NULL OR ${v}.validToDay >= $asOfFirst)))`;
}
