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

export type ViewEvidenceQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ViewEvidenceQuery = { nodes: Array<
    | { id: string, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publisher: string | null, publishedOn: string | null, url: string | null } }>, relations: Array<{ id: string, note: string | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publisher: string | null, publishedOn: string | null, url: string | null } }> }> }
    | { id: string, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publisher: string | null, publishedOn: string | null, url: string | null } }>, relations: Array<{ id: string, note: string | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publisher: string | null, publishedOn: string | null, url: string | null } }> }> }
    | { id: string, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publisher: string | null, publishedOn: string | null, url: string | null } }>, relations: Array<{ id: string, note: string | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publisher: string | null, publishedOn: string | null, url: string | null } }> }> }
    | { id: string, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publisher: string | null, publishedOn: string | null, url: string | null } }>, relations: Array<{ id: string, note: string | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publisher: string | null, publishedOn: string | null, url: string | null } }> }> }
    | { id: string, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publisher: string | null, publishedOn: string | null, url: string | null } }>, relations: Array<{ id: string, note: string | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publisher: string | null, publishedOn: string | null, url: string | null } }> }> }
    | { id: string, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publisher: string | null, publishedOn: string | null, url: string | null } }>, relations: Array<{ id: string, note: string | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publisher: string | null, publishedOn: string | null, url: string | null } }> }> }
    | { id: string, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publisher: string | null, publishedOn: string | null, url: string | null } }>, relations: Array<{ id: string, note: string | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publisher: string | null, publishedOn: string | null, url: string | null } }> }> }
  > };

export type EvidenceCitationFragment = { quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publisher: string | null, publishedOn: string | null, url: string | null } };

type GraphNodeFields_Concept_Fragment = { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> };

type GraphNodeFields_Event_Fragment = { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> };

type GraphNodeFields_Institution_Fragment = { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> };

type GraphNodeFields_Instrument_Fragment = { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, inForce: { status: InstrumentStatus }, aliases: Array<{ name: string, source: { id: string } | null }> };

type GraphNodeFields_Place_Fragment = { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> };

type GraphNodeFields_Programme_Fragment = { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> };

type GraphNodeFields_Provision_Fragment = { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> };

export type GraphNodeFieldsFragment =
  | GraphNodeFields_Concept_Fragment
  | GraphNodeFields_Event_Fragment
  | GraphNodeFields_Institution_Fragment
  | GraphNodeFields_Instrument_Fragment
  | GraphNodeFields_Place_Fragment
  | GraphNodeFields_Programme_Fragment
  | GraphNodeFields_Provision_Fragment
;

export type GraphRelationFieldsFragment = { id: string, kind: RelationKind, inferred: boolean, from:
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
   };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, inForce: { status: InstrumentStatus }, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
    >, relations: Array<{ id: string, kind: RelationKind, inferred: boolean, from:
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

export type CitedSourceFieldsFragment = { quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, publisher: string | null, url: string | null } };

export type InForceStatusFieldsFragment = { asOf: string, status: InstrumentStatus, substitute: boolean, basis: { stage: StageKind, date: string | null } | null, alternatives: Array<{ stage: StageKind, date: string | null }>, undatedEnd: { stage: StageKind } | null };

export type VocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type VocabularyQuery = { vocabulary: { nodeKinds: Array<{ kind: NodeKind, labelEn: string, labelFr: string, pluralEn: string, pluralFr: string, types: Array<{ type: string, labelEn: string, labelFr: string }> }>, relationKinds: Array<{ kind: RelationKind, labelEn: string, labelFr: string, verbEn: string, verbFr: string }> } };

export type WelcomeQueryVariables = Exact<{
  suggested: Array<string | number> | string | number;
}>;


export type WelcomeQuery = { stats: { nodes: number, relations: number, citations: number, sources: number, nodesByKind: Array<{ kind: NodeKind, count: number }> }, nodes: Array<
    | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
    | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
    | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
    | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
    | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
    | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
    | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
  >, listNodes: { edges: Array<{ node:
        | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
        | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
        | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
        | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
        | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
        | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
        | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
       }> } };

export type CitationRelationSourcesQueryVariables = Exact<{
  id: string | number;
}>;


export type CitationRelationSourcesQuery = { relation: { id: string, sources: Array<{ confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }> } | null };

export type CompareChoicesQueryVariables = Exact<{
  lang: Lang;
}>;


