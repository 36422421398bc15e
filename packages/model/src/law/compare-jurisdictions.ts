import type { CitationRecord } from '../citation-records';
import { comparePartialDates, isValidOn, type PartialDate } from '../partial-date';
import type { NodeRecord, RelationRecord } from '../records';
import type { RelationKind } from '../vocabulary/relation-kinds';
import {
  COVERAGE_COLUMNS,
  POLICY_INSTRUMENT_TYPES,
  coverageColumnsOf,
  type CoverageColumn,
  type CoverageColumnId,
} from './coverage-columns';
import { implementationMap, type ImplementationMap } from './implementation-map';
import { inForceOn, type InstrumentStatusOn } from './instrument-status';
import {
  participationStatusOn,
  stateParticipation,
  uniqueCitations,
  type ParticipationStatusOn,
  type StateParticipation,
} from './participation-status';

/**
 * Per column, what the graph holds for a state on a date: a binding national text in force that
 * reaches one of the column's concepts; only a plan or strategy in force; texts none of which is
 * shown in force (adopted, not yet in force, or undated); or nothing. NOTHING_IN_GRAPH is a fact about the graph, never "the law is silent".
 */
export type CoverageStatus = 'LAW_IN_FORCE' | 'POLICY_ONLY' | 'NONE_SHOWN_IN_FORCE' | 'NOTHING_IN_GRAPH';

/** How a national text reaches a concept: it (or one of its provisions) ADDRESSES, DEFINES or CRIMINALISES it. */
export const COVERAGE_RELATION_KINDS: readonly RelationKind[] = ['ADDRESSES', 'DEFINES', 'CRIMINALISES'];

/** The relations that make a text, a body or a place national: where it applies or sits. */
const NATIONAL_KINDS: readonly RelationKind[] = ['APPLIES_IN', 'BASED_IN'];

export interface ConceptLink {
  concept: NodeRecord;
  /** The ADDRESSES, DEFINES or CRIMINALISES relation, with its sources and note. */
  relation: RelationRecord;
  instrument: NodeRecord;
  /** When a provision of the text, not the text as a whole, is the subject of the relation. */
  provision?: NodeRecord;
  inferred: boolean;
  /** The coverage columns the concept counts for (often none: "child protection" has no column). */
  columns: CoverageColumnId[];
}

export interface NationalInstrument {
  instrument: NodeRecord;
  /** Its APPLIES_IN relations to the state or a place in it (their sources say it is national). */
  appliesIn: RelationRecord[];
  status: InstrumentStatusOn;
  /** A binding text (law, code, decree, ordinance, order, agreement) rather than a policy. */
  binding: boolean;
  concepts: ConceptLink[];
}

export interface CoverageCell {
  column: CoverageColumn;
  status: CoverageStatus;
  /** Every national text that reaches the column, in force or not, with the link and its status. */
  links: Array<{ link: ConceptLink; instrument: NationalInstrument }>;
  /** The citations of the links that decide the status (all links when none is in force). */
  citations: CitationRecord[];
}

export interface CoordinationBody {
  body: NodeRecord;
  basedIn: RelationRecord[];
  /** ESTABLISHES relations from texts (national or not), with the text. */
  establishedBy: Array<{ relation: RelationRecord; instrument: NodeRecord }>;
  /** ADDRESSES relations to a column's concept: what makes it a body against trafficking or smuggling. */
  addresses: Array<{ relation: RelationRecord; concept: NodeRecord; columns: CoverageColumnId[] }>;
  citations: CitationRecord[];
}

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

const byFirstStageThenId = (a: NationalInstrument, b: NationalInstrument): number =>
  (a.instrument.validFrom && b.instrument.validFrom
    ? comparePartialDates(a.instrument.validFrom, b.instrument.validFrom)
    : a.instrument.validFrom
      ? -1
      : b.instrument.validFrom
        ? 1
        : 0) || a.instrument.id.localeCompare(b.instrument.id);

function coverageCell(column: CoverageColumn, instruments: NationalInstrument[]): CoverageCell {
  const links = instruments.flatMap((instrument) =>
    instrument.concepts.filter((l) => l.columns.includes(column.id)).map((link) => ({ link, instrument })),
  );
  const inForce = links.filter((l) => l.instrument.status.status === 'IN_FORCE');
  const law = inForce.filter((l) => l.instrument.binding);
  const status: CoverageStatus =
    law.length > 0
      ? 'LAW_IN_FORCE'
      : inForce.length > 0
        ? 'POLICY_ONLY'
        : links.length > 0
          ? 'NONE_SHOWN_IN_FORCE'
          : 'NOTHING_IN_GRAPH';
  const deciding = law.length > 0 ? law : inForce.length > 0 ? inForce : links;
  return {
    column,
    status,
    links,
    citations: uniqueCitations(deciding.flatMap((l) => l.link.relation.citations)),
  };
}

/**
 * Two or more states side by side on a date, from records alone (no store, no I/O): each state's
 * participation in each treaty asked (`participationStatusOn`), the national texts that apply in
 * it with their in-force status and the concepts they (or their provisions) address, define or
 * criminalise, those concepts grouped into the coverage columns, its coordination bodies, and the
 * implementation map of each treaty (`implementationMap`). Existence follows `asOf` as everywhere
 * (`isValidOn`: what had not begun or had ended is left out); legal status is asked of the law
 * model (`inForceOn`, `partyOn`), never read from existence.
 *
 * Coordination bodies: an institution based in the state (or a place in it) that addresses a
 * column's concept and is either established by a text or typed NATIONAL_BODY. Both conditions
 * come from reading the seeds: "established by a text" alone takes in a judicial training
 * institute, "national body" alone the police; what the bodies the issue means share is that they
 * exist to fight trafficking or smuggling, which the graph says with ADDRESSES.
 */
