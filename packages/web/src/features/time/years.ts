/** The time slider starts with the oldest instrument in the seeds (the ECOWAS free-movement protocol, 1979). */
export const FIRST_YEAR = 1979;

export const currentYear = (): number => new Date().getFullYear();

/** The year an "as of" date falls in; no date is today. */
export const yearOf = (asOf: string | null): number => (asOf ? Number(asOf.slice(0, 4)) : currentYear());

/** The slider's last position is today (no date: the framework as it stands now). */
export const asOfForYear = (year: number): string | null => (year >= currentYear() ? null : String(year));
