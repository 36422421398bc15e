import { graphql } from '../gql';

export const WelcomeQuery = graphql(/* GraphQL */ `
  query Welcome($suggested: [ID!]!) {
    stats {
      nodes
      relations
      citations
      sources
      nodesByKind {
        kind
        count
      }
    }
    nodes(ids: $suggested) {
      id
      kind
      type
      nameEn
      nameFr
    }
    listNodes(kinds: [INSTRUMENT], first: 6) {
      edges {
        node {
          id
          kind
          type
          nameEn
          nameFr
        }
      }
    }
  }
`);
