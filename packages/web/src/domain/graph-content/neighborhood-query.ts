import { graphql } from '../../gql';

/** A node's depth-1 neighbourhood as the graph draws it (see graph-fragments.ts). */
export const NeighborhoodQuery = graphql(/* GraphQL */ `
  query Neighborhood($id: ID!, $asOf: PartialDate, $limit: Int) {
    neighborhood(id: $id, depth: 1, asOf: $asOf, limit: $limit) {
      truncated
      nodes {
        ...GraphNodeFields
      }
      relations {
        ...GraphRelationFields
      }
    }
  }
`);
