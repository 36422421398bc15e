import { graphql } from '../../gql';

/**
 * What the graph draws of a node and of a relation, whichever query brings them (a neighbourhood,
 * the paths between two nodes): ids, kinds and names in both languages, whether the node is
 * undated, and an instrument's in-force status on the view's date (`$asOf`, which every query
 * using these fragments declares: an instrument adopted but not yet in force is drawn as such).
 * Details are fetched for the selected element only, which keeps these queries under the API's
 * cost limit.
 */
export const GraphNodeFields = graphql(/* GraphQL */ `
  fragment GraphNodeFields on Node {
    id
    kind
    type
    nameEn
    nameFr
    validFrom
    undated
    aliases {
      name
      source {
        id
      }
    }
    ... on Instrument {
      inForce: status(asOf: $asOf) {
        status
      }
    }
  }
`);

export const GraphRelationFields = graphql(/* GraphQL */ `
  fragment GraphRelationFields on Relation {
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
`);
