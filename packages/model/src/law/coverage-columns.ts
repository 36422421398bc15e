import type { NodeRecord } from '../records';
import type { Label } from '../vocabulary/node-kinds';

export type CoverageColumnId =
  | 'TRAFFICKING_IN_PERSONS'
  | 'SMUGGLING_OF_MIGRANTS'
  | 'CHILD_TRAFFICKING'
  | 'SLAVERY'
  | 'FORCED_LABOUR'
  | 'EXPLOITATION_OF_BEGGING';

export interface CoverageColumn {
  id: CoverageColumnId;
  label: Label;
  /** The concept ids (graph-seeds/nodes/concepts.yaml) a national text must reach for the column. */
  concepts: readonly string[];
}

/**
 * What "Compare jurisdictions" asks of each state's law: the columns (trafficking in
 * persons, smuggling of migrants, child trafficking, slavery) and the two related practices the
 * region's laws name beside them (forced labour; the exploitation of begging, Mali's "pratiques
 * assimilées"). Each column lists the concepts that count for it, by id, and nothing more: a
 * concept that is a FORM_OF another does not count for its parent (a bilateral agreement on child
 * trafficking is not a trafficking-in-persons law), only the narrower forms the column names.
 * Every link in a cell names the concept it matched, so a reader sees "child slavery" under
 * slavery. A unit test checks that every id here exists in the seeds.
 */
export const COVERAGE_COLUMNS: readonly CoverageColumn[] = [
  {
    id: 'TRAFFICKING_IN_PERSONS',
    label: { en: 'Trafficking in persons', fr: 'Traite des personnes' },
    concepts: ['int-trafficking-in-persons'],
  },
  {
    id: 'SMUGGLING_OF_MIGRANTS',
    label: { en: 'Smuggling of migrants', fr: 'Trafic illicite de migrants' },
    concepts: ['int-smuggling-of-migrants'],
  },
  {
    id: 'CHILD_TRAFFICKING',
    label: { en: 'Child trafficking', fr: 'Traite des enfants' },
    concepts: ['int-child-trafficking'],
  },
  {
    id: 'SLAVERY',
    label: { en: 'Slavery', fr: 'Esclavage' },
    concepts: ['int-slavery', 'int-child-slavery'],
  },
  {
    id: 'FORCED_LABOUR',
    label: { en: 'Forced labour', fr: 'Travail forcé' },
    concepts: ['int-forced-labour'],
  },
  {
    id: 'EXPLOITATION_OF_BEGGING',
    label: { en: 'Exploitation of begging', fr: 'Exploitation de la mendicité' },
    concepts: [
      'ml-exploitation-of-begging',
      'int-organized-begging',
      'int-child-begging',
      'int-talibe-child-begging',
    ],
  },
];

/** The columns a concept counts for (usually none or one). */
export function coverageColumnsOf(concept: Pick<NodeRecord, 'id'>): CoverageColumnId[] {
  return COVERAGE_COLUMNS.filter((c) => c.concepts.includes(concept.id)).map((c) => c.id);
}

/**
 * Binding national texts, as against policy: a plan, a strategy or a declaration addresses a
 * problem without being law, so a column they alone reach is POLICY_ONLY, never LAW_IN_FORCE.
 * A bilateral agreement binds the two states, so it counts as law.
 */
export const POLICY_INSTRUMENT_TYPES: readonly string[] = [
  'ACTION_PLAN',
  'STRATEGY',
  'DECLARATION',
  'RESOLUTION',
];

/** A treaty a state can sign and join: a multilateral convention or protocol. */
export function isTreaty(node: Pick<NodeRecord, 'kind' | 'type'>): boolean {
  return node.kind === 'INSTRUMENT' && (node.type === 'CONVENTION' || node.type === 'PROTOCOL');
}
