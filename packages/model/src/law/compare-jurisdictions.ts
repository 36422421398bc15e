import type { PartialDate } from '../partial-date';
import type { NodeRecord, RelationRecord } from '../records';
import { coordinationBodies, type CoordinationBody } from './coordination-bodies';
import { COVERAGE_COLUMNS, type CoverageColumn } from './coverage-columns';
import { implementationMap, type ImplementationMap } from './implementation-map';
import {
  coverageCells,
  nationalInstruments,
  type CoverageCell,
  type NationalInstrument,
} from './national-coverage';
import {
  participationStatusOn,
  stateParticipation,
  type ParticipationStatusOn,
  type StateParticipation,
} from './participation-status';
import { placesWithin, standingOn } from './standing-graph';

export interface TreatyParticipation extends StateParticipation {
  treaty: NodeRecord;
  jurisdiction: NodeRecord;
  on: ParticipationStatusOn;
}

export interface JurisdictionProfile {
  jurisdiction: NodeRecord;
  /** One per treaty asked, in the order asked. */
  participation: TreatyParticipation[];
  /** National texts standing on the date, by first stage then id. */
  instruments: NationalInstrument[];
  /** One per coverage column, in column order. */
  coverage: CoverageCell[];
  bodies: CoordinationBody[];
  /** The implementation map of each treaty asked, for this state, on the date. */
  implementation: ImplementationMap[];
}

export interface JurisdictionComparison {
  asOf: PartialDate;
  treaties: NodeRecord[];
  columns: readonly CoverageColumn[];
  /** One per state, in the order asked. */
  profiles: JurisdictionProfile[];
}

export interface ComparisonRecords {
  nodes: readonly NodeRecord[];
  relations: readonly RelationRecord[];
}

/**
 * Two or more states side by side on a date, from records alone (no store, no I/O): each state's
 * standing in each treaty asked (`participationStatusOn`), the national texts that apply in it with
 * their in-force status and the concepts they or their provisions address, define or criminalise
 * (`nationalInstruments`), those concepts in the coverage columns (`coverageCells`), its
 * coordination bodies (`coordinationBodies`), and each treaty's `implementationMap`. Existence
 * follows `asOf` as everywhere (`standingOn`); legal status is asked of the law model (`inForceOn`,
 * `partyOn`), never read from existence.
 */
export function compareJurisdictions(
  records: ComparisonRecords,
  stateIds: readonly string[],
  asOf: PartialDate,
  treatyIds: readonly string[],
): JurisdictionComparison {
  const all = new Map(records.nodes.map((n) => [n.id, n]));
  const required = (id: string): NodeRecord => {
    const node = all.get(id);
    if (!node) throw new Error(`No node "${id}" among the records compared`);
    return node;
  };
  const treaties = treatyIds.map(required);
  const graph = standingOn(records, asOf);

  const profile = (stateId: string): JurisdictionProfile => {
    const jurisdiction = required(stateId);
    const places = placesWithin(stateId, graph.relations);
    const instruments = nationalInstruments(graph, places, asOf);
    return {
      jurisdiction,
      participation: treaties.map((treaty) => {
        // Read from all records: a PARTY_TO stands only from the entry into force, but the
        // signature and deposit before it are what the status on an earlier date rests on.
        const sp = stateParticipation(stateId, treaty.id, records.relations);
        return { ...sp, treaty, jurisdiction, on: participationStatusOn(sp.participation, treaty, asOf) };
      }),
      instruments,
      coverage: coverageCells(instruments),
      bodies: coordinationBodies(graph, places),
      implementation: treaties.map((treaty) =>
        implementationMap({ treatyId: treaty.id, jurisdictionId: stateId, asOf, ...records }),
      ),
    };
  };
  return { asOf, treaties, columns: COVERAGE_COLUMNS, profiles: stateIds.map(profile) };
}
