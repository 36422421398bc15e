import { graphql } from '../../gql';
import { graphqlQuery } from '../../lib/graphql/graphql-query';

/**
 * The treaties the map is offered for: the Palermo Convention and its two Protocols, whose articles
 * the graph holds (with their obligation types). Named here rather than discovered, because the API
 * has no "treaties with articles" query; a treaty with no article in the graph would show an empty map.
 */
export const MAP_TREATIES = ['un-untoc', 'un-tip-protocol', 'un-som-protocol'] as const;

/** The treaties' names, and the jurisdictions the map can be drawn for: the parties the graph records. */
export const MapChoicesQuery = graphql(/* GraphQL */ `
  query MapChoices($treaties: [ID!]!, $treaty: ID!) {
    treaties: nodes(ids: $treaties) {
      id
      shortNameEn: shortName(lang: EN)
      shortNameFr: shortName(lang: FR)
    }
    treaty: node(id: $treaty) {
      id
      parties: relations(direction: IN, kinds: [PARTY_TO]) {
        id
        from {
          id
          kind
          nameEn
          nameFr
        }
      }
    }
  }
`);

export const ImplementationLinkFields = graphql(/* GraphQL */ `
  fragment ImplementationLinkFields on ImplementationLink {
    granularity
    inferred
    node {
      id
      kind
      nameEn
      nameFr
      shortNameEn: shortName(lang: EN)
      shortNameFr: shortName(lang: FR)
    }
    instrument {
      id
      shortNameEn: shortName(lang: EN)
      shortNameFr: shortName(lang: FR)
    }
    relation {
      id
      kind
      noteEn: note(lang: EN)
      noteFr: note(lang: FR)
      sources {
        quote
        verbatim
        confidence
        source {
          id
          title
          url
          publisher
        }
      }
    }
  }
`);

/**
 * A treaty article by article for a jurisdiction as of a date, with everything in both languages so
 * a language switch needs no new request (and the CSV carries both headings).
 */
export const ImplementationMapQuery = graphql(/* GraphQL */ `
  query ImplementationMap($treaty: ID!, $jurisdiction: ID!, $asOf: PartialDate) {
    implementationMap(treaty: $treaty, jurisdiction: $jurisdiction, asOf: $asOf) {
      asOf
      treaty {
        id
        nameEn
        nameFr
        shortNameEn: shortName(lang: EN)
        shortNameFr: shortName(lang: FR)
      }
      jurisdiction {
        id
        nameEn
        nameFr
      }
      treatyStatus {
        ...InForceStatusFields
      }
      partyStatus {
        status
        basis {
          kind
          date
          computed
        }
      }
      articles {
        number
        obligation
        status
        headingEn: heading(lang: EN)
        headingFr: heading(lang: FR)
        provision {
          id
          nameEn
          nameFr
        }
        provisions {
          ...ImplementationLinkFields
        }
        relatedMeasures {
          ...ImplementationLinkFields
        }
      }
      treatyMeasures {
        ...ImplementationLinkFields
      }
    }
  }
`);

export const mapChoicesQuery = (treaty: string) =>
  graphqlQuery(MapChoicesQuery, { treaties: [...MAP_TREATIES], treaty });

/** The implementation map as the view asks for it. */
export const implementationMapQuery = (treaty: string, jurisdiction: string, asOf: string | null) =>
  graphqlQuery(ImplementationMapQuery, { treaty, jurisdiction, asOf });
