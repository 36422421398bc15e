import { graphql } from '../../gql';

/**
 * What the graph needs of a neighbourhood: ids, kinds and names in both languages (details are
 * fetched for the selected element only, which keeps this under the API's cost limit).
 */
export const NeighborhoodQuery = graphql(/* GraphQL */ `
  query Neighborhood($id: ID!, $asOf: PartialDate, $limit: Int) {
    neighborhood(id: $id, depth: 1, asOf: $asOf, limit: $limit) {
      truncated
      nodes {
        ...GraphNodeFields
      }
      relations {
        id
        kind
        inferred
        from {
          id
        }
        to {
          id
        }
      }
    }
  }

  fragment GraphNodeFields on Node {
    id
    kind
    type
    nameEn
    nameFr
    validFrom
    aliases {
      name
      source {
        id
      }
    }
  }
`);