export type CompareChoicesQuery = { jurisdictions: Array<{ id: string, name: string }> };

export type CompareJurisdictionsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  asOf?: string | null | undefined;
  treaties: Array<string | number> | string | number;
  lang: Lang;
}>;


export type CompareJurisdictionsQuery = { compareJurisdictions: { asOf: string | null, statusDate: string, gapNote: string, treaties: Array<{ id: string, shortName: string }>, columns: Array<{ id: CoverageColumnId, label: string }>, profiles: Array<{ jurisdiction: { id: string, name: string }, participation: Array<{ status: ParticipationStatus, label: string, explanation: string, recorded: boolean, otherReadings: boolean, signatureDate: string | null, consentDate: string | null, consentKind: ConsentKind | null, entryIntoForceDate: string | null, entryIntoForceComputed: boolean, treaty: { id: string }, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, publisher: string | null, url: string | null } }> }>, coverage: Array<{ status: CoverageStatus, label: string, note: string, column: { id: CoverageColumnId }, links: Array<{ inferred: boolean, binding: boolean, instrument: { id: string, shortName: string }, provision: { id: string, shortName: string } | null }>, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, publisher: string | null, url: string | null } }> }>, instruments: Array<{ binding: boolean, columns: Array<CoverageColumnId>, instrument: { id: string, shortName: string }, status: { asOf: string, status: InstrumentStatus, substitute: boolean, basis: { stage: StageKind, date: string | null } | null, alternatives: Array<{ stage: StageKind, date: string | null }>, undatedEnd: { stage: StageKind } | null }, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, publisher: string | null, url: string | null } }> }>, coordinationBodies: Array<{ columns: Array<CoverageColumnId>, body: { id: string, name: string }, establishedBy: Array<{ id: string, from:
            | { id: string, shortName: string }
            | { id: string, shortName: string }
            | { id: string, shortName: string }
            | { id: string, shortName: string }
            | { id: string, shortName: string }
            | { id: string, shortName: string }
            | { id: string, shortName: string }
           }>, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, publisher: string | null, url: string | null } }> }>, implementation: Array<{ treaty: { id: string }, statusCounts: Array<{ status: ArticleImplementationStatus, label: string, count: number }> }> }> } };

export type CompareArticlesQueryVariables = Exact<{
  treaty: string | number;
  jurisdiction: string | number;
  asOf?: string | null | undefined;
  lang: Lang;
}>;


export type CompareArticlesQuery = { implementationMap: { articles: Array<{ number: string | null, heading: string | null, status: ArticleImplementationStatus, statusLabel: string, provision: { id: string }, provisions: Array<{ node:
          | { id: string, shortName: string }
          | { id: string, shortName: string }
          | { id: string, shortName: string }
          | { id: string, shortName: string }
          | { id: string, shortName: string }
          | { id: string, shortName: string }
          | { id: string, shortName: string }
        , relation: { id: string, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, publisher: string | null, url: string | null } }> } }>, relatedMeasures: Array<{ node:
          | { id: string, shortName: string }
          | { id: string, shortName: string }
          | { id: string, shortName: string }
          | { id: string, shortName: string }
          | { id: string, shortName: string }
          | { id: string, shortName: string }
          | { id: string, shortName: string }
        , relation: { id: string, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, publisher: string | null, url: string | null } }> } }> }> } | null };

export type CompareLinkFieldsFragment = { node:
    | { id: string, shortName: string }
    | { id: string, shortName: string }
    | { id: string, shortName: string }
    | { id: string, shortName: string }
    | { id: string, shortName: string }
    | { id: string, shortName: string }
    | { id: string, shortName: string }
  , relation: { id: string, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, publisher: string | null, url: string | null } }> } };

export type CitationFieldsFragment = { quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } };

export type SourceFieldsFragment = { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null };

export type StageFieldsFragment = { stage: StageKind, date: string | null, inferred: boolean, used: boolean, reasonEn: string | null, reasonFr: string | null, noteEn: string | null, noteFr: string | null, by:
    | { id: string, nameEn: string, nameFr: string | null }
    | { id: string, nameEn: string, nameFr: string | null }
    | { id: string, nameEn: string, nameFr: string | null }
    | { id: string, nameEn: string, nameFr: string | null }
    | { id: string, nameEn: string, nameFr: string | null }
    | { id: string, nameEn: string, nameFr: string | null }
    | { id: string, nameEn: string, nameFr: string | null }
   | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }> };

