/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Confidence =
  | 'HIGH'
  | 'MEDIUM';

/** The family of a node; each family is a GraphQL type implementing Node. */
export type NodeKind =
  | 'CONCEPT'
  | 'EVENT'
  | 'INSTITUTION'
  | 'INSTRUMENT'
  | 'PLACE'
  | 'PROGRAMME';

/** What a relation says. Read as a sentence: from <verb> to. */
export type RelationKind =
  | 'ADDRESSES'
  | 'ADOPTED'
  | 'APPLIES_IN'
  | 'BASED_IN'
  | 'BENEFICIARY_OF'
  | 'CONTRIBUTES_TO'
  | 'COVERS'
  | 'DISTINGUISHED_FROM'
  | 'ESTABLISHES'
  | 'FORM_OF'
  | 'FUNDED'
  | 'GUARDIAN_OF'
  | 'HELD_IN'
  | 'IMPLEMENTS'
  | 'LEADS'
  | 'LOCATED_IN'
  | 'ORGANISED'
  | 'PARTICIPATED_IN'
  | 'PARTNER_IN'
  | 'PARTY_TO'
  | 'PART_OF'
  | 'REPRESENTED'
  | 'SIGNED'
  | 'SUPPLEMENTS'
  | 'SUPPORTS';

export type SourceType =
  /** One of the seed articles; its quotes are verbatim. */
  | 'ARTICLE'
  /** An outside fact from the checked reference table; its quotes restate the fact. */
  | 'REFERENCE';

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
  > };

export type EvidenceCitationFragment = { quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publisher: string | null, publishedOn: string | null, url: string | null } };

type GraphNodeFields_Concept_Fragment = { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> };

type GraphNodeFields_Event_Fragment = { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> };

type GraphNodeFields_Institution_Fragment = { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> };

type GraphNodeFields_Instrument_Fragment = { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> };

type GraphNodeFields_Place_Fragment = { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> };

type GraphNodeFields_Programme_Fragment = { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> };

export type GraphNodeFieldsFragment =
  | GraphNodeFields_Concept_Fragment
  | GraphNodeFields_Event_Fragment
  | GraphNodeFields_Institution_Fragment
  | GraphNodeFields_Instrument_Fragment
  | GraphNodeFields_Place_Fragment
  | GraphNodeFields_Programme_Fragment
;

export type GraphRelationFieldsFragment = { id: string, kind: RelationKind, inferred: boolean, from:
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
   };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
    >, relations: Array<{ id: string, kind: RelationKind, inferred: boolean, from:
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
       }> } };

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
  >, listNodes: { edges: Array<{ node:
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

export type CitationFieldsFragment = { quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } };

export type SourceFieldsFragment = { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null };

export type NodeDetailsQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type NodeDetailsQuery = { node:
    | { __typename: 'Concept', id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, validTo: string | null, aliases: Array<{ name: string, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } | null }>, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }>, relations: Array<{ id: string, kind: RelationKind, inferred: boolean, from:
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
         }> }
    | { __typename: 'Event', participants: number | null, participantsAtLeast: boolean, women: number | null, id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, validTo: string | null, eventStart: string, eventEnd: string | null, aliases: Array<{ name: string, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } | null }>, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }>, relations: Array<{ id: string, kind: RelationKind, inferred: boolean, from:
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
         }> }
    | { __typename: 'Institution', establishedOn: string | null, dissolvedOn: string | null, id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, validTo: string | null, budget: { amount: number, currency: string, period: string | null } | null, aliases: Array<{ name: string, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } | null }>, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }>, relations: Array<{ id: string, kind: RelationKind, inferred: boolean, from:
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
         }> }
    | { __typename: 'Instrument', number: string | null, adoptedOn: string | null, signedOn: string | null, inForceOn: string | null, launchedOn: string | null, endedOn: string | null, endNote: string | null, id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, validTo: string | null, aliases: Array<{ name: string, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } | null }>, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }>, relations: Array<{ id: string, kind: RelationKind, inferred: boolean, from:
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
         }> }
    | { __typename: 'Place', id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, validTo: string | null, aliases: Array<{ name: string, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } | null }>, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }>, relations: Array<{ id: string, kind: RelationKind, inferred: boolean, from:
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
         }> }
    | { __typename: 'Programme', startDate: string | null, endDate: string | null, id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, validTo: string | null, budget: { amount: number, currency: string, period: string | null } | null, aliases: Array<{ name: string, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } | null }>, sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }>, relations: Array<{ id: string, kind: RelationKind, inferred: boolean, from:
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
         }> }
   | null };

