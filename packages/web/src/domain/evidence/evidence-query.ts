import { graphql } from '../../gql';

/**
 * The evidence of the nodes in view and of the relations leaving them (so of every relation in
 * view, each leaving one of its ends): for the exports and the printed handout. The neighbourhood
 * query leaves citations out to stay light; this asks for them only when a file or a page needs them.
 */
export const ViewEvidenceQuery = graphql(/* GraphQL */ `
  query ViewEvidence($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      sources {
        ...EvidenceCitation
      }
      relations(direction: OUT) {
        id
        note
        sources {
          ...EvidenceCitation
        }
      }
    }
  }

  fragment EvidenceCitation on Citation {
    quote
    verbatim
    confidence
    source {
      id
      title
      type
      publisher
      publishedOn
      url
    }
  }
`);
