/**
 * The shapes of Cadre's identifiers, defined once for the seeds, the stores, the API and (through
 * the browser-safe entry `@cadre/model/patterns`) the explorer. No Node imports here.
 */

/** A node's, source's or explicit relation's id: words of a-z and 0-9 joined by "-" or "." (ml-law-2012-023). */
export const ID_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/** A vocabulary name (node kind, sub-type, relation kind): upper-case words joined by "_" (PARTY_TO). */
export const KIND_PATTERN = /^[A-Z]+(?:_[A-Z]+)*$/;

const strip = (pattern: RegExp): string => pattern.source.replace(/^\^|\$$/g, '');
const DEFAULT_RELATION_ID = new RegExp(
  `^(${strip(ID_PATTERN)})\\.(${strip(KIND_PATTERN)})\\.(${strip(ID_PATTERN)})$`,
);

/** The id of a relation that the seeds give none: "<from>.<KIND>.<to>". */
export function defaultRelationId(relation: { from: string; kind: string; to: string }): string {
  return `${relation.from}.${relation.kind}.${relation.to}`;
}

/** The ends and kind named by a default relation id; undefined for any other id. */
export function parseDefaultRelationId(id: string): { from: string; kind: string; to: string } | undefined {
  const match = DEFAULT_RELATION_ID.exec(id);
  return match ? { from: match[1]!, kind: match[2]!, to: match[3]! } : undefined;
}
