import type { CitationRecord } from '../citation-records';
import { comparePartialDates, type PartialDate } from '../partial-date';
import type { NodeRecord, RelationRecord } from '../records';
import type { RelationKind } from '../vocabulary/relation-kinds';
import {
  COVERAGE_COLUMNS,
  POLICY_INSTRUMENT_TYPES,
  coverageColumnsOf,
  type CoverageColumn,
  type CoverageColumnId,
} from './coverage-columns';
import { inForceOn, type InstrumentStatusOn } from './instrument-status';
import { uniqueCitations } from './participation-status';
import { nationalTo, type StandingGraph } from './standing-graph';

/**
 * Per column, what the graph holds for a state on a date: a binding national text in force that
 * reaches one of the column's concepts; only a plan or strategy in force; texts none of which is
 * shown in force (adopted, not yet in force, or undated); or nothing. NOTHING_IN_GRAPH is a fact
 * about the graph, never "the law is silent".
 */
export type CoverageStatus = 'LAW_IN_FORCE' | 'POLICY_ONLY' | 'NONE_SHOWN_IN_FORCE' | 'NOTHING_IN_GRAPH';

/** How a national text reaches a concept: it (or one of its provisions) ADDRESSES, DEFINES or CRIMINALISES it. */
export const COVERAGE_RELATION_KINDS: readonly RelationKind[] = ['ADDRESSES', 'DEFINES', 'CRIMINALISES'];

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

const firstStage = (n: NodeRecord): PartialDate | undefined => n.validFrom;
const byFirstStageThenId = (a: NationalInstrument, b: NationalInstrument): number => {
  const [fa, fb] = [firstStage(a.instrument), firstStage(b.instrument)];
  const dated = fa && fb ? comparePartialDates(fa, fb) : fa ? -1 : fb ? 1 : 0;
  return dated || a.instrument.id.localeCompare(b.instrument.id);
};

/**
 * The texts that apply in one of `places` on the graph's date, in order of their first stage,
 * each with its in-force status on `asOf` and what it or its provisions reach.
 */
export function nationalInstruments(
  graph: StandingGraph,
  places: ReadonlySet<string>,
  asOf: PartialDate,
): NationalInstrument[] {
  const provisionsOf = new Map<string, NodeRecord[]>();
  for (const r of graph.relations) {
    const from = graph.nodes.get(r.from);
    if (r.kind === 'PART_OF' && from?.kind === 'PROVISION')
      provisionsOf.set(r.to, [...(provisionsOf.get(r.to) ?? []), from]);
  }
  const conceptLinks = (instrument: NodeRecord): ConceptLink[] => {
    const subjects = new Map([instrument, ...(provisionsOf.get(instrument.id) ?? [])].map((n) => [n.id, n]));
    return graph.relations
      .filter((r) => COVERAGE_RELATION_KINDS.includes(r.kind) && subjects.has(r.from))
      .flatMap((relation): ConceptLink[] => {
        const concept = graph.nodes.get(relation.to);
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
  return nationalTo(graph, places, 'INSTRUMENT', 'APPLIES_IN')
    .map(({ node, relations }) => ({
      instrument: node,
      appliesIn: relations,
      status: inForceOn(node, asOf),
      binding: !POLICY_INSTRUMENT_TYPES.includes(node.type),
      concepts: conceptLinks(node),
    }))
    .sort(byFirstStageThenId);
}

function coverageCell(column: CoverageColumn, instruments: readonly NationalInstrument[]): CoverageCell {
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

/** One cell per coverage column, in column order. */
export function coverageCells(instruments: readonly NationalInstrument[]): CoverageCell[] {
  return COVERAGE_COLUMNS.map((column) => coverageCell(column, instruments));
}
