import { graphql } from '../../gql';

/**
 * What a comparison's cell or a ratification map's row shows of each citation: the quote and the
 * source it comes from (with its address when it has one), as the citation disclosures list them
 * and the CSV exports write them.
 */
export const CitedSourceFields = graphql(/* GraphQL */ `
  fragment CitedSourceFields on Citation {
    quote
    verbatim
    confidence
    source {
      id
      title
      publisher
      url
    }
  }
`);
