/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment GraphNodeFields on Node {\n    id\n    kind\n    type\n    nameEn\n    nameFr\n    validFrom\n    aliases {\n      name\n      source {\n        id\n      }\n    }\n  }\n": typeof types.GraphNodeFieldsFragmentDoc,
    "\n  fragment GraphRelationFields on Relation {\n    id\n    kind\n    inferred\n    from {\n      id\n    }\n    to {\n      id\n    }\n  }\n": typeof types.GraphRelationFieldsFragmentDoc,
    "\n  query Neighborhood($id: ID!, $asOf: PartialDate, $limit: Int) {\n    neighborhood(id: $id, depth: 1, asOf: $asOf, limit: $limit) {\n      truncated\n      nodes {\n        ...GraphNodeFields\n      }\n      relations {\n        ...GraphRelationFields\n      }\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query Vocabulary {\n    vocabulary {\n      nodeKinds {\n        kind\n        labelEn: label(lang: EN)\n        labelFr: label(lang: FR)\n        pluralEn: plural(lang: EN)\n        pluralFr: plural(lang: FR)\n        types {\n          type\n          labelEn: label(lang: EN)\n          labelFr: label(lang: FR)\n        }\n      }\n      relationKinds {\n        kind\n        labelEn: label(lang: EN)\n        labelFr: label(lang: FR)\n        verbEn: verb(lang: EN)\n        verbFr: verb(lang: FR)\n      }\n    }\n  }\n": typeof types.VocabularyDocument,
    "\n  query Welcome($suggested: [ID!]!) {\n    stats {\n      nodes\n      relations\n      citations\n      sources\n      nodesByKind {\n        kind\n        count\n      }\n    }\n    nodes(ids: $suggested) {\n      id\n      kind\n      type\n      nameEn\n      nameFr\n    }\n    listNodes(kinds: [INSTRUMENT], first: 6) {\n      edges {\n        node {\n          id\n          kind\n          type\n          nameEn\n          nameFr\n        }\n      }\n    }\n  }\n": typeof types.WelcomeDocument,
    "\n  query CitationRelationSources($id: ID!) {\n    relation(id: $id) {\n      id\n      sources {\n        confidence\n        source {\n          ...SourceFields\n        }\n      }\n    }\n  }\n": typeof types.CitationRelationSourcesDocument,
    "\n  fragment CitationFields on Citation {\n    quote\n    verbatim\n    confidence\n    source {\n      ...SourceFields\n    }\n  }\n": typeof types.CitationFieldsFragmentDoc,
    "\n  fragment SourceFields on Source {\n    id\n    title\n    type\n    publishedOn\n    url\n    publisher\n  }\n": typeof types.SourceFieldsFragmentDoc,
    "\n  query NodeDetails($id: ID!, $asOf: PartialDate) {\n    node(id: $id) {\n      __typename\n      id\n      kind\n      type\n      nameEn\n      nameFr\n      validFrom\n      validTo\n      aliases {\n        name\n        source {\n          ...SourceFields\n        }\n      }\n      sources {\n        ...CitationFields\n      }\n      relations(asOf: $asOf) {\n        id\n        kind\n        inferred\n        from {\n          id\n          nameEn\n          nameFr\n        }\n        to {\n          id\n          nameEn\n          nameFr\n        }\n      }\n      ... on Instrument {\n        number\n        adoptedOn\n        signedOn\n        inForceOn\n        launchedOn\n        endedOn\n        endNote\n      }\n      ... on Institution {\n        establishedOn\n        dissolvedOn\n        budget {\n          amount\n          currency\n          period\n        }\n      }\n      ... on Programme {\n        startDate\n        endDate\n        budget {\n          amount\n          currency\n          period\n        }\n      }\n      ... on Event {\n        eventStart: startDate\n        eventEnd: endDate\n        participants\n        participantsAtLeast\n        women\n      }\n    }\n  }\n": typeof types.NodeDetailsDocument,
    "\n  query RelationDetails($id: ID!) {\n    relation(id: $id) {\n      id\n      kind\n      inferred\n      note\n      validFrom\n      validTo\n      sentenceEn: sentence(lang: EN)\n      sentenceFr: sentence(lang: FR)\n      from {\n        id\n        kind\n        nameEn\n        nameFr\n      }\n      to {\n        id\n        kind\n        nameEn\n        nameFr\n      }\n      sources {\n        ...CitationFields\n      }\n    }\n  }\n": typeof types.RelationDetailsDocument,
    "\n  query ExportNodePeriods($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      validFrom\n      validTo\n    }\n  }\n": typeof types.ExportNodePeriodsDocument,
    "\n  query Paths($from: ID!, $to: ID!, $asOf: PartialDate) {\n    paths(from: $from, to: $to, asOf: $asOf, maxHops: 4, first: 3) {\n      length\n      explanationEn: explanation(lang: EN)\n      explanationFr: explanation(lang: FR)\n      nodes {\n        ...GraphNodeFields\n      }\n      relations {\n        ...GraphRelationFields\n        sentenceEn: sentence(lang: EN)\n        sentenceFr: sentence(lang: FR)\n      }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query SearchNodes($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      __typename\n      id\n      kind\n      type\n      nameEn\n      nameFr\n      ... on Instrument {\n        number\n      }\n    }\n  }\n": typeof types.SearchNodesDocument,
};
const documents: Documents = {
    "\n  fragment GraphNodeFields on Node {\n    id\n    kind\n    type\n    nameEn\n    nameFr\n    validFrom\n    aliases {\n      name\n      source {\n        id\n      }\n    }\n  }\n": types.GraphNodeFieldsFragmentDoc,
    "\n  fragment GraphRelationFields on Relation {\n    id\n    kind\n    inferred\n    from {\n      id\n    }\n    to {\n      id\n    }\n  }\n": types.GraphRelationFieldsFragmentDoc,
    "\n  query Neighborhood($id: ID!, $asOf: PartialDate, $limit: Int) {\n    neighborhood(id: $id, depth: 1, asOf: $asOf, limit: $limit) {\n      truncated\n      nodes {\n        ...GraphNodeFields\n      }\n      relations {\n        ...GraphRelationFields\n      }\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query Vocabulary {\n    vocabulary {\n      nodeKinds {\n        kind\n        labelEn: label(lang: EN)\n        labelFr: label(lang: FR)\n        pluralEn: plural(lang: EN)\n        pluralFr: plural(lang: FR)\n        types {\n          type\n          labelEn: label(lang: EN)\n          labelFr: label(lang: FR)\n        }\n      }\n      relationKinds {\n        kind\n        labelEn: label(lang: EN)\n        labelFr: label(lang: FR)\n        verbEn: verb(lang: EN)\n        verbFr: verb(lang: FR)\n      }\n    }\n  }\n": types.VocabularyDocument,
    "\n  query Welcome($suggested: [ID!]!) {\n    stats {\n      nodes\n      relations\n      citations\n      sources\n      nodesByKind {\n        kind\n        count\n      }\n    }\n    nodes(ids: $suggested) {\n      id\n      kind\n      type\n      nameEn\n      nameFr\n    }\n    listNodes(kinds: [INSTRUMENT], first: 6) {\n      edges {\n        node {\n          id\n          kind\n          type\n          nameEn\n          nameFr\n        }\n      }\n    }\n  }\n": types.WelcomeDocument,
    "\n  query CitationRelationSources($id: ID!) {\n    relation(id: $id) {\n      id\n      sources {\n        confidence\n        source {\n          ...SourceFields\n        }\n      }\n    }\n  }\n": types.CitationRelationSourcesDocument,
    "\n  fragment CitationFields on Citation {\n    quote\n    verbatim\n    confidence\n    source {\n      ...SourceFields\n    }\n  }\n": types.CitationFieldsFragmentDoc,
    "\n  fragment SourceFields on Source {\n    id\n    title\n    type\n    publishedOn\n    url\n    publisher\n  }\n": types.SourceFieldsFragmentDoc,
    "\n  query NodeDetails($id: ID!, $asOf: PartialDate) {\n    node(id: $id) {\n      __typename\n      id\n      kind\n      type\n      nameEn\n      nameFr\n      validFrom\n      validTo\n      aliases {\n        name\n        source {\n          ...SourceFields\n        }\n      }\n      sources {\n        ...CitationFields\n      }\n      relations(asOf: $asOf) {\n        id\n        kind\n        inferred\n        from {\n          id\n          nameEn\n          nameFr\n        }\n        to {\n          id\n          nameEn\n          nameFr\n        }\n      }\n      ... on Instrument {\n        number\n        adoptedOn\n        signedOn\n        inForceOn\n        launchedOn\n        endedOn\n        endNote\n      }\n      ... on Institution {\n        establishedOn\n        dissolvedOn\n        budget {\n          amount\n          currency\n          period\n        }\n      }\n      ... on Programme {\n        startDate\n        endDate\n        budget {\n          amount\n          currency\n          period\n        }\n      }\n      ... on Event {\n        eventStart: startDate\n        eventEnd: endDate\n        participants\n        participantsAtLeast\n        women\n      }\n    }\n  }\n": types.NodeDetailsDocument,
    "\n  query RelationDetails($id: ID!) {\n    relation(id: $id) {\n      id\n      kind\n      inferred\n      note\n      validFrom\n      validTo\n      sentenceEn: sentence(lang: EN)\n      sentenceFr: sentence(lang: FR)\n      from {\n        id\n        kind\n        nameEn\n        nameFr\n      }\n      to {\n        id\n        kind\n        nameEn\n        nameFr\n      }\n      sources {\n        ...CitationFields\n      }\n    }\n  }\n": types.RelationDetailsDocument,
    "\n  query ExportNodePeriods($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      validFrom\n      validTo\n    }\n  }\n": types.ExportNodePeriodsDocument,
    "\n  query Paths($from: ID!, $to: ID!, $asOf: PartialDate) {\n    paths(from: $from, to: $to, asOf: $asOf, maxHops: 4, first: 3) {\n      length\n      explanationEn: explanation(lang: EN)\n      explanationFr: explanation(lang: FR)\n      nodes {\n        ...GraphNodeFields\n      }\n      relations {\n        ...GraphRelationFields\n        sentenceEn: sentence(lang: EN)\n        sentenceFr: sentence(lang: FR)\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query SearchNodes($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      __typename\n      id\n      kind\n      type\n      nameEn\n      nameFr\n      ... on Instrument {\n        number\n      }\n    }\n  }\n": types.SearchNodesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphNodeFields on Node {\n    id\n    kind\n    type\n    nameEn\n    nameFr\n    validFrom\n    aliases {\n      name\n      source {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GraphNodeFields on Node {\n    id\n    kind\n    type\n    nameEn\n    nameFr\n    validFrom\n    aliases {\n      name\n      source {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphRelationFields on Relation {\n    id\n    kind\n    inferred\n    from {\n      id\n    }\n    to {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment GraphRelationFields on Relation {\n    id\n    kind\n    inferred\n    from {\n      id\n    }\n    to {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($id: ID!, $asOf: PartialDate, $limit: Int) {\n    neighborhood(id: $id, depth: 1, asOf: $asOf, limit: $limit) {\n      truncated\n      nodes {\n        ...GraphNodeFields\n      }\n      relations {\n        ...GraphRelationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Neighborhood($id: ID!, $asOf: PartialDate, $limit: Int) {\n    neighborhood(id: $id, depth: 1, asOf: $asOf, limit: $limit) {\n      truncated\n      nodes {\n        ...GraphNodeFields\n      }\n      relations {\n        ...GraphRelationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Vocabulary {\n    vocabulary {\n      nodeKinds {\n        kind\n        labelEn: label(lang: EN)\n        labelFr: label(lang: FR)\n        pluralEn: plural(lang: EN)\n        pluralFr: plural(lang: FR)\n        types {\n          type\n          labelEn: label(lang: EN)\n          labelFr: label(lang: FR)\n        }\n      }\n      relationKinds {\n        kind\n        labelEn: label(lang: EN)\n        labelFr: label(lang: FR)\n        verbEn: verb(lang: EN)\n        verbFr: verb(lang: FR)\n      }\n    }\n  }\n"): (typeof documents)["\n  query Vocabulary {\n    vocabulary {\n      nodeKinds {\n        kind\n        labelEn: label(lang: EN)\n        labelFr: label(lang: FR)\n        pluralEn: plural(lang: EN)\n        pluralFr: plural(lang: FR)\n        types {\n          type\n          labelEn: label(lang: EN)\n          labelFr: label(lang: FR)\n        }\n      }\n      relationKinds {\n        kind\n        labelEn: label(lang: EN)\n        labelFr: label(lang: FR)\n        verbEn: verb(lang: EN)\n        verbFr: verb(lang: FR)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Welcome($suggested: [ID!]!) {\n    stats {\n      nodes\n      relations\n      citations\n      sources\n      nodesByKind {\n        kind\n        count\n      }\n    }\n    nodes(ids: $suggested) {\n      id\n      kind\n      type\n      nameEn\n      nameFr\n    }\n    listNodes(kinds: [INSTRUMENT], first: 6) {\n      edges {\n        node {\n          id\n          kind\n          type\n          nameEn\n          nameFr\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Welcome($suggested: [ID!]!) {\n    stats {\n      nodes\n      relations\n      citations\n      sources\n      nodesByKind {\n        kind\n        count\n      }\n    }\n    nodes(ids: $suggested) {\n      id\n      kind\n      type\n      nameEn\n      nameFr\n    }\n    listNodes(kinds: [INSTRUMENT], first: 6) {\n      edges {\n        node {\n          id\n          kind\n          type\n          nameEn\n          nameFr\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitationRelationSources($id: ID!) {\n    relation(id: $id) {\n      id\n      sources {\n        confidence\n        source {\n          ...SourceFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CitationRelationSources($id: ID!) {\n    relation(id: $id) {\n      id\n      sources {\n        confidence\n        source {\n          ...SourceFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitationFields on Citation {\n    quote\n    verbatim\n    confidence\n    source {\n      ...SourceFields\n    }\n  }\n"): (typeof documents)["\n  fragment CitationFields on Citation {\n    quote\n    verbatim\n    confidence\n    source {\n      ...SourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourceFields on Source {\n    id\n    title\n    type\n    publishedOn\n    url\n    publisher\n  }\n"): (typeof documents)["\n  fragment SourceFields on Source {\n    id\n    title\n    type\n    publishedOn\n    url\n    publisher\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeDetails($id: ID!, $asOf: PartialDate) {\n    node(id: $id) {\n      __typename\n      id\n      kind\n      type\n      nameEn\n      nameFr\n      validFrom\n      validTo\n      aliases {\n        name\n        source {\n          ...SourceFields\n        }\n      }\n      sources {\n        ...CitationFields\n      }\n      relations(asOf: $asOf) {\n        id\n        kind\n        inferred\n        from {\n          id\n          nameEn\n          nameFr\n        }\n        to {\n          id\n          nameEn\n          nameFr\n        }\n      }\n      ... on Instrument {\n        number\n        adoptedOn\n        signedOn\n        inForceOn\n        launchedOn\n        endedOn\n        endNote\n      }\n      ... on Institution {\n        establishedOn\n        dissolvedOn\n        budget {\n          amount\n          currency\n          period\n        }\n      }\n      ... on Programme {\n        startDate\n        endDate\n        budget {\n          amount\n          currency\n          period\n        }\n      }\n      ... on Event {\n        eventStart: startDate\n        eventEnd: endDate\n        participants\n        participantsAtLeast\n        women\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeDetails($id: ID!, $asOf: PartialDate) {\n    node(id: $id) {\n      __typename\n      id\n      kind\n      type\n      nameEn\n      nameFr\n      validFrom\n      validTo\n      aliases {\n        name\n        source {\n          ...SourceFields\n        }\n      }\n      sources {\n        ...CitationFields\n      }\n      relations(asOf: $asOf) {\n        id\n        kind\n        inferred\n        from {\n          id\n          nameEn\n          nameFr\n        }\n        to {\n          id\n          nameEn\n          nameFr\n        }\n      }\n      ... on Instrument {\n        number\n        adoptedOn\n        signedOn\n        inForceOn\n        launchedOn\n        endedOn\n        endNote\n      }\n      ... on Institution {\n        establishedOn\n        dissolvedOn\n        budget {\n          amount\n          currency\n          period\n        }\n      }\n      ... on Programme {\n        startDate\n        endDate\n        budget {\n          amount\n          currency\n          period\n        }\n      }\n      ... on Event {\n        eventStart: startDate\n        eventEnd: endDate\n        participants\n        participantsAtLeast\n        women\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationDetails($id: ID!) {\n    relation(id: $id) {\n      id\n      kind\n      inferred\n      note\n      validFrom\n      validTo\n      sentenceEn: sentence(lang: EN)\n      sentenceFr: sentence(lang: FR)\n      from {\n        id\n        kind\n        nameEn\n        nameFr\n      }\n      to {\n        id\n        kind\n        nameEn\n        nameFr\n      }\n      sources {\n        ...CitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelationDetails($id: ID!) {\n    relation(id: $id) {\n      id\n      kind\n      inferred\n      note\n      validFrom\n      validTo\n      sentenceEn: sentence(lang: EN)\n      sentenceFr: sentence(lang: FR)\n      from {\n        id\n        kind\n        nameEn\n        nameFr\n      }\n      to {\n        id\n        kind\n        nameEn\n        nameFr\n      }\n      sources {\n        ...CitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportNodePeriods($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      validFrom\n      validTo\n    }\n  }\n"): (typeof documents)["\n  query ExportNodePeriods($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      validFrom\n      validTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($from: ID!, $to: ID!, $asOf: PartialDate) {\n    paths(from: $from, to: $to, asOf: $asOf, maxHops: 4, first: 3) {\n      length\n      explanationEn: explanation(lang: EN)\n      explanationFr: explanation(lang: FR)\n      nodes {\n        ...GraphNodeFields\n      }\n      relations {\n        ...GraphRelationFields\n        sentenceEn: sentence(lang: EN)\n        sentenceFr: sentence(lang: FR)\n      }\n    }\n  }\n"): (typeof documents)["\n  query Paths($from: ID!, $to: ID!, $asOf: PartialDate) {\n    paths(from: $from, to: $to, asOf: $asOf, maxHops: 4, first: 3) {\n      length\n      explanationEn: explanation(lang: EN)\n      explanationFr: explanation(lang: FR)\n      nodes {\n        ...GraphNodeFields\n      }\n      relations {\n        ...GraphRelationFields\n        sentenceEn: sentence(lang: EN)\n        sentenceFr: sentence(lang: FR)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchNodes($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      __typename\n      id\n      kind\n      type\n      nameEn\n      nameFr\n      ... on Instrument {\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchNodes($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      __typename\n      id\n      kind\n      type\n      nameEn\n      nameFr\n      ... on Instrument {\n        number\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;