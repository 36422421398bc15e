import { toDayRange, type PartialDate } from '../partial-date';
import { isStrictlyBefore } from './date-math';
import type { StageKind, StageRecord } from './law-records';
import { preferReading } from './prefer-reading';
import { END_STAGES, IN_FORCE_SUBSTITUTES, STAGE_KINDS } from './stage-kinds';

export type InstrumentStatus =
  /** No dated stage: the graph cannot say; shown as "undated", never as in force. */
  | 'UNDATED'
  /** Before the first stage the graph records (adoption, signature, validation...). */
  | 'NOT_YET_ADOPTED'
  /** Made (adopted, signed, promulgated...) but not yet in force. */
  | 'ADOPTED_NOT_IN_FORCE'
  | 'IN_FORCE'
  /** After a repeal, lapse or expiry. */
  | 'ENDED';

export interface InstrumentStatusOn {
  status: InstrumentStatus;
  /**
   * The stage the answer rests on: for IN_FORCE and ADOPTED_NOT_IN_FORCE, the entry into force or,
   * when the sources give none, the stage standing in for it (`substitute` is then true and the
   * interface must name it); for NOT_YET_ADOPTED the first stage; for ENDED the end.
   */
  basis?: StageRecord;
  substitute: boolean;
  /** The latest stage dated on or before the date asked. */
  reached?: StageRecord;
  /** Other readings of the basis stage (conflicting dates with their sources), not used. */
  alternatives: StageRecord[];
  /** An end the sources give without a date (e.g. "later described as lapsed"): a caveat. */
  undatedEnd?: StageRecord;
}

type Dated = StageRecord & { date: PartialDate };
const isDated = (s: StageRecord): s is Dated => s.date !== undefined;
const byFirstDay = (a: Dated, b: Dated): number =>
  toDayRange(a.date).first < toDayRange(b.date).first ? -1 : 1;

/** The preferred dated reading of one stage kind, with the other readings. */
export function stageReading(
  stages: readonly StageRecord[],
  kind: StageKind,
): { used?: Dated; others: Dated[] } {
  const { used, others } = preferReading(stages.filter((s): s is Dated => s.stage === kind && isDated(s)));
  return { used, others };
}

function preferred(stages: readonly StageRecord[], roles: ReadonlyArray<string>): Dated[] {
  const kinds = [...new Set(stages.map((s) => s.stage))].filter((k) => roles.includes(STAGE_KINDS[k].role));
  return kinds
    .map((k) => stageReading(stages, k).used)
    .filter((s): s is Dated => s !== undefined)
    .sort(byFirstDay);
}

/** The first stage (when the instrument starts to exist in the graph) and the end, if dated. */
export function instrumentLifespan(stages: readonly StageRecord[]): { first?: Dated; end?: Dated } {
  return { first: preferred(stages, ['START', 'IN_FORCE'])[0], end: preferred(stages, ['END'])[0] };
}

/** The stage "in force" is read from: ENTERED_INTO_FORCE, else the substitute the sources give. */
export function inForceStage(stages: readonly StageRecord[]): { stage?: Dated; substitute: boolean } {
  const eif = stageReading(stages, 'ENTERED_INTO_FORCE').used;
  if (eif) return { stage: eif, substitute: false };
  for (const kind of IN_FORCE_SUBSTITUTES) {
    const used = stageReading(stages, kind).used;
    if (used) return { stage: used, substitute: true };
  }
  return { substitute: false };
}

/**
 * Whether an instrument was in force on `date`, and on which stage that answer rests. Partial
 * dates are read generously, as `isValidOn` does: a treaty in force on 2003-12-25 is in force
 * "as of 2003", because the sources do not let us say it was not.
 */
export function inForceOn(
  instrument: { stages?: readonly StageRecord[] },
  date: PartialDate,
): InstrumentStatusOn {
  const stages = instrument.stages ?? [];
  const undatedEnd = stages.find((s) => !isDated(s) && END_STAGES.includes(s.stage));
  const caveat = undatedEnd ? { undatedEnd } : {};
  const reached = stages
    .filter(isDated)
    .filter((s) => !isStrictlyBefore(date, s.date))
    .sort(byFirstDay)
    .at(-1);
  const withReached = reached ? { reached } : {};
  const answer = (
    status: InstrumentStatus,
    basis: Dated | undefined,
    substitute = false,
  ): InstrumentStatusOn => ({
    status,
    ...(basis ? { basis } : {}),
    substitute,
    ...withReached,
    alternatives: basis ? stageReading(stages, basis.stage).others : [],
    ...caveat,
  });
  const { first, end } = instrumentLifespan(stages);
  if (end && isStrictlyBefore(end.date, date)) return answer('ENDED', end);
  if (!first) return answer('UNDATED', undefined);
  if (isStrictlyBefore(date, first.date)) return answer('NOT_YET_ADOPTED', first);
  const inForce = inForceStage(stages);
  if (!inForce.stage) return answer('UNDATED', undefined);
  if (isStrictlyBefore(date, inForce.stage.date)) {
    return answer('ADOPTED_NOT_IN_FORCE', inForce.stage, inForce.substitute);
  }
  return answer('IN_FORCE', inForce.stage, inForce.substitute);
}
