import { graphql } from '../../gql';

/**
 * Whether an instrument was in force on a date, and on which stage that rests: what the details
 * panel and the implementation map both say (with describeInForce), in the same words.
 */
export const InForceStatusFields = graphql(/* GraphQL */ `
  fragment InForceStatusFields on InForceStatus {
    asOf
    status
    substitute
    basis {
      stage
      date
    }
    alternatives {
      stage
      date
    }
    undatedEnd {
      stage
    }
  }
`);
