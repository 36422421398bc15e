import { graphql } from '../../gql';
import { graphqlQuery } from '../../lib/graphql/graphql-query';

/** A relation's evidence, for citing a path whose relations came without it. */
export const CitationRelationSourcesQuery = graphql(/* GraphQL */ `
  query CitationRelationSources($id: ID!) {
    relation(id: $id) {
      id
      sources {
        confidence
        source {
          ...SourceFields
        }
      }
    }
  }
`);

export const relationSourcesQuery = (id: string) => graphqlQuery(CitationRelationSourcesQuery, { id });
