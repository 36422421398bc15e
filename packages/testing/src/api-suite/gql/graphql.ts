/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/**
 * What the graph holds for a treaty article in a jurisdiction. NOTHING_IN_GRAPH is a fact about the
 * graph, not about the law: no source loaded here links anything to the article; it does not say the
 * jurisdiction has no provision in law.
 */
export type ArticleImplementationStatus =
  /** No source loaded in the graph links anything to it. Not "no provision in law". */
  | 'NOTHING_IN_GRAPH'
  /** A national provision, or a whole national text where the sources name no article, gives effect to it. */
  | 'PROVISION_CITED'
  /** Only related measures (a plan, a body, a training) are linked to it: not legislation. */
  | 'RELATED_MEASURE_ONLY';

export type Confidence =
  | 'HIGH'
  | 'MEDIUM';

/** What a consent date is the date of. Only a DEPOSIT starts the treaty's entry-into-force clock. */
export type ConsentAct =
  /** Deposit with the depositary. */
  | 'DEPOSIT'
  /** A national law or decree authorising or declaring ratification. */
  | 'NATIONAL_ACT'
  /** A source says "ratified on" without saying which. */
  | 'UNSPECIFIED';

/** The instrument by which a state consents to be bound. */
export type ConsentKind =
  | 'ACCEPTANCE'
  | 'ACCESSION'
  | 'APPROVAL'
  | 'RATIFICATION'
  | 'SUCCESSION';

/** The columns "Compare jurisdictions" groups what national texts address into. */
export type CoverageColumnId =
  | 'CHILD_TRAFFICKING'
  /** The exploitation of begging, organized begging, child begging, talibé child begging. */
  | 'EXPLOITATION_OF_BEGGING'
  | 'FORCED_LABOUR'
  /** Slavery and child slavery. */
  | 'SLAVERY'
  | 'SMUGGLING_OF_MIGRANTS'
  | 'TRAFFICKING_IN_PERSONS';

/**
 * What the graph holds for a column in a state on a date. NOTHING_IN_GRAPH is a fact about the graph,
 * not a finding that the law is silent.
 */
export type CoverageStatus =
  /** A binding national text (law, code, decree, ordinance, order, agreement) in force addresses, defines or criminalises it. */
  | 'LAW_IN_FORCE'
  /** National texts address it, but none is shown in force on the date (adopted not yet in force, or undated). */
  | 'NONE_SHOWN_IN_FORCE'
  /** No national text in the graph reaches it. Not "the law is silent". */
  | 'NOTHING_IN_GRAPH'
  /** Only a plan, strategy or declaration in force addresses it: not legislation. */
  | 'POLICY_ONLY';

export type ImplementationGranularity =
  /** The sources name only the whole national text. */
  | 'INSTRUMENT'
  /** A related measure: a plan, a body, a training. */
  | 'MEASURE'
  /** A national article is named. */
  | 'PROVISION';

export type InstrumentStatus =
  /** Made (adopted, signed, promulgated...) but not yet in force. */
  | 'ADOPTED_NOT_IN_FORCE'
  /** After a repeal, lapse or expiry. */
  | 'ENDED'
  | 'IN_FORCE'
  /** Before the first stage the graph records (adoption, signature, validation...). */
  | 'NOT_YET_ADOPTED'
  /** No dated stage: the graph cannot say; never shown as in force. */
  | 'UNDATED';

/**
 * The closed vocabularies of Cadre. Labels and verb phrases in both languages are served by the
 * `vocabulary` query, so clients never hard-code them.
 */
export type Lang =
  | 'EN'
  | 'FR';

/** The family of a node; each family is a GraphQL type implementing Node. */
export type NodeKind =
  | 'CONCEPT'
  | 'EVENT'
  | 'INSTITUTION'
  | 'INSTRUMENT'
  | 'PLACE'
  | 'PROGRAMME'
  /** An article of an instrument: the unit legal work is done in. */
  | 'PROVISION';

/** A treaty article's obligation type, as UNODC's legislative guides class them. */
export type Obligation =
  | 'GENERAL'
  /** "Shall adopt". */
  | 'MANDATORY'
  /** "Shall consider". */
  | 'OPTIONAL';