export type ParticipationClaimFieldsFragment = { type: ParticipationClaimType, date: string, consentKind: ConsentKind | null, act: ConsentAct | null, actName: string | null, computed: boolean, fromDeposit: string | null, used: boolean, noteEn: string | null, noteFr: string | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }> };

export type NodeDetailsQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type NodeDetailsQuery = { node:
    | { __typename: 'Concept', id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, validTo: string | null, undated: boolean, aliases: Array<{ name: string, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } | null }>, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }>, relations: Array<{ id: string, kind: RelationKind, inferred: boolean, from:
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
        , to:
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
         }> }
    | { __typename: 'Event', participants: number | null, participantsAtLeast: boolean, women: number | null, id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, validTo: string | null, undated: boolean, eventStart: string, eventEnd: string | null, aliases: Array<{ name: string, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } | null }>, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }>, relations: Array<{ id: string, kind: RelationKind, inferred: boolean, from:
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
        , to:
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
         }> }
    | { __typename: 'Institution', establishedOn: string | null, dissolvedOn: string | null, id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, validTo: string | null, undated: boolean, budget: { amount: number, currency: string, period: string | null } | null, aliases: Array<{ name: string, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } | null }>, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }>, relations: Array<{ id: string, kind: RelationKind, inferred: boolean, from:
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
        , to:
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
         }> }
    | { __typename: 'Instrument', number: string | null, id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, validTo: string | null, undated: boolean, stages: Array<{ stage: StageKind, date: string | null, inferred: boolean, used: boolean, reasonEn: string | null, reasonFr: string | null, noteEn: string | null, noteFr: string | null, by:
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
         | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }> }>, inForce: { asOf: string, status: InstrumentStatus, substitute: boolean, basis: { stage: StageKind, date: string | null } | null, alternatives: Array<{ stage: StageKind, date: string | null }>, undatedEnd: { stage: StageKind } | null }, provisions: Array<{ id: string }>, aliases: Array<{ name: string, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } | null }>, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }>, relations: Array<{ id: string, kind: RelationKind, inferred: boolean, from:
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
        , to:
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
         }> }
    | { __typename: 'Place', id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, validTo: string | null, undated: boolean, aliases: Array<{ name: string, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } | null }>, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }>, relations: Array<{ id: string, kind: RelationKind, inferred: boolean, from:
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
        , to:
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
         }> }
    | { __typename: 'Programme', startDate: string | null, endDate: string | null, id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, validTo: string | null, undated: boolean, budget: { amount: number, currency: string, period: string | null } | null, aliases: Array<{ name: string, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } | null }>, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }>, relations: Array<{ id: string, kind: RelationKind, inferred: boolean, from:
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
        , to:
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
         }> }
    | { __typename: 'Provision', number: string | null, obligation: Obligation | null, id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, validTo: string | null, undated: boolean, headingEn: string | null, headingFr: string | null, summaryEn: string | null, summaryFr: string | null, obligationNoteEn: string | null, obligationNoteFr: string | null, instrument: { id: string, nameEn: string, nameFr: string | null } | null, aliases: Array<{ name: string, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } | null }>, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }>, relations: Array<{ id: string, kind: RelationKind, inferred: boolean, from:
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
        , to:
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
          | { id: string, nameEn: string, nameFr: string | null }
         }> }
   | null };

export type RelationDetailsQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type RelationDetailsQuery = { relation: { id: string, kind: RelationKind, inferred: boolean, validFrom: string | null, validTo: string | null, undated: boolean, noteEn: string | null, noteFr: string | null, sentenceEn: string, sentenceFr: string, from:
      | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
      | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
      | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
      | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
      | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
      | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
      | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
    , to:
      | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
      | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
      | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
      | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
      | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
      | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
      | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
    , sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }>, participation: { signature: Array<{ type: ParticipationClaimType, date: string, consentKind: ConsentKind | null, act: ConsentAct | null, actName: string | null, computed: boolean, fromDeposit: string | null, used: boolean, noteEn: string | null, noteFr: string | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }> }>, consent: Array<{ type: ParticipationClaimType, date: string, consentKind: ConsentKind | null, act: ConsentAct | null, actName: string | null, computed: boolean, fromDeposit: string | null, used: boolean, noteEn: string | null, noteFr: string | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }> }>, entryIntoForce: Array<{ type: ParticipationClaimType, date: string, consentKind: ConsentKind | null, act: ConsentAct | null, actName: string | null, computed: boolean, fromDeposit: string | null, used: boolean, noteEn: string | null, noteFr: string | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }> }>, partyBy: Array<{ type: ParticipationClaimType, date: string, consentKind: ConsentKind | null, act: ConsentAct | null, actName: string | null, computed: boolean, fromDeposit: string | null, used: boolean, noteEn: string | null, noteFr: string | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }> }>, partyFrom: { kind: PartyBasisKind, date: string, computed: boolean } | null, status: { asOf: string, status: PartyStatus } } | null, treaty:
      | { entryIntoForceRule: { daysAfterDeposit: number, notBeforeTreatyInForce: boolean, article: string | null } | null }
      | Record<PropertyKey, never>
     } | null };

