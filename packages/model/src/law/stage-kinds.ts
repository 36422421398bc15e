import type { Label } from '../vocabulary/node-kinds';
import type { StageKind } from './law-records';

/**
 * The stage vocabulary. Labels are nouns ("Promulgation", not "Promulgated") so that French needs
 * no agreement with the instrument's gender.
 */
export const STAGE_KINDS: Record<StageKind, { label: Label; role: 'START' | 'IN_FORCE' | 'CHANGE' | 'END' }> =
  {
    ADOPTED: { label: { en: 'Adoption', fr: 'Adoption' }, role: 'START' },
    OPENED_FOR_SIGNATURE: {
      label: { en: 'Opening for signature', fr: 'Ouverture à la signature' },
      role: 'START',
    },
    SIGNED: { label: { en: 'Signature', fr: 'Signature' }, role: 'START' },
    VALIDATED: { label: { en: 'Validation', fr: 'Validation' }, role: 'START' },
    PROMULGATED: { label: { en: 'Promulgation', fr: 'Promulgation' }, role: 'START' },
    PUBLISHED: { label: { en: 'Publication', fr: 'Publication' }, role: 'START' },
    LAUNCHED: { label: { en: 'Launch', fr: 'Lancement' }, role: 'START' },
    ENTERED_INTO_FORCE: { label: { en: 'Entry into force', fr: 'Entrée en vigueur' }, role: 'IN_FORCE' },
    AMENDED: { label: { en: 'Amendment', fr: 'Modification' }, role: 'CHANGE' },
    REPEALED: { label: { en: 'Repeal', fr: 'Abrogation' }, role: 'END' },
    LAPSED: { label: { en: 'Lapse', fr: 'Caducité' }, role: 'END' },
    EXPIRED: { label: { en: 'Expiry', fr: 'Expiration' }, role: 'END' },
  };

export const STAGE_KIND_NAMES = Object.keys(STAGE_KINDS) as StageKind[];

export const END_STAGES: readonly StageKind[] = ['REPEALED', 'LAPSED', 'EXPIRED'];

/**
 * When the sources give no entry into force, the stage that stands in for it: the latest step of
 * making the text that they do give (a law is in force from its promulgation sooner than from its
 * vote; a plan from its launch sooner than from its adoption). The interface names the stage used.
 */
export const IN_FORCE_SUBSTITUTES: readonly StageKind[] = [
  'LAUNCHED',
  'PUBLISHED',
  'PROMULGATED',
  'SIGNED',
  'ADOPTED',
  'VALIDATED',
];

const STARTS: readonly StageKind[] = [
  'ADOPTED',
  'OPENED_FOR_SIGNATURE',
  'SIGNED',
  'VALIDATED',
  'PROMULGATED',
  'PUBLISHED',
  'LAUNCHED',
  'ENTERED_INTO_FORCE',
];

/**
 * Pairs [earlier, later] that the law itself orders. Validation refuses a later stage dated
 * strictly before an earlier one. Left out on purpose: PUBLISHED before ENTERED_INTO_FORCE (a text
 * may take effect retroactively) and VALIDATED before ADOPTED (a plan may be adopted, then validated
 * with partners, or the other way).
 */
export const STAGE_ORDER: ReadonlyArray<readonly [StageKind, StageKind]> = [
  ['ADOPTED', 'OPENED_FOR_SIGNATURE'],
  ['ADOPTED', 'PROMULGATED'],
  ['ADOPTED', 'PUBLISHED'],
  ['ADOPTED', 'LAUNCHED'],
  ['ADOPTED', 'ENTERED_INTO_FORCE'],
  ['OPENED_FOR_SIGNATURE', 'ENTERED_INTO_FORCE'],
  ['SIGNED', 'PUBLISHED'],
  ['SIGNED', 'ENTERED_INTO_FORCE'],
  ['PROMULGATED', 'PUBLISHED'],
  ['PROMULGATED', 'ENTERED_INTO_FORCE'],
  ['VALIDATED', 'LAUNCHED'],
  ...STARTS.flatMap((start) =>
    (['AMENDED', ...END_STAGES] as StageKind[]).map((later) => [start, later] as const),
  ),
];
