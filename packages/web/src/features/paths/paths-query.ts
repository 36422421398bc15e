import { graphql } from '../../gql';

/**
 * The shortest paths between two nodes as the framework stood on a date, with the API's
 * explanation and each relation's sentence in both languages (a language switch needs no new
 * request). Nodes and relations carry the graph's fields (domain/graph-content/graph-fragments.ts), so a
 * path can be drawn where the view lacks it.
 */
export const PathsQuery = graphql(/* GraphQL */ `
  query Paths($from: ID!, $to: ID!, $asOf: PartialDate, $avoidKinds: [NodeKind!]) {
    paths(from: $from, to: $to, asOf: $asOf, maxHops: 4, first: 3, avoidKinds: $avoidKinds) {
      length
      throughHub
      explanationEn: explanation(lang: EN)
      explanationFr: explanation(lang: FR)
      nodes {
        ...GraphNodeFields
      }
      relations {
        ...GraphRelationFields
        sentenceEn: sentence(lang: EN)
        sentenceFr: sentence(lang: FR)
      }
    }
  }
`);
