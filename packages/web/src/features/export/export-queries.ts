import { graphql } from '../../gql';

/** The periods of the nodes in view (the neighbourhood query leaves them out to stay light). */
export const ExportNodePeriodsQuery = graphql(/* GraphQL */ `
  query ExportNodePeriods($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      validFrom
      validTo
    }
  }
`);
