import { graphql } from '../../gql';

export const SearchQuery = graphql(/* GraphQL */ `
  query SearchNodes($text: String!, $first: Int, $kinds: [NodeKind!]) {
    search(text: $text, first: $first, kinds: $kinds) {
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
