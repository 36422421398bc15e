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

/** A stage of an instrument, in both languages (a language switch needs no new request). */
export const StageFields = graphql(/* GraphQL */ `
  fragment StageFields on Stage {
    stage
    date
    inferred
    used
    by {
      id
      nameEn
      nameFr
    }
    reasonEn: reason(lang: EN)
    reasonFr: reason(lang: FR)
    noteEn: note(lang: EN)
    noteFr: note(lang: FR)
    sources {
      ...CitationFields
    }
  }
`);

/** One dated claim of a state's participation in a treaty, with its evidence. */
export const ParticipationClaimFields = graphql(/* GraphQL */ `
  fragment ParticipationClaimFields on ParticipationClaim {
    type
    date
    consentKind
    act
    actName
    computed
    fromDeposit
    used
    noteEn: note(lang: EN)
    noteFr: note(lang: FR)
    sources {
      ...CitationFields
    }
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
      undated
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
        stages {
          ...StageFields
        }
        inForce: status(asOf: $asOf) {
          ...InForceStatusFields
        }
        provisions {
          id
        }
      }
      ... on Provision {
        number
        headingEn: heading(lang: EN)
        headingFr: heading(lang: FR)
        summaryEn: summary(lang: EN)
        summaryFr: summary(lang: FR)
        obligation
        obligationNoteEn: obligationNote(lang: EN)
        obligationNoteFr: obligationNote(lang: FR)
        instrument {
          id
          nameEn
          nameFr
        }
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
  query RelationDetails($id: ID!, $asOf: PartialDate) {
    relation(id: $id) {
      id
      kind
      inferred
      noteEn: note(lang: EN)
      noteFr: note(lang: FR)
      validFrom
      validTo
      undated
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
      participation {
        signature {
          ...ParticipationClaimFields
        }
        consent {
          ...ParticipationClaimFields
        }
        entryIntoForce {
          ...ParticipationClaimFields
        }
        partyBy {
          ...ParticipationClaimFields
        }
        partyFrom {
          kind
          date
          computed
        }
        status(asOf: $asOf) {
          asOf
          status
        }
      }
      treaty: to {
        ... on Instrument {
          entryIntoForceRule {
            daysAfterDeposit
            notBeforeTreatyInForce
            article
          }
        }
      }
    }
  }
`);

/** Everything about a node as of a date, as the details panel asks for it (a tour's pre-fetch too). */
export const nodeDetailsQuery = (id: string, asOf: string | null) =>
  graphqlQuery(NodeDetailsQuery, { id, asOf });

/** Everything about a relation as of a date, as the details panel asks for it (a tour's pre-fetch too). */
export const relationDetailsQuery = (id: string, asOf: string | null) =>
  graphqlQuery(RelationDetailsQuery, { id, asOf });