export type ParticipationClaimType =
  | 'CONSENT'
  | 'ENTRY_INTO_FORCE'
  /** A source says the state was a party by this date, with no earlier date known. */
  | 'PARTY_BY'
  | 'SIGNATURE';

/**
 * A state's standing in a treaty on a date, in the steps a ratification map colours. Coarser than
 * `PartyStatus`: a national act authorising ratification does not move a state on until an instrument
 * is deposited (`nationalAct` says when one is recorded).
 */
export type ParticipationStatus =
  /** Ratification, accession... deposited (or "ratified" with no act said), not yet in force for the State. */
  | 'DEPOSITED_NOT_IN_FORCE'
  /** No signature or deposit by that date in the graph (see `recorded`: none at all is a gap in the graph, not proof). */
  | 'NOT_SIGNED'
  /** The treaty is in force for the State (never before the treaty's own entry into force). */
  | 'PARTY'
  /** Signed; no instrument deposited yet. */
  | 'SIGNED'
  /** The sources say the State is a party but give no date usable for that moment ("a party by 2002"). */
  | 'UNKNOWN';

/** The step a participation status runs from. */
export type ParticipationStepKind =
  /** A ratification whose act the sources do not specify. */
  | 'CONSENT'
  | 'DEPOSIT'
  /** The treaty's entry into force for the State (stated, or computed by its rule: `computed`). */
  | 'ENTRY_INTO_FORCE'
  | 'PARTY_BY'
  | 'SIGNATURE';

/** What a state's party status runs from. */
export type PartyBasisKind =
  /** A consent whose act the sources do not specify. */
  | 'CONSENT'
  | 'DEPOSIT'
  /** The treaty's entry into force for the state (stated, or computed by its rule). */
  | 'ENTRY_INTO_FORCE'
  | 'PARTY_BY';

/** Not a party, signatory, ratified but not yet in force, party; or what the graph cannot say. */
export type PartyStatus =
  /** Ratified (or acceded...) but the treaty is not yet in force for the state. */
  | 'CONSENTED_NOT_IN_FORCE'
  | 'NOT_A_PARTY'
  /** Before the only date the sources give ("a party by 2002"): no record, not a "no". */
  | 'NO_RECORD'
  /** The treaty is in force for the state. */
  | 'PARTY'
  /** Signed, no consent to be bound yet: a signature alone binds to little. */
  | 'SIGNATORY'
  /** A party, date unknown. */
  | 'UNDATED';

/** What a relation says. Read as a sentence: from <verb> to. */
export type RelationKind =
  | 'ADDRESSES'
  | 'ADOPTED'
  | 'AIMS_AT'
  | 'APPLIES_IN'
  | 'BASED_IN'
  | 'BENEFICIARY_OF'
  | 'CONDUCTED'
  | 'CONTRIBUTES_TO'
  | 'COVERS'
  | 'CRIMINALISES'
  | 'DEFINES'
  | 'DISTINGUISHED_FROM'
  | 'ESTABLISHES'
  | 'FACTOR_IN'
  | 'FOLLOWS'
  | 'FORM_OF'
  | 'FUNDED'
  /** A national provision (or text) gives effect to a treaty article; almost always inferred. */
  | 'GIVES_EFFECT_TO'
  | 'GOVERNS'
  | 'GUARDIAN_OF'
  | 'HELD_DURING'
  | 'HELD_IN'
  | 'IMPLEMENTS'
  | 'LEADS'
  | 'LOCATED_IN'
  | 'ORGANISED'
  | 'ORIGIN_TRANSIT_DESTINATION_OF'
  | 'PARTICIPANTS_FROM'
  | 'PARTICIPATED_IN'
  | 'PARTNER_IN'
  | 'PARTY_TO'
  | 'PART_OF'
  | 'PLAYS_ROLE_IN'
  | 'PROVIDES_FOR'
  | 'RATIFIES'
  | 'REPRESENTED'
  | 'REQUESTED'
  | 'SIGNED'
  | 'SUPERVISED'
  | 'SUPPLEMENTS'
  | 'SUPPORTS';

export type SourceType =
  /** One of the seed articles; its quotes are verbatim. */
  | 'ARTICLE'
  /** An outside fact from the checked reference table; its quotes restate the fact. */
  | 'REFERENCE';