export type ExportNodePeriodsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExportNodePeriodsQuery = { nodes: Array<
    | { id: string, validFrom: string | null, validTo: string | null }
    | { id: string, validFrom: string | null, validTo: string | null }
    | { id: string, validFrom: string | null, validTo: string | null }
    | { id: string, validFrom: string | null, validTo: string | null }
    | { id: string, validFrom: string | null, validTo: string | null }
    | { id: string, validFrom: string | null, validTo: string | null }
    | { id: string, validFrom: string | null, validTo: string | null }
  > };

export type MapChoicesQueryVariables = Exact<{
  treaties: Array<string | number> | string | number;
  treaty: string | number;
}>;


export type MapChoicesQuery = { treaties: Array<
    | { id: string, shortNameEn: string, shortNameFr: string }
    | { id: string, shortNameEn: string, shortNameFr: string }
    | { id: string, shortNameEn: string, shortNameFr: string }
    | { id: string, shortNameEn: string, shortNameFr: string }
    | { id: string, shortNameEn: string, shortNameFr: string }
    | { id: string, shortNameEn: string, shortNameFr: string }
    | { id: string, shortNameEn: string, shortNameFr: string }
  >, treaty:
    | { id: string, parties: Array<{ id: string, from:
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
         }> }
    | { id: string, parties: Array<{ id: string, from:
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
         }> }
    | { id: string, parties: Array<{ id: string, from:
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
         }> }
    | { id: string, parties: Array<{ id: string, from:
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
         }> }
    | { id: string, parties: Array<{ id: string, from:
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
         }> }
    | { id: string, parties: Array<{ id: string, from:
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
         }> }
    | { id: string, parties: Array<{ id: string, from:
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null }
         }> }
   | null };

export type ImplementationLinkFieldsFragment = { granularity: ImplementationGranularity, inferred: boolean, node:
    | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
    | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
    | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
    | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
    | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
    | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
    | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
  , instrument: { id: string, shortNameEn: string, shortNameFr: string } | null, relation: { id: string, kind: RelationKind, noteEn: string | null, noteFr: string | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, url: string | null, publisher: string | null } }> } };

export type ImplementationMapQueryVariables = Exact<{
  treaty: string | number;
  jurisdiction: string | number;
  asOf?: string | null | undefined;
}>;


