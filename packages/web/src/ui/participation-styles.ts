import type { ParticipationStatus } from '../gql/graphql';

/**
 * How a state's standing in a treaty looks, on the ratification map, in its legend and beside a
 * comparison's cells. Okabe–Ito colours (safe with the common colour-vision deficiencies), dark
 * as the state goes further (not signed → signed → deposited → party), and a texture where two
 * categories would meet in greyscale: the orange of "signed" and the sky blue of "deposited" are
 * equally light, so "deposited" is striped. "No participation recorded" is hatched grey on white:
 * a gap in the graph is never drawn like a state that did not sign.
 */
export interface ParticipationStyle {
  fill: string;
  /** Lines or dots drawn over the fill, in this colour. */
  texture?: { kind: 'stripes' | 'hatch' | 'dots'; color: string };
}

export const PARTICIPATION_STYLES: Readonly<Record<ParticipationStatus, ParticipationStyle>> = {
  NOT_SIGNED: { fill: '#ececec' },
  SIGNED: { fill: '#E69F00' },
  DEPOSITED_NOT_IN_FORCE: { fill: '#56B4E9', texture: { kind: 'stripes', color: '#ffffff' } },
  PARTY: { fill: '#0072B2' },
  UNKNOWN: { fill: '#CC79A7', texture: { kind: 'dots', color: '#ffffff' } },
};

/** A state whose participation the graph does not hold at all. */
export const UNRECORDED_STYLE: ParticipationStyle = {
  fill: '#ffffff',
  texture: { kind: 'hatch', color: '#7a7a7a' },
};

export const participationStyle = (status: ParticipationStatus, recorded = true): ParticipationStyle =>
  !recorded && status === 'NOT_SIGNED' ? UNRECORDED_STYLE : PARTICIPATION_STYLES[status];

/** The CSS class of a style's key, for tests and print: `participation-PARTY`, `participation-UNRECORDED`. */
export const participationKey = (status: ParticipationStatus, recorded = true): string =>
  !recorded && status === 'NOT_SIGNED' ? 'UNRECORDED' : status;