/**
 * Law as law: the stages an instrument lives through, whether it is in force on a date, a state's
 * participation in a treaty, and the implementation map of a treaty for a jurisdiction. Every answer
 * says what it rests on (the stage used, computed dates, readings not used), so the interface never
 * shows one date for another. See graph-seeds/README.md, "Law as law".
 */
export type StageKind =
  /** Treaties (by a resolution or conference), laws (the legislature's vote), decrees, plans. */
  | 'ADOPTED'
  /** By another text (`by`); the instrument goes on. */
  | 'AMENDED'
  | 'ENTERED_INTO_FORCE'
  /** A plan's period is over. */
  | 'EXPIRED'
  | 'LAPSED'
  | 'LAUNCHED'
  | 'OPENED_FOR_SIGNATURE'
  /** Laws: the date they bear. */
  | 'PROMULGATED'
  /** National texts: the official journal. */
  | 'PUBLISHED'
  | 'REPEALED'
  /** Agreements, decrees, orders, ordinances: the date they bear. */
  | 'SIGNED'
  /** Plans, with partners. */
  | 'VALIDATED';

/**
 * How a node's or relation's time (validFrom, validTo) was obtained. UNDATED things could have a
 * date and have none: they stand on every date, and the interface says "undated".
 */
export type TimeBasis =
  /** An undated relation: from the later of its ends' starts to the earlier of their ends. */
  | 'ENDS'
  /** A provision: the time of the instrument it is part of. */
  | 'PARENT'
  /** PARTY_TO: from the state's participation (entry into force for that state). */
  | 'PARTICIPATION'
  /** An instrument: from its first dated stage to its end stage (existing, not "in force"). */
  | 'STAGES'
  /** Dates given on the node or relation itself (an event's start, a relation's validFrom). */
  | 'STATED'
  /** Places and concepts, and relations between them: not things that begin and end in this graph. */
  | 'TIMELESS'
  /** Could have a date and has none: shown as undated, standing on every date. */
  | 'UNDATED';

export type CompareMaliNigerSenegalQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type CompareMaliNigerSenegalQuery = { compareJurisdictions: { asOf: string | null, statusDate: string, gapNote: string, treaties: Array<{ id: string }>, columns: Array<{ id: CoverageColumnId, label: string }>, profiles: Array<{ jurisdiction: { id: string, name: string }, participation: Array<{ status: ParticipationStatus, label: string, explanation: string, recorded: boolean, computed: boolean, otherReadings: boolean, signatureDate: string | null, consentDate: string | null, entryIntoForceDate: string | null, treaty: { id: string }, since: { kind: ParticipationStepKind, date: string, computed: boolean } | null, partyStatus: { status: PartyStatus } | null, sources: Array<{ quote: string }> }>, instruments: Array<{ binding: boolean, columns: Array<CoverageColumnId>, instrument: { id: string }, status: { status: InstrumentStatus }, sources: Array<{ quote: string }> }>, coverage: Array<{ status: CoverageStatus, label: string, note: string, column: { id: CoverageColumnId }, links: Array<{ inferred: boolean, instrument: { id: string }, concept: { id: string } }>, sources: Array<{ quote: string }> }>, coordinationBodies: Array<{ columns: Array<CoverageColumnId>, body: { id: string }, establishedBy: Array<{ from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }>, sources: Array<{ quote: string }> }>, implementation: Array<{ treaty: { id: string }, statusCounts: Array<{ status: ArticleImplementationStatus, label: string, count: number }>, articles: Array<{ number: string | null, status: ArticleImplementationStatus }> }> }> } };