export type ImplementationMapQuery = { implementationMap: { asOf: string | null, treaty: { id: string, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }, jurisdiction:
      | { id: string, nameEn: string, nameFr: string | null }
      | { id: string, nameEn: string, nameFr: string | null }
      | { id: string, nameEn: string, nameFr: string | null }
      | { id: string, nameEn: string, nameFr: string | null }
      | { id: string, nameEn: string, nameFr: string | null }
      | { id: string, nameEn: string, nameFr: string | null }
      | { id: string, nameEn: string, nameFr: string | null }
    , treatyStatus: { asOf: string, status: InstrumentStatus, substitute: boolean, basis: { stage: StageKind, date: string | null } | null, alternatives: Array<{ stage: StageKind, date: string | null }>, undatedEnd: { stage: StageKind } | null }, partyStatus: { status: PartyStatus, basis: { kind: PartyBasisKind, date: string, computed: boolean } | null } | null, articles: Array<{ number: string | null, obligation: Obligation | null, status: ArticleImplementationStatus, headingEn: string | null, headingFr: string | null, provision: { id: string, nameEn: string, nameFr: string | null }, provisions: Array<{ granularity: ImplementationGranularity, inferred: boolean, node:
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
        , instrument: { id: string, shortNameEn: string, shortNameFr: string } | null, relation: { id: string, kind: RelationKind, noteEn: string | null, noteFr: string | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, url: string | null, publisher: string | null } }> } }>, relatedMeasures: Array<{ granularity: ImplementationGranularity, inferred: boolean, node:
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
          | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
        , instrument: { id: string, shortNameEn: string, shortNameFr: string } | null, relation: { id: string, kind: RelationKind, noteEn: string | null, noteFr: string | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, url: string | null, publisher: string | null } }> } }> }>, treatyMeasures: Array<{ granularity: ImplementationGranularity, inferred: boolean, node:
        | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
        | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
        | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
        | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
        | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
        | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
        | { id: string, kind: NodeKind, nameEn: string, nameFr: string | null, shortNameEn: string, shortNameFr: string }
      , instrument: { id: string, shortNameEn: string, shortNameFr: string } | null, relation: { id: string, kind: RelationKind, noteEn: string | null, noteFr: string | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, url: string | null, publisher: string | null } }> } }> } | null };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  asOf?: string | null | undefined;
  avoidKinds?: Array<NodeKind> | NodeKind | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, throughHub: boolean, explanationEn: string, explanationFr: string, nodes: Array<
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, inForce: { status: InstrumentStatus }, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, undated: boolean, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
    >, relations: Array<{ id: string, kind: RelationKind, inferred: boolean, sentenceEn: string, sentenceFr: string, from:
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
       }> }> };

export type RatificationTreatiesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  lang: Lang;
}>;


export type RatificationTreatiesQuery = { nodes: Array<
    | { id: string, shortName: string }
    | { id: string, shortName: string }
    | { id: string, shortName: string }
    | { id: string, shortName: string }
    | { id: string, shortName: string }
    | { id: string, shortName: string }
    | { id: string, shortName: string }
  > };

export type RatificationMapQueryVariables = Exact<{
  treaty: string | number;
  asOf?: string | null | undefined;
  lang: Lang;
}>;


export type RatificationMapQuery = { ratificationMap: { asOf: string | null, statusDate: string, gapNote: string, treaty: { id: string, name: string, shortName: string }, treatyStatus: { status: InstrumentStatus }, rows: Array<{ status: ParticipationStatus, label: string, explanation: string, recorded: boolean, computed: boolean, otherReadings: boolean, signatureDate: string | null, consentDate: string | null, consentKind: ConsentKind | null, entryIntoForceDate: string | null, entryIntoForceComputed: boolean, jurisdiction: { id: string, isoCode: string | null, name: string }, since: { kind: ParticipationStepKind, date: string, computed: boolean } | null, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, publisher: string | null, url: string | null } }> }>, legend: Array<{ status: ParticipationStatus, label: string, description: string, count: number, unrecordedCount: number }> } };

export type SearchNodesQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
}>;