export type RelationDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type RelationDetailsQuery = { relation: { id: string, kind: RelationKind, inferred: boolean, note: string | null, validFrom: string | null, validTo: string | null, sentenceEn: string, sentenceFr: string, from:
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
    , sources: Array<{ quote: string, verbatim: boolean, confidence: Confidence | null, source: { id: string, title: string, type: SourceType, publishedOn: string | null, url: string | null, publisher: string | null } }> } | null };

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
  > };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  asOf?: string | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, explanationEn: string, explanationFr: string, nodes: Array<
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
      | { id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null, validFrom: string | null, shortNameEn: string, shortNameFr: string, aliases: Array<{ name: string, source: { id: string } | null }> }
    >, relations: Array<{ id: string, kind: RelationKind, inferred: boolean, sentenceEn: string, sentenceFr: string, from:
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
       }> }> };

export type SearchNodesQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchNodesQuery = { search: Array<
    | { __typename: 'Concept', id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
    | { __typename: 'Event', id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
    | { __typename: 'Institution', id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
    | { __typename: 'Instrument', number: string | null, id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
    | { __typename: 'Place', id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
    | { __typename: 'Programme', id: string, kind: NodeKind, type: string, nameEn: string, nameFr: string | null }
  > };

export const EvidenceCitationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<EvidenceCitationFragment, unknown>;
export const GraphNodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","alias":{"kind":"Name","value":"shortNameEn"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"shortNameFr"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GraphNodeFieldsFragment, unknown>;
export const GraphRelationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphRelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GraphRelationFieldsFragment, unknown>;
export const SourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]} as unknown as DocumentNode<SourceFieldsFragment, unknown>;
export const CitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]} as unknown as DocumentNode<CitationFieldsFragment, unknown>;
export const ViewEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceCitation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceCitation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ViewEvidenceQuery, ViewEvidenceQueryVariables>;
export const NeighborhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighborhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphRelationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","alias":{"kind":"Name","value":"shortNameEn"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"shortNameFr"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphRelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const VocabularyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Vocabulary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vocabulary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"labelFr"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","alias":{"kind":"Name","value":"pluralEn"},"name":{"kind":"Name","value":"plural"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"pluralFr"},"name":{"kind":"Name","value":"plural"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"types"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"labelFr"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"labelEn"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"labelFr"},"name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","alias":{"kind":"Name","value":"verbEn"},"name":{"kind":"Name","value":"verb"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"verbFr"},"name":{"kind":"Name","value":"verb"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}}]}}]}}]} as unknown as DocumentNode<VocabularyQuery, VocabularyQueryVariables>;
export const WelcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Welcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"suggested"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"}},{"kind":"Field","name":{"kind":"Name","value":"relations"}},{"kind":"Field","name":{"kind":"Name","value":"citations"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"nodesByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"suggested"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listNodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"INSTRUMENT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WelcomeQuery, WelcomeQueryVariables>;
export const CitationRelationSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitationRelationSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]} as unknown as DocumentNode<CitationRelationSourcesQuery, CitationRelationSourcesQueryVariables>;
export const NodeDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForceOn"}},{"kind":"Field","name":{"kind":"Name","value":"launchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endNote"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"eventStart"},"name":{"kind":"Name","value":"startDate"}},{"kind":"Field","alias":{"kind":"Name","value":"eventEnd"},"name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"participantsAtLeast"}},{"kind":"Field","name":{"kind":"Name","value":"women"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]} as unknown as DocumentNode<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const RelationDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelationDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","alias":{"kind":"Name","value":"sentenceEn"},"name":{"kind":"Name","value":"sentence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"sentenceFr"},"name":{"kind":"Name","value":"sentence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"verbatim"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]} as unknown as DocumentNode<RelationDetailsQuery, RelationDetailsQueryVariables>;
export const ExportNodePeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportNodePeriods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<ExportNodePeriodsQuery, ExportNodePeriodsQueryVariables>;
export const PathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Paths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"IntValue","value":"4"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","alias":{"kind":"Name","value":"explanationEn"},"name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"explanationFr"},"name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphRelationFields"}},{"kind":"Field","alias":{"kind":"Name","value":"sentenceEn"},"name":{"kind":"Name","value":"sentence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"sentenceFr"},"name":{"kind":"Name","value":"sentence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","alias":{"kind":"Name","value":"shortNameEn"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"shortNameFr"},"name":{"kind":"Name","value":"shortName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphRelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PathsQuery, PathsQueryVariables>;
export const SearchNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<SearchNodesQuery, SearchNodesQueryVariables>;