export type TipRatificationMapQueryVariables = Exact<{
  treaty: string | number;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type TipRatificationMapQuery = { ratificationMap: { asOf: string | null, statusDate: string, gapNote: string, treatyStatus: { status: InstrumentStatus }, rows: Array<{ status: ParticipationStatus, label: string, recorded: boolean, computed: boolean, otherReadings: boolean, signatureDate: string | null, consentDate: string | null, consentKind: ConsentKind | null, consentAct: ConsentAct | null, entryIntoForceDate: string | null, entryIntoForceComputed: boolean, jurisdiction: { id: string, name: string, isoCode: string | null }, since: { kind: ParticipationStepKind, date: string } | null, sources: Array<{ quote: string }> }>, legend: Array<{ status: ParticipationStatus, label: string, description: string, count: number, unrecordedCount: number }> } };

export type JurisdictionsQueryVariables = Exact<{
  lang?: Lang | null | undefined;
}>;


export type JurisdictionsQuery = { jurisdictions: Array<{ id: string, name: string, place: { id: string, type: string } }> };

export type LawWithSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type LawWithSourcesQuery = { node:
    | { __typename: 'Concept', id: string, kind: NodeKind, type: string, typeLabel: string, name: string, nameFr: string | null, validFrom: string | null, shortName: string, fr: string, shortFr: string, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, url: string | null } }> }
    | { __typename: 'Event', id: string, kind: NodeKind, type: string, typeLabel: string, name: string, nameFr: string | null, validFrom: string | null, shortName: string, fr: string, shortFr: string, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, url: string | null } }> }
    | { __typename: 'Institution', id: string, kind: NodeKind, type: string, typeLabel: string, name: string, nameFr: string | null, validFrom: string | null, shortName: string, fr: string, shortFr: string, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, url: string | null } }> }
    | { __typename: 'Instrument', number: string | null, id: string, kind: NodeKind, type: string, typeLabel: string, name: string, nameFr: string | null, validFrom: string | null, shortName: string, fr: string, shortFr: string, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, url: string | null } }> }
    | { __typename: 'Place', id: string, kind: NodeKind, type: string, typeLabel: string, name: string, nameFr: string | null, validFrom: string | null, shortName: string, fr: string, shortFr: string, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, url: string | null } }> }
    | { __typename: 'Programme', id: string, kind: NodeKind, type: string, typeLabel: string, name: string, nameFr: string | null, validFrom: string | null, shortName: string, fr: string, shortFr: string, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, url: string | null } }> }
    | { __typename: 'Provision', id: string, kind: NodeKind, type: string, typeLabel: string, name: string, nameFr: string | null, validFrom: string | null, shortName: string, fr: string, shortFr: string, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, url: string | null } }> }
   | null };

export type UnknownNodeQueryVariables = Exact<{ [key: string]: never; }>;


export type UnknownNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type EventCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type EventCountsQuery = { node:
    | { startDate: string, endDate: string | null, participants: number | null, women: number | null, participantsAtLeast: boolean }
    | Record<PropertyKey, never>
   | null };

export type WhatDecreeEstablishedQueryVariables = Exact<{ [key: string]: never; }>;


export type WhatDecreeEstablishedQuery = { node:
    | { relations: Array<{ validFrom: string | null, sentence: string, to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , sources: Array<{ quote: string }> }> }
    | { relations: Array<{ validFrom: string | null, sentence: string, to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , sources: Array<{ quote: string }> }> }
    | { relations: Array<{ validFrom: string | null, sentence: string, to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , sources: Array<{ quote: string }> }> }
    | { relations: Array<{ validFrom: string | null, sentence: string, to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , sources: Array<{ quote: string }> }> }
    | { relations: Array<{ validFrom: string | null, sentence: string, to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , sources: Array<{ quote: string }> }> }
    | { relations: Array<{ validFrom: string | null, sentence: string, to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , sources: Array<{ quote: string }> }> }
    | { relations: Array<{ validFrom: string | null, sentence: string, to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , sources: Array<{ quote: string }> }> }
   | null };

export type LawToProtocolQueryVariables = Exact<{ [key: string]: never; }>;


export type LawToProtocolQuery = { paths: Array<{ length: number, en: string, fr: string, nodes: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    >, relations: Array<{ id: string, kind: RelationKind, inferred: boolean }> }> };

export type WhoFundedQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoFundedQuery = { node:
    | { relations: Array<{ from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , sources: Array<{ quote: string }> }> }
    | { relations: Array<{ from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , sources: Array<{ quote: string }> }> }
    | { relations: Array<{ from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , sources: Array<{ quote: string }> }> }
    | { relations: Array<{ from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , sources: Array<{ quote: string }> }> }
    | { relations: Array<{ from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , sources: Array<{ quote: string }> }> }
    | { relations: Array<{ from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , sources: Array<{ quote: string }> }> }
    | { relations: Array<{ from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , sources: Array<{ quote: string }> }> }
   | null };

export type SearchNumbersAndAccentsQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchNumbersAndAccentsQuery = { a: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  >, b: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  >, c: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  > };

