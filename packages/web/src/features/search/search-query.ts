import { graphql } from '../../gql';

export const SearchQuery = graphql(/* GraphQL */ `
  query SearchNodes($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      __typename
      id
      kind
      type
      nameEn
      nameFr
      ... on Instrument {
        number
      }
    }
  }
`);
