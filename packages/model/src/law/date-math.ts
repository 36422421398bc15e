import { toDayRange, type PartialDate } from '../partial-date';

/**
 * Day arithmetic on ISO dates, in UTC so that no time zone moves a day. Partial dates are compared
 * as the intervals of days they stand for: "2012" is not before "2012-07-12", it contains it.
 */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Strictly before: every day of `a` precedes every day of `b`. */
export function isStrictlyBefore(a: PartialDate, b: PartialDate): boolean {
  return toDayRange(a).last < toDayRange(b).first;
}

/** The later of two starts (by first day; the more precise on a tie). Undefined counts as "always". */
export function laterStart(a?: PartialDate, b?: PartialDate): PartialDate | undefined {
  if (!a) return b;
  if (!b) return a;
  const fa = toDayRange(a).first;
  const fb = toDayRange(b).first;
  if (fa !== fb) return fa > fb ? a : b;
  return a.length >= b.length ? a : b;
}

/** The earlier of two ends (by last day). Undefined counts as "never ends". */
export function earlierEnd(a?: PartialDate, b?: PartialDate): PartialDate | undefined {
  if (!a) return b;
  if (!b) return a;
  return toDayRange(a).last <= toDayRange(b).last ? a : b;
}

/**
 * The most precise partial date that contains both days (in order): same day, month or year. Across
 * years, the last day: a party status must not be claimed earlier than the sources allow.
 */
export function coveringDate(first: string, last: string): PartialDate {
  if (first === last) return first;
  if (first.slice(0, 7) === last.slice(0, 7)) return first.slice(0, 7);
  return first.slice(0, 4) === last.slice(0, 4) ? first.slice(0, 4) : last;
}
