import type { CitationRecord } from '../records';

/** A seed article is the primary source; reference facts rank by their confidence. */
const STRENGTH = { primary: 3, high: 2, medium: 1 } as const;

function strength(citations: CitationRecord[]): number {
  return Math.max(0, ...citations.map((c) => STRENGTH[c.confidence ?? 'primary']));
}

/**
 * Which of several readings of one fact to use: the best-supported one (its strongest citation),
 * the first listed on a tie, so curators order alternatives by preference. The others are returned
 * too, because the interface must say that they exist.
 */
export function preferReading<T extends { citations: CitationRecord[] }>(
  readings: readonly T[],
): { used?: T; others: T[] } {
  let used: T | undefined;
  for (const r of readings) if (!used || strength(r.citations) > strength(used.citations)) used = r;
  return { used, others: readings.filter((r) => r !== used) };
}
