/**
 * ISO partial dates ("YYYY", "YYYY-MM", "YYYY-MM-DD"): the precision the sources give, no more.
 * A partial date stands for an interval of days; comparisons use its first or last day so that
 * "2012" is neither before nor after "2012-07-12" but contains it.
 *
 * Browser-safe (no Node imports): the explorer imports it as `@cadre/model/partial-date`.
 */
export type PartialDate = string;

/** The shape of a partial date; `partialDateProblem` also checks that the month and day exist. */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DayRange {
  /** First day, as "YYYY-MM-DD". */
  first: string;
  /** Last day, as "YYYY-MM-DD". */
  last: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a string is not a partial date, or undefined when it is one. */
export function partialDateProblem(value: string): string | undefined {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match) return `"${value}" is not an ISO partial date (YYYY, YYYY-MM or YYYY-MM-DD)`;
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return `"${value}" has no month ${month}`;
  if (month !== undefined && day !== undefined) {
    const max = daysInMonth(Number(match[1]), month);
    if (day < 1 || day > max) return `"${value}" has no day ${day} (that month has ${max})`;
  }
  return undefined;
}

export function isPartialDate(value: string): boolean {
  return partialDateProblem(value) === undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The days a partial date covers. Throws on a malformed date: validate first. */
export function toDayRange(value: PartialDate): DayRange {
  const problem = partialDateProblem(value);
  if (problem) throw new RangeError(problem);
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined && m !== undefined) return { first: value, last: value };
  if (m !== undefined)
    return { first: `${y}-${pad(m)}-01`, last: `${y}-${pad(m)}-${pad(daysInMonth(y, m))}` };
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/**
 * Whether something valid from `from` to `to` (either may be missing: open) stood on `asOf`.
 * Generous at the edges: a law of "2012" stands as of "2012-01-05", because the sources do not
 * let us say it did not.
 */
export function isValidOn(asOf: PartialDate, from?: PartialDate | null, to?: PartialDate | null): boolean {
  const at = toDayRange(asOf);
  if (from && toDayRange(from).first > at.last) return false;
  if (to && toDayRange(to).last < at.first) return false;
  return true;
}

/** Orders partial dates by their first day, then by precision (coarser first). */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const ra = toDayRange(a);
  const rb = toDayRange(b);
  if (ra.first !== rb.first) return ra.first < rb.first ? -1 : 1;
  return a.length - b.length;
}
