import { toDayRange, type PartialDate } from '../partial-date';
import { addDays, coveringDate } from './date-math';
import type { EntryIntoForceRule } from './law-records';

export interface ComputedEntryIntoForce {
  /** The date, as precise as the deposit allows (see `coveringDate`). */
  date: PartialDate;
  /** First and last possible day, when the deposit is only a month or a year. */
  earliest: string;
  latest: string;
  /** True when the treaty's own entry into force, not the deposit, decided the date. */
  heldBackByTreaty: boolean;
}

/**
 * Entry into force for a state by the treaty's own rule (UNTOC art. 38, TIP Protocol art. 17,
 * SOM Protocol art. 22): `daysAfterDeposit` after the deposit, never before the treaty itself is
 * in force. Mali deposited the TIP Protocol on 2002-04-12; 30 days later is 2002-05-12, before the
 * Protocol's own entry into force, so it entered into force for Mali on 2003-12-25.
 */
export function computeEntryIntoForce(
  rule: Pick<EntryIntoForceRule, 'daysAfterDeposit' | 'notBeforeTreatyInForce'>,
  deposit: PartialDate,
  treatyInForce?: PartialDate,
): ComputedEntryIntoForce {
  const span = toDayRange(deposit);
  const floor = rule.notBeforeTreatyInForce && treatyInForce ? toDayRange(treatyInForce) : undefined;
  const after = (day: string, floorDay: string | undefined): [string, boolean] => {
    const computed = addDays(day, rule.daysAfterDeposit);
    return floorDay && floorDay > computed ? [floorDay, true] : [computed, false];
  };
  const [earliest, heldEarly] = after(span.first, floor?.first);
  const [latest, heldLate] = after(span.last, floor?.last);
  return { date: coveringDate(earliest, latest), earliest, latest, heldBackByTreaty: heldEarly && heldLate };
}