export type SearchNodesQuery = { search: Array<
    | { __typename: 'Concept', id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
    | { __typename: 'Event', id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
    | { __typename: 'Institution', id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
    | { __typename: 'Instrument', number: string | null, id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
    | { __typename: 'Place', id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
    | { __typename: 'Programme', id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
    | { __typename: 'Provision', id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
  > };

export const EvidenceCitationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<EvidenceCitationFragment, unknown>;
export const GraphNodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","alias":{"kind":"Name","value":"shortNameEn"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"shortNameFr"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"undated"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"inForce"},"name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<GraphNodeFieldsFragment, unknown>;
export const GraphRelationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphRelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GraphRelationFieldsFragment, unknown>;
export const InForceStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InForceStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InForceStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"substitute"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"undatedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<InForceStatusFieldsFragment, unknown>;
export const CitedSourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitedSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CitedSourceFieldsFragment, unknown>;
export const CompareLinkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompareLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImplementationLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitedSourceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitedSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CompareLinkFieldsFragment, unknown>;
export const SourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]} as unknown as DocumentNode<SourceFieldsFragment, unknown>;
export const CitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]} as unknown as DocumentNode<CitationFieldsFragment, unknown>;
export const StageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"reasonEn"},"name":{"kind":"Name","value":"reason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"reasonFr"},"name":{"kind":"Name","value":"reason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","alias":{"kind":"Name","value":"noteEn"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"noteFr"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]} as unknown as DocumentNode<StageFieldsFragment, unknown>;
export const ParticipationClaimFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"consentKind"}},{"kind":"Field","name":{"kind":"Name","value":"act"}},{"kind":"Field","name":{"kind":"Name","value":"actName"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}},{"kind":"Field","name":{"kind":"Name","value":"fromDeposit"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","alias":{"kind":"Name","value":"noteEn"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"noteFr"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]} as unknown as DocumentNode<ParticipationClaimFieldsFragment, unknown>;
export const ImplementationLinkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImplementationLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImplementationLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","alias":{"kind":"Name","value":"shortNameEn"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"shortNameFr"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"shortNameEn"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"shortNameFr"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"noteEn"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"noteFr"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImplementationLinkFieldsFragment, unknown>;
export const ViewEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceCitation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceCitation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ViewEvidenceQuery, ViewEvidenceQueryVariables>;
export const NeighborhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighborhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphRelationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","alias":{"kind":"Name","value":"shortNameEn"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"shortNameFr"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"undated"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"inForce"},"name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphRelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const VocabularyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Vocabulary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vocabulary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"labelFr"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","alias":{"kind":"Name","value":"pluralEn"},"name":{"kind":"Name","value":"plural"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"pluralFr"},"name":{"kind":"Name","value":"plural"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"types"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"labelFr"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"labelFr"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","alias":{"kind":"Name","value":"verbEn"},"name":{"kind":"Name","value":"verb"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"verbFr"},"name":{"kind":"Name","value":"verb"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}}]}}]}}]} as unknown as DocumentNode<VocabularyQuery, VocabularyQueryVariables>;
export const WelcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Welcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"suggested"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"}},{"kind":"Field","name":{"kind":"Name","value":"relations"}},{"kind":"Field","name":{"kind":"Name","value":"citations"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"nodesByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"suggested"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listNodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"INSTRUMENT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WelcomeQuery, WelcomeQueryVariables>;
export const CitationRelationSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitationRelationSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]} as unknown as DocumentNode<CitationRelationSourcesQuery, CitationRelationSourcesQueryVariables>;
export const CompareChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}}]} as unknown as DocumentNode<CompareChoicesQuery, CompareChoicesQueryVariables>;
export const CompareJurisdictionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareJurisdictions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"treaties"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareJurisdictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"treaties"},"value":{"kind":"Variable","name":{"kind":"Name","value":"treaties"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"statusDate"}},{"kind":"Field","name":{"kind":"Name","value":"treaties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"gapNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"profiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treaty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"otherReadings"}},{"kind":"Field","name":{"kind":"Name","value":"signatureDate"}},{"kind":"Field","name":{"kind":"Name","value":"consentDate"}},{"kind":"Field","name":{"kind":"Name","value":"consentKind"}},{"kind":"Field","name":{"kind":"Name","value":"entryIntoForceDate"}},{"kind":"Field","name":{"kind":"Name","value":"entryIntoForceComputed"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitedSourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"binding"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitedSourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InForceStatusFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"binding"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitedSourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinationBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"establishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitedSourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"implementation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treaty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitedSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InForceStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InForceStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"substitute"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"undatedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<CompareJurisdictionsQuery, CompareJurisdictionsQueryVariables>;
export const CompareArticlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareArticles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"treaty"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementationMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"treaty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"treaty"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heading"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompareLinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompareLinkFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitedSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompareLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImplementationLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitedSourceFields"}}]}}]}}]}}]} as unknown as DocumentNode<CompareArticlesQuery, CompareArticlesQueryVariables>;
export const NodeDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"undated"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"inForce"},"name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InForceStatusFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","alias":{"kind":"Name","value":"headingEn"},"name":{"kind":"Name","value":"heading"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"headingFr"},"name":{"kind":"Name","value":"heading"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","alias":{"kind":"Name","value":"summaryEn"},"name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"summaryFr"},"name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"obligation"}},{"kind":"Field","alias":{"kind":"Name","value":"obligationNoteEn"},"name":{"kind":"Name","value":"obligationNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"obligationNoteFr"},"name":{"kind":"Name","value":"obligationNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"eventStart"},"name":{"kind":"Name","value":"startDate"}},{"kind":"Field","alias":{"kind":"Name","value":"eventEnd"},"name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"participantsAtLeast"}},{"kind":"Field","name":{"kind":"Name","value":"women"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"reasonEn"},"name":{"kind":"Name","value":"reason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"reasonFr"},"name":{"kind":"Name","value":"reason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","alias":{"kind":"Name","value":"noteEn"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"noteFr"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InForceStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InForceStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"substitute"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"undatedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const RelationDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelationDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","alias":{"kind":"Name","value":"noteEn"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"noteFr"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"undated"}},{"kind":"Field","alias":{"kind":"Name","value":"sentenceEn"},"name":{"kind":"Name","value":"sentence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"sentenceFr"},"name":{"kind":"Name","value":"sentence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationClaimFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationClaimFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryIntoForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationClaimFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationClaimFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"treaty"},"name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryIntoForceRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysAfterDeposit"}},{"kind":"Field","name":{"kind":"Name","value":"notBeforeTreatyInForce"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"consentKind"}},{"kind":"Field","name":{"kind":"Name","value":"act"}},{"kind":"Field","name":{"kind":"Name","value":"actName"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}},{"kind":"Field","name":{"kind":"Name","value":"fromDeposit"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","alias":{"kind":"Name","value":"noteEn"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"noteFr"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]} as unknown as DocumentNode<RelationDetailsQuery, RelationDetailsQueryVariables>;
export const ExportNodePeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportNodePeriods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<ExportNodePeriodsQuery, ExportNodePeriodsQueryVariables>;
export const MapChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"treaties"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"treaty"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"treaties"},"name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"treaties"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"shortNameEn"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"shortNameFr"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}},{"kind":"Field","alias":{"kind":"Name","value":"treaty"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"treaty"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"parties"},"name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"IN"}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PARTY_TO"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MapChoicesQuery, MapChoicesQueryVariables>;
export const ImplementationMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImplementationMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"treaty"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementationMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"treaty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"treaty"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"treaty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","alias":{"kind":"Name","value":"shortNameEn"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"shortNameFr"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"treatyStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InForceStatusFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"obligation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","alias":{"kind":"Name","value":"headingEn"},"name":{"kind":"Name","value":"heading"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"headingFr"},"name":{"kind":"Name","value":"heading"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImplementationLinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImplementationLinkFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treatyMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImplementationLinkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InForceStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InForceStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"substitute"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"undatedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImplementationLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImplementationLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","alias":{"kind":"Name","value":"shortNameEn"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"shortNameFr"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"shortNameEn"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"shortNameFr"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"noteEn"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"noteFr"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImplementationMapQuery, ImplementationMapQueryVariables>;
export const PathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Paths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"avoidKinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"IntValue","value":"4"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"avoidKinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"avoidKinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"throughHub"}},{"kind":"Field","alias":{"kind":"Name","value":"explanationEn"},"name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"explanationFr"},"name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphRelationFields"}},{"kind":"Field","alias":{"kind":"Name","value":"sentenceEn"},"name":{"kind":"Name","value":"sentence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"sentenceFr"},"name":{"kind":"Name","value":"sentence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","alias":{"kind":"Name","value":"shortNameEn"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"shortNameFr"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"undated"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"inForce"},"name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphRelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PathsQuery, PathsQueryVariables>;
export const RatificationTreatiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatificationTreaties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}}]} as unknown as DocumentNode<RatificationTreatiesQuery, RatificationTreatiesQueryVariables>;
export const RatificationMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatificationMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"treaty"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratificationMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"treaty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"treaty"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"statusDate"}},{"kind":"Field","name":{"kind":"Name","value":"treaty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"treatyStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isoCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}},{"kind":"Field","name":{"kind":"Name","value":"otherReadings"}},{"kind":"Field","name":{"kind":"Name","value":"signatureDate"}},{"kind":"Field","name":{"kind":"Name","value":"consentDate"}},{"kind":"Field","name":{"kind":"Name","value":"consentKind"}},{"kind":"Field","name":{"kind":"Name","value":"entryIntoForceDate"}},{"kind":"Field","name":{"kind":"Name","value":"entryIntoForceComputed"}},{"kind":"Field","name":{"kind":"Name","value":"since"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitedSourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"description"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"unrecordedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitedSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<RatificationMapQuery, RatificationMapQueryVariables>;
export const SearchNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<SearchNodesQuery, SearchNodesQueryVariables>;