export function compareJurisdictions(
  records: ComparisonRecords,
  stateIds: readonly string[],
  asOf: PartialDate,
  treatyIds: readonly string[],
): JurisdictionComparison {
  const stands = (x: { validFrom?: PartialDate; validTo?: PartialDate }): boolean =>
    isValidOn(asOf, x.validFrom, x.validTo);
  const all = new Map(records.nodes.map((n) => [n.id, n]));
  const nodes = new Map([...all].filter(([, n]) => stands(n)));
  const relations = records.relations.filter((r) => stands(r) && nodes.has(r.from) && nodes.has(r.to));
  const required = (id: string): NodeRecord => {
    const node = all.get(id);
    if (!node) throw new Error(`No node "${id}" among the records compared`);
    return node;
  };
  const treaties = treatyIds.map(required);
  const provisionsOf = new Map<string, NodeRecord[]>();
  for (const r of relations) {
    const from = nodes.get(r.from);
    if (r.kind === 'PART_OF' && from?.kind === 'PROVISION')
      provisionsOf.set(r.to, [...(provisionsOf.get(r.to) ?? []), from]);
  }
  const conceptLinks = (instrument: NodeRecord): ConceptLink[] => {
    const subjects = new Map([instrument, ...(provisionsOf.get(instrument.id) ?? [])].map((n) => [n.id, n]));
    return relations
      .filter((r) => COVERAGE_RELATION_KINDS.includes(r.kind) && subjects.has(r.from))
      .flatMap((relation) => {
        const concept = nodes.get(relation.to);
        if (concept?.kind !== 'CONCEPT') return [];
        const subject = subjects.get(relation.from)!;
        return [
          {
            concept,
            relation,
            instrument,
            ...(subject.kind === 'PROVISION' ? { provision: subject } : {}),
            inferred: relation.inferred,
            columns: coverageColumnsOf(concept),
          },
        ];
      });
  };

  const profile = (stateId: string): JurisdictionProfile => {
    const jurisdiction = required(stateId);
    const places = placesWithin(stateId, relations);
    const national = (kind: NodeRecord['kind']) => {
      const found = new Map<string, RelationRecord[]>();
      for (const r of relations) {
        if (NATIONAL_KINDS.includes(r.kind) && places.has(r.to) && nodes.get(r.from)?.kind === kind)
          found.set(r.from, [...(found.get(r.from) ?? []), r]);
      }
      return [...found].map(([id, rels]) => ({ node: nodes.get(id)!, rels }));
    };
    const instruments = national('INSTRUMENT')
      .map(({ node, rels }): NationalInstrument => ({
        instrument: node,
        appliesIn: rels.filter((r) => r.kind === 'APPLIES_IN'),
        status: inForceOn(node, asOf),
        binding: !POLICY_INSTRUMENT_TYPES.includes(node.type),
        concepts: conceptLinks(node),
      }))
      .filter((i) => i.appliesIn.length > 0)
      .sort(byFirstStageThenId);
    const bodies = national('INSTITUTION')
      .map(({ node, rels }): CoordinationBody => {
        const establishedBy = relations
          .filter(
            (r) => r.kind === 'ESTABLISHES' && r.to === node.id && nodes.get(r.from)?.kind === 'INSTRUMENT',
          )
          .map((relation) => ({ relation, instrument: nodes.get(relation.from)! }));
        const addresses = relations
          .filter((r) => r.kind === 'ADDRESSES' && r.from === node.id)
          .map((relation) => ({ relation, concept: nodes.get(relation.to)! }))
          .map((a) => ({ ...a, columns: coverageColumnsOf(a.concept) }))
          .filter((a) => a.columns.length > 0);
        const basedIn = rels.filter((r) => r.kind === 'BASED_IN');
        return {
          body: node,
          basedIn,
          establishedBy,
          addresses,
          citations: uniqueCitations(
            [
              ...basedIn,
              ...establishedBy.map((e) => e.relation),
              ...addresses.map((a) => a.relation),
            ].flatMap((r) => r.citations),
          ),
        };
      })
      .filter(
        (b) => b.addresses.length > 0 && (b.establishedBy.length > 0 || b.body.type === 'NATIONAL_BODY'),
      )
      .sort((a, b) => a.body.id.localeCompare(b.body.id));
    return {
      jurisdiction,
      participation: treaties.map((treaty) => {
        // Participation is read from all records: a PARTY_TO stands only from entry into force,
        // but the signature and deposit before it are what the status on an earlier date rests on.
        const sp = stateParticipation(stateId, treaty.id, records.relations);
        return { ...sp, treaty, jurisdiction, on: participationStatusOn(sp.participation, treaty, asOf) };
      }),
      instruments,
      coverage: COVERAGE_COLUMNS.map((column) => coverageCell(column, instruments)),
      bodies,
      implementation: treaties.map((treaty) =>
        implementationMap({
          treatyId: treaty.id,
          jurisdictionId: stateId,
          asOf,
          nodes: records.nodes,
          relations: records.relations,
        }),
      ),
    };
  };
  return { asOf, treaties, columns: COVERAGE_COLUMNS, profiles: stateIds.map(profile) };
}