export type SearchRankingQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchRankingQuery = { traite: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  >, mali: Array<
    | { id: string, kind: NodeKind }
    | { id: string, kind: NodeKind }
    | { id: string, kind: NodeKind }
    | { id: string, kind: NodeKind }
    | { id: string, kind: NodeKind }
    | { id: string, kind: NodeKind }
    | { id: string, kind: NodeKind }
  > };

export type SearchFirstAndKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchFirstAndKindsQuery = { search: Array<
    | { kind: NodeKind }
    | { kind: NodeKind }
    | { kind: NodeKind }
    | { kind: NodeKind }
    | { kind: NodeKind }
    | { kind: NodeKind }
    | { kind: NodeKind }
  > };

export type AroundMaliQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type AroundMaliQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    > } };

export type EarlyAndSmallQueryVariables = Exact<{ [key: string]: never; }>;


export type EarlyAndSmallQuery = { early: { truncated: boolean, nodes: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    >, relations: Array<{ id: string }> }, small: { truncated: boolean, nodes: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    > } };

export type DecreeNeighborhoodQueryVariables = Exact<{ [key: string]: never; }>;


export type DecreeNeighborhoodQuery = { neighborhood: { nodes: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    >, relations: Array<{ kind: RelationKind, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export type InstrumentPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type InstrumentPageQuery = { listNodes: { totalCount: number, edges: Array<{ cursor: string, node:
        | { id: string, validFrom: string | null }
        | { id: string, validFrom: string | null }
        | { id: string, validFrom: string | null }
        | { id: string, validFrom: string | null }
        | { id: string, validFrom: string | null }
        | { id: string, validFrom: string | null }
        | { id: string, validFrom: string | null }
       }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { nodes: number, relations: number, citations: number, sources: number, nodesByKind: Array<{ kind: NodeKind, count: number }>, relationsByKind: Array<{ kind: RelationKind, count: number }> } };

export type VocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type VocabularyQuery = { vocabulary: { relationKinds: Array<{ kind: RelationKind, verb: string }>, nodeKinds: Array<{ kind: NodeKind, label: string }> } };

export type ProtocolAndMaliAsOfQueryVariables = Exact<{
  asOf: string;
}>;


export type ProtocolAndMaliAsOfQuery = { node:
    | { __typename: 'Concept' }
    | { __typename: 'Event' }
    | { __typename: 'Institution' }
    | { __typename: 'Instrument', status: { status: InstrumentStatus, label: string, substitute: boolean, explanation: string, basis: { stage: StageKind, date: string | null } | null } }
    | { __typename: 'Place' }
    | { __typename: 'Programme' }
    | { __typename: 'Provision' }
   | null, relation: { participation: { status: { status: PartyStatus, label: string, basis: { kind: PartyBasisKind, date: string, computed: boolean } | null } } | null } | null, mali:
    | { relations: Array<{ to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { relations: Array<{ to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { relations: Array<{ to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { relations: Array<{ to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { relations: Array<{ to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { relations: Array<{ to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { relations: Array<{ to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
   | null };

export type MaliTipParticipationQueryVariables = Exact<{ [key: string]: never; }>;


export type MaliTipParticipationQuery = { relation: { validFrom: string | null, timeBasis: TimeBasis, participation: { signature: Array<{ date: string, used: boolean }>, consent: Array<{ consentKind: ConsentKind | null, act: ConsentAct | null, actName: string | null, date: string, used: boolean, sources: Array<{ quote: string }> }>, entryIntoForce: Array<{ date: string, computed: boolean, fromDeposit: string | null, used: boolean, note: string | null }>, alternatives: Array<{ type: ParticipationClaimType, actName: string | null, date: string }> } | null } | null };

export type LawStagesQueryVariables = Exact<{ [key: string]: never; }>;


export type LawStagesQuery = { node:
    | { __typename: 'Concept' }
    | { __typename: 'Event' }
    | { __typename: 'Institution' }
    | { __typename: 'Instrument', stages: Array<{ stage: StageKind, label: string, date: string | null, used: boolean, labelFr: string, sources: Array<{ quote: string }> }>, status: { status: InstrumentStatus, substitute: boolean, explanation: string, explanationFr: string, basis: { stage: StageKind, date: string | null } | null }, provisions: Array<{ id: string, number: string | null }> }
    | { __typename: 'Place' }
    | { __typename: 'Programme' }
    | { __typename: 'Provision' }
   | null };

export type TipArticle5QueryVariables = Exact<{ [key: string]: never; }>;


export type TipArticle5Query = { node:
    | { __typename: 'Concept', kind: NodeKind, name: string }
    | { __typename: 'Event', kind: NodeKind, name: string }
    | { __typename: 'Institution', kind: NodeKind, name: string }
    | { __typename: 'Instrument', kind: NodeKind, name: string }
    | { __typename: 'Place', kind: NodeKind, name: string }
    | { __typename: 'Programme', kind: NodeKind, name: string }
    | { __typename: 'Provision', number: string | null, heading: string | null, obligation: Obligation | null, kind: NodeKind, name: string, headingFr: string | null, instrument: { id: string } | null }
   | null };

export type UndatedThingsQueryVariables = Exact<{ [key: string]: never; }>;


export type UndatedThingsQuery = { unodc:
    | { undated: boolean, timeBasis: TimeBasis, validFrom: string | null }
    | { undated: boolean, timeBasis: TimeBasis, validFrom: string | null }
    | { undated: boolean, timeBasis: TimeBasis, validFrom: string | null }
    | { undated: boolean, timeBasis: TimeBasis, validFrom: string | null }
    | { undated: boolean, timeBasis: TimeBasis, validFrom: string | null }
    | { undated: boolean, timeBasis: TimeBasis, validFrom: string | null }
    | { undated: boolean, timeBasis: TimeBasis, validFrom: string | null }
   | null, mali:
    | { undated: boolean, timeBasis: TimeBasis }
    | { undated: boolean, timeBasis: TimeBasis }
    | { undated: boolean, timeBasis: TimeBasis }
    | { undated: boolean, timeBasis: TimeBasis }
    | { undated: boolean, timeBasis: TimeBasis }
    | { undated: boolean, timeBasis: TimeBasis }
    | { undated: boolean, timeBasis: TimeBasis }
   | null, supports: { undated: boolean, timeBasis: TimeBasis } | null };

export type TipImplementationMaliQueryVariables = Exact<{
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type TipImplementationMaliQuery = { implementationMap: { asOf: string | null, lang: Lang, gapNote: string, treatyStatus: { status: InstrumentStatus }, partyStatus: { status: PartyStatus } | null, partyRelation: { id: string } | null, articles: Array<{ number: string | null, heading: string | null, obligation: Obligation | null, obligationLabel: string | null, status: ArticleImplementationStatus, statusLabel: string, statusNote: string, provisions: Array<{ granularity: ImplementationGranularity, inferred: boolean, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , instrument: { id: string } | null, relation: { kind: RelationKind, note: string | null, noteFr: string | null } }>, relatedMeasures: Array<{ node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }>, treatyMeasures: Array<{ granularity: ImplementationGranularity, node:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } | null };

export type DecreeToProtocolQueryVariables = Exact<{
  avoidKinds?: Array<NodeKind> | NodeKind | null | undefined;
  first?: number | null | undefined;
}>;


export type DecreeToProtocolQuery = { paths: Array<{ length: number, throughHub: boolean, fr: string, nodes: Array<
      | { id: string, kind: NodeKind }
      | { id: string, kind: NodeKind }
      | { id: string, kind: NodeKind }
      | { id: string, kind: NodeKind }
      | { id: string, kind: NodeKind }
      | { id: string, kind: NodeKind }
      | { id: string, kind: NodeKind }
    >, relations: Array<{ kind: RelationKind }> }> };

export type FrenchSentencesPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type FrenchSentencesPageQuery = { listNodes: { edges: Array<{ node:
        | { relations: Array<{ id: string, sentence: string, inferred: boolean, inferredLabel: string | null }> }
        | { relations: Array<{ id: string, sentence: string, inferred: boolean, inferredLabel: string | null }> }
        | { relations: Array<{ id: string, sentence: string, inferred: boolean, inferredLabel: string | null }> }
        | { relations: Array<{ id: string, sentence: string, inferred: boolean, inferredLabel: string | null }> }
        | { relations: Array<{ id: string, sentence: string, inferred: boolean, inferredLabel: string | null }> }
        | { relations: Array<{ id: string, sentence: string, inferred: boolean, inferredLabel: string | null }> }
        | { relations: Array<{ id: string, sentence: string, inferred: boolean, inferredLabel: string | null }> }
       }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FrenchPathsThroughMaliQueryVariables = Exact<{ [key: string]: never; }>;


export type FrenchPathsThroughMaliQuery = { paths: Array<{ fr: string, nodes: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    > }> };


export const CompareMaliNigerSenegalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareMaliNigerSenegal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareJurisdictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"statusDate"}},{"kind":"Field","name":{"kind":"Name","value":"treaties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treaty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}},{"kind":"Field","name":{"kind":"Name","value":"otherReadings"}},{"kind":"Field","name":{"kind":"Name","value":"signatureDate"}},{"kind":"Field","name":{"kind":"Name","value":"consentDate"}},{"kind":"Field","name":{"kind":"Name","value":"entryIntoForceDate"}},{"kind":"Field","name":{"kind":"Name","value":"since"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"binding"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concept"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinationBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"implementation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treaty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapNote"}}]}}]}}]} as unknown as DocumentNode<CompareMaliNigerSenegalQuery, CompareMaliNigerSenegalQueryVariables>;
export const TipRatificationMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TipRatificationMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"treaty"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratificationMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"treaty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"treaty"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"statusDate"}},{"kind":"Field","name":{"kind":"Name","value":"treatyStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isoCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}},{"kind":"Field","name":{"kind":"Name","value":"otherReadings"}},{"kind":"Field","name":{"kind":"Name","value":"signatureDate"}},{"kind":"Field","name":{"kind":"Name","value":"consentDate"}},{"kind":"Field","name":{"kind":"Name","value":"consentKind"}},{"kind":"Field","name":{"kind":"Name","value":"consentAct"}},{"kind":"Field","name":{"kind":"Name","value":"entryIntoForceDate"}},{"kind":"Field","name":{"kind":"Name","value":"entryIntoForceComputed"}},{"kind":"Field","name":{"kind":"Name","value":"since"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"unrecordedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapNote"}}]}}]}}]} as unknown as DocumentNode<TipRatificationMapQuery, TipRatificationMapQueryVariables>;
export const JurisdictionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Jurisdictions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<JurisdictionsQuery, JurisdictionsQueryVariables>;
export const LawWithSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LawWithSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"ml-law-2012-023","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","alias":{"kind":"Name","value":"fr"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","alias":{"kind":"Name","value":"shortFr"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LawWithSourcesQuery, LawWithSourcesQueryVariables>;
export const UnknownNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnknownNode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"no-such-node","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnknownNodeQuery, UnknownNodeQueryVariables>;
export const EventCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"ml-2018-05-police-training-bamako","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"participantsAtLeast"}}]}}]}}]}}]} as unknown as DocumentNode<EventCountsQuery, EventCountsQueryVariables>;
export const WhatDecreeEstablishedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatDecreeEstablished"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"ml-decree-2011-036","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUT"}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ESTABLISHES"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhatDecreeEstablishedQuery, WhatDecreeEstablishedQueryVariables>;
export const LawToProtocolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LawToProtocol"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"ml-law-2012-023","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"un-tip-protocol","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"en"},"name":{"kind":"Name","value":"explanation"}},{"kind":"Field","alias":{"kind":"Name","value":"fr"},"name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}}]}}]} as unknown as DocumentNode<LawToProtocolQuery, LawToProtocolQueryVariables>;
export const WhoFundedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoFunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"ml-2018-05-police-training-bamako","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"IN"}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FUNDED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoFundedQuery, WhoFundedQueryVariables>;
export const SearchNumbersAndAccentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchNumbersAndAccents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"2012-023","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"décret 2011","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"INSTRUMENT"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"COMITE NATIONAL","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SearchNumbersAndAccentsQuery, SearchNumbersAndAccentsQueryVariables>;
export const SearchRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchRanking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"traite"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"traite","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mali"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"mali","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SearchRankingQuery, SearchRankingQueryVariables>;
export const SearchFirstAndKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchFirstAndKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"mali","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PLACE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SearchFirstAndKindsQuery, SearchFirstAndKindsQueryVariables>;
export const AroundMaliDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AroundMali"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"ml-mali","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"2000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<AroundMaliQuery, AroundMaliQueryVariables>;
export const EarlyAndSmallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EarlyAndSmall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"early"},"name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"ml-committee-tip","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2010","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"small"},"name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"ml-mali","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<EarlyAndSmallQuery, EarlyAndSmallQueryVariables>;
export const DecreeNeighborhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecreeNeighborhood"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"ml-decree-2011-036","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<DecreeNeighborhoodQuery, DecreeNeighborhoodQueryVariables>;
export const InstrumentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listNodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"INSTRUMENT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentPageQuery, InstrumentPageQueryVariables>;
export const StatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodesByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"}},{"kind":"Field","name":{"kind":"Name","value":"relations"}},{"kind":"Field","name":{"kind":"Name","value":"citations"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}}]}}]} as unknown as DocumentNode<StatsQuery, StatsQueryVariables>;
export const VocabularyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Vocabulary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vocabulary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verb"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}}]}}]}}]} as unknown as DocumentNode<VocabularyQuery, VocabularyQueryVariables>;
export const ProtocolAndMaliAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProtocolAndMaliAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"un-tip-protocol","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"substitute"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"ml-mali.PARTY_TO.un-tip-protocol","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mali"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"ml-mali","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUT"}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PARTY_TO"}]}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProtocolAndMaliAsOfQuery, ProtocolAndMaliAsOfQueryVariables>;
export const MaliTipParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaliTipParticipation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"ml-mali.PARTY_TO.un-tip-protocol","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"timeBasis"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentKind"}},{"kind":"Field","name":{"kind":"Name","value":"act"}},{"kind":"Field","name":{"kind":"Name","value":"actName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryIntoForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}},{"kind":"Field","name":{"kind":"Name","value":"fromDeposit"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MaliTipParticipationQuery, MaliTipParticipationQueryVariables>;
export const LawStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LawStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"ml-law-2012-023","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","alias":{"kind":"Name","value":"labelFr"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2013","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"substitute"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","alias":{"kind":"Name","value":"explanationFr"},"name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LawStagesQuery, LawStagesQueryVariables>;
export const TipArticle5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TipArticle5"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"un-tip-protocol-art-5","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","alias":{"kind":"Name","value":"headingFr"},"name":{"kind":"Name","value":"heading"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"obligation"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TipArticle5Query, TipArticle5QueryVariables>;
export const UndatedThingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UndatedThings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"unodc"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"un-unodc","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undated"}},{"kind":"Field","name":{"kind":"Name","value":"timeBasis"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mali"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"ml-mali","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undated"}},{"kind":"Field","name":{"kind":"Name","value":"timeBasis"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"supports"},"name":{"kind":"Name","value":"relation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"un-unodc.SUPPORTS.ml-national-police-school","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undated"}},{"kind":"Field","name":{"kind":"Name","value":"timeBasis"}}]}}]}}]} as unknown as DocumentNode<UndatedThingsQuery, UndatedThingsQueryVariables>;
export const TipImplementationMaliDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TipImplementationMali"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementationMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"treaty"},"value":{"kind":"StringValue","value":"un-tip-protocol","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"StringValue","value":"ml-mali","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"lang"}},{"kind":"Field","name":{"kind":"Name","value":"gapNote"}},{"kind":"Field","name":{"kind":"Name","value":"treatyStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyRelation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"obligation"}},{"kind":"Field","name":{"kind":"Name","value":"obligationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","alias":{"kind":"Name","value":"noteFr"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treatyMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}}]}}]}}]}}]} as unknown as DocumentNode<TipImplementationMaliQuery, TipImplementationMaliQueryVariables>;
export const DecreeToProtocolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecreeToProtocol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"avoidKinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"ml-decree-2011-036","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"un-tip-protocol","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"avoidKinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"avoidKinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"throughHub"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"fr"},"name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}}]}}]} as unknown as DocumentNode<DecreeToProtocolQuery, DecreeToProtocolQueryVariables>;
export const FrenchSentencesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrenchSentencesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listNodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"inferredLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FrenchSentencesPageQuery, FrenchSentencesPageQueryVariables>;
export const FrenchPathsThroughMaliDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrenchPathsThroughMali"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"ml-law-2012-023","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"ml-decree-2011-036","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"fr"},"name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FrenchPathsThroughMaliQuery, FrenchPathsThroughMaliQueryVariables>;