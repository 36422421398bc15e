/**
 * A citation: where a fact comes from. Kept apart from records.ts so that the law records
 * (law/law-records.ts), which records.ts uses, can cite without importing it back.
 */
export type Confidence = 'high' | 'medium';

export interface CitationRecord {
  sourceId: string;
  quote: string;
  /** Set for REFERENCE sources; a seed article is the primary source and carries none. */
  confidence?: Confidence;
}
