import type { NodeKind } from './vocabulary/node-kinds';
import type { RelationKind } from './vocabulary/relation-kinds';
import type { CitationRecord } from './citation-records';
import type { PartialDate } from './partial-date';
import type {
  EntryIntoForceRule,
  LocalizedText,
  NodeGrammar,
  Obligation,
  ParticipationRecord,
  StageRecord,
  TimeBasis,
} from './law/law-records';

export type { CitationRecord, Confidence } from './citation-records';

/**
 * The records every store holds and returns. They are storage shapes, not GraphQL types: the API
 * maps them to its generated types through its mappers file.
 */
export type SourceType = 'ARTICLE' | 'REFERENCE';

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
  /**
   * When the node exists in the graph, derived when loading (law/derive-times.ts): an instrument
   * from its first dated stage to its end, a provision as its instrument. Not "in force": ask
   * `inForceOn` for that.
   */
  validFrom?: PartialDate;
  validTo?: PartialDate;
  /** How validFrom/validTo were obtained; UNDATED nodes stand on every date and say so. */
  timeBasis?: TimeBasis;
  /** How sentences name the node in each language (seeded; derived for provisions). */
  grammar?: NodeGrammar;
  /** The official number (instruments) or the article number (provisions, e.g. "5"). */
  number?: string;
  /** INSTRUMENT: its dated stages, in the order the seeds list them. */
  stages?: StageRecord[];
  /** Treaties: how the treaty enters into force for a state after its deposit. */
  entryIntoForceRule?: EntryIntoForceRule;
  /** PROVISION: the article's heading. */
  heading?: LocalizedText;
  /** PROVISION: what the article says, in our words (national provisions, which have no seeded heading). */
  summary?: LocalizedText;
  /** PROVISION of a treaty: mandatory, optional or general. */
  obligation?: Obligation;
  /** PROVISION: why the obligation type is what it is, where the article mixes types or it is a reading. */
  obligationNote?: LocalizedText;
  /** @deprecated Derived from `stages` for the current API; use `stages` and `inForceOn`. */
  adoptedOn?: PartialDate;
  /** @deprecated Derived from `stages` (SIGNED). */
  signedOn?: PartialDate;
  /** @deprecated Derived from `stages` (ENTERED_INTO_FORCE). */
  inForceOn?: PartialDate;
  /** @deprecated Derived from `stages` (LAUNCHED). */
  launchedOn?: PartialDate;
  /** @deprecated Derived from `stages` (REPEALED, LAPSED or EXPIRED). */
  endedOn?: PartialDate;
  /** @deprecated Derived from the end stage's reason (English). */
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
  /** As seeded, or derived when loading (see `timeBasis`): never before either end exists. */
  validFrom?: PartialDate;
  validTo?: PartialDate;
  timeBasis?: TimeBasis;
  /** An analyst's reading rather than a statement of the source; `note` says what it rests on. */
  inferred: boolean;
  note?: LocalizedText;
  /** PARTY_TO: the state's signature, consent and entry into force, each with its sources. */
  participation?: ParticipationRecord;
  citations: CitationRecord[];
}

/** Everything a store is loaded from: the validated content of graph-seeds/. */
export interface SeedGraph {
  sources: SourceRecord[];
  nodes: NodeRecord[];
  relations: RelationRecord[];
}
