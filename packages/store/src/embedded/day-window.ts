import { toDayRange, type PartialDate } from '@cadre/model';

/** A day as one comparable number: "2012-07-05" → 20120705. */
function dayNumber(day: string): number {
  return Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}

/** The days of a date asked for (`asOf`), not remembered: callers may ask for any date. */
export function dayWindow(date: PartialDate): { first: number; last: number } {
  const range = toDayRange(date);
  return { first: dayNumber(range.first), last: dayNumber(range.last) };
}

/** Before any first day and after any last day: the ends of an open validity. */
export const OPEN_START = 0;
export const OPEN_END = 99_999_999;

/**
 * Partial dates turned into day numbers once at load, so that "stood on asOf" (isValidOn) is two
 * integer comparisons per node or relation while walking instead of two date parses. A graph has
 * few distinct dates, so each is parsed once.
 */
export class DayWindows {
  private readonly firsts = new Map<string, number>();
  private readonly lasts = new Map<string, number>();

  /** First day of `date`, or OPEN_START when there is none. */
  first(date: PartialDate | null | undefined): number {
    if (!date) return OPEN_START;
    let day = this.firsts.get(date);
    if (day === undefined) this.firsts.set(date, (day = dayNumber(toDayRange(date).first)));
    return day;
  }

  /** Last day of `date`, or OPEN_END when there is none. */
  last(date: PartialDate | null | undefined): number {
    if (!date) return OPEN_END;
    let day = this.lasts.get(date);
    if (day === undefined) this.lasts.set(date, (day = dayNumber(toDayRange(date).last)));
    return day;
  }
}
