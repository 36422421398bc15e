import { graphql } from '../../gql';
import { graphqlQuery } from '../../lib/graphql/graphql-query';

export const CitationFields = graphql(/* GraphQL */ `
  fragment CitationFields on Citation {
    quote
    verbatim
    confidence
    source {
      ...SourceFields
    }
  }
`);

export const SourceFields = graphql(/* GraphQL */ `
  fragment SourceFields on Source {
    id
    title
    type
    publishedOn
    url
    publisher
  }
`);

/** Everything about one node; kind-specific attributes come through inline fragments. */
export const NodeDetailsQuery = graphql(/* GraphQL */ `
  query NodeDetails($id: ID!, $asOf: PartialDate) {
    node(id: $id) {
      __typename
      id
      kind
      type
      nameEn
      nameFr
      validFrom
      validTo
      aliases {
        name
        source {
          ...SourceFields
        }
      }
      sources {
        ...CitationFields
      }
      relations(asOf: $asOf) {
        id
        kind
        inferred
        from {
          id
          nameEn
          nameFr
        }
        to {
          id
          nameEn
          nameFr
        }
      }
      ... on Instrument {
        number
        adoptedOn
        signedOn
        inForceOn
        launchedOn
        endedOn
        endNote
      }
      ... on Institution {
        establishedOn
        dissolvedOn
        budget {
          amount
          currency
          period
        }
      }
      ... on Programme {
        startDate
        endDate
        budget {
          amount
          currency
          period
        }
      }
      ... on Event {
        eventStart: startDate
        eventEnd: endDate
        participants
        participantsAtLeast
        women
      }
    }
  }
`);

export const RelationDetailsQuery = graphql(/* GraphQL */ `
  query RelationDetails($id: ID!) {
    relation(id: $id) {
      id
      kind
      inferred
      note
      validFrom
      validTo
      sentenceEn: sentence(lang: EN)
      sentenceFr: sentence(lang: FR)
      from {
        id
        kind
        nameEn
        nameFr
      }
      to {
        id
        kind
        nameEn
        nameFr
      }
      sources {
        ...CitationFields
      }
    }
  }
`);

/** Everything about a node as of a date, as the details panel asks for it (a tour's pre-fetch too). */
export const nodeDetailsQuery = (id: string, asOf: string | null) =>
  graphqlQuery(NodeDetailsQuery, { id, asOf });

/** Everything about a relation, as the details panel asks for it (a tour's pre-fetch too). */
export const relationDetailsQuery = (id: string) => graphqlQuery(RelationDetailsQuery, { id });
