import type { NodeKind } from './vocabulary/node-kinds';
import type { RelationKind } from './vocabulary/relation-kinds';
import type { PartialDate } from './partial-date';

/**
 * The records every store holds and returns. They are storage shapes, not GraphQL types: the API
 * maps them to its generated types through its mappers file.
 */
export type SourceType = 'ARTICLE' | 'REFERENCE';
export type Confidence = 'high' | 'medium';

export interface SourceRecord {
  id: string;
  type: SourceType;
  title: string;
  publishedOn?: PartialDate;
  url?: string;
  publisher?: string;
  /** ARTICLE only: the file (relative to graph-seeds/) holding the verbatim text. */
  file?: string;
}

export interface CitationRecord {
  sourceId: string;
  quote: string;
  /** Set for REFERENCE sources; a seed article is the primary source and carries none. */
  confidence?: Confidence;
}

export interface AliasRecord {
  name: string;
  /** Where this reading of the name comes from, when sources disagree. */
  sourceId?: string;
}

export interface Money {
  amount: number;
  currency: string;
  period?: string;
}

export interface NodeRecord {
  id: string;
  kind: NodeKind;
  /** The kind's sub-type, e.g. LAW for an INSTRUMENT. */
  type: string;
  name: { en: string; fr?: string };
  /** What sentences and path explanations call the node ("Law 2012-023"); the name when absent. */
  shortName?: { en: string; fr?: string };
  aliases: AliasRecord[];
  citations: CitationRecord[];
  /** Derived from the kind's own dates when loading (see graph-seeds/README.md). */
  validFrom?: PartialDate;
  validTo?: PartialDate;
  number?: string;
  adoptedOn?: PartialDate;
  signedOn?: PartialDate;
  inForceOn?: PartialDate;
  launchedOn?: PartialDate;
  endedOn?: PartialDate;
  endNote?: string;
  establishedOn?: PartialDate;
  dissolvedOn?: PartialDate;
  startDate?: PartialDate;
  endDate?: PartialDate;
  participants?: number;
  participantsAtLeast?: boolean;
  women?: number;
  budget?: Money;
}

export interface RelationRecord {
  id: string;
  kind: RelationKind;
  from: string;
  to: string;
  validFrom?: PartialDate;
  validTo?: PartialDate;
  /** An analyst's reading rather than a statement of the source; `note` says what it rests on. */
  inferred: boolean;
  note?: string;
  citations: CitationRecord[];
}

/** Everything a store is loaded from: the validated content of graph-seeds/. */
export interface SeedGraph {
  sources: SourceRecord[];
  nodes: NodeRecord[];
  relations: RelationRecord[];
}
