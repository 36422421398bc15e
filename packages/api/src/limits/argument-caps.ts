import { badInput } from '../errors';

/**
 * Caps on the arguments that decide how much work one request makes. A value over a cap is
 * refused with BAD_USER_INPUT rather than clamped, so a client never mistakes a cut answer for
 * the whole one. Sized for a 100k-node, 1M-relation graph: depth 3 around a hub and six hops
 * between two nodes are already more than a person can read.
 *
 * The only place caps are written: the SDL's descriptions state them, and a test
 * (__tests__/schema-limits.test.ts) checks each description against this object. Defaults are
 * written in the SDL only.
 */
export const CAPS = {
  depth: 3,
  maxHops: 6,
  limit: 2000,
  searchFirst: 100,
  pathsFirst: 10,
  listFirst: 200,
  nodeIds: 200,
  relationsFirst: 500,
  searchTextLength: 200,
  /** States side by side in `compareJurisdictions` (at least two: a comparison). */
  compareIds: 4,
  /** Treaties in one comparison. */
  compareTreaties: 6,
} as const;

/** Returns `value` when it is an integer in [min, max]; otherwise refuses it, naming the argument. */
export function requireInRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`"${name}" must be between ${min} and ${max} (got ${value})`, name);
  }
  return value;
}

export function requireSearchText(text: string): string {
  if (text.length > CAPS.searchTextLength) {
    throw badInput(`"text" must be at most ${CAPS.searchTextLength} characters (got ${text.length})`, 'text');
  }
  return text;
}
