import type { PartialDate } from '../partial-date';
import type { NodeRecord, RelationRecord } from '../records';
import {
  PARTICIPATION_STATUSES,
  participationStatusOn,
  stateParticipation,
  type ParticipationStatus,
  type ParticipationStatusOn,
  type StateParticipation,
} from './participation-status';

export interface RatificationMapRow extends StateParticipation {
  jurisdiction: NodeRecord;
  on: ParticipationStatusOn;
}

export interface RatificationMap {
  treaty: NodeRecord;
  asOf: PartialDate;
  /** One per jurisdiction given, in the order given. */
  rows: RatificationMapRow[];
  /**
   * Every status in legend order, with how many rows have it (zero included, so a legend is
   * stable) and how many of those have no participation recorded at all (NOT_SIGNED only): a map
   * shows those apart, as a gap in the graph rather than a State that did not sign.
   */
  legend: Array<{ status: ParticipationStatus; count: number; unrecorded: number }>;
}

/**
 * The jurisdictions comparisons and maps offer: countries that sign or join an instrument (PARTY_TO,
 * SIGNED) or in which an instrument applies (APPLIES_IN). The vocabulary fixes the other end of
 * those kinds (an instrument; validated when seeds load), so only the places are needed. A country
 * the graph names only as a donor's seat or a participant's origin is not one. Ordered by id; the
 * caller orders for a reader (`byName`).
 */
export function jurisdictionsOf(
  places: readonly NodeRecord[],
  relations: readonly RelationRecord[],
): NodeRecord[] {
  const ids = new Set<string>();
  for (const r of relations) {
    if (r.kind === 'PARTY_TO' || r.kind === 'SIGNED') ids.add(r.from);
    if (r.kind === 'APPLIES_IN') ids.add(r.to);
  }
  return places
    .filter((n) => n.kind === 'PLACE' && n.type === 'COUNTRY' && ids.has(n.id))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Orders nodes by name in a language (the English name when there is no French one), then id. */
export function byName(lang: 'en' | 'fr'): (a: NodeRecord, b: NodeRecord) => number {
  const name = (n: NodeRecord): string => (lang === 'fr' ? (n.name.fr ?? n.name.en) : n.name.en);
  return (a, b) => name(a).localeCompare(name(b), lang) || a.id.localeCompare(b.id);
}

/**
 * Each jurisdiction's standing in one treaty on a date (`participationStatusOn`), with the legend.
 * Participation is read from every record given, whatever its own time: the signature and the
 * deposit that come before a PARTY_TO relation stands are what earlier dates rest on.
 */
export function ratificationMap(input: {
  treaty: NodeRecord;
  jurisdictions: readonly NodeRecord[];
  relations: readonly RelationRecord[];
  asOf: PartialDate;
}): RatificationMap {
  const { treaty, asOf } = input;
  const rows = input.jurisdictions.map((jurisdiction): RatificationMapRow => {
    const sp = stateParticipation(jurisdiction.id, treaty.id, input.relations);
    return { ...sp, jurisdiction, on: participationStatusOn(sp.participation, treaty, asOf) };
  });
  return {
    treaty,
    asOf,
    rows,
    legend: PARTICIPATION_STATUSES.map((status) => {
      const rowsOf = rows.filter((r) => r.on.status === status);
      return { status, count: rowsOf.length, unrecorded: rowsOf.filter((r) => !r.on.recorded).length };
    }),
  };
}
