import type { ApolloServerPlugin } from '@apollo/server';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
/** Errors in a well-formed request's document or variables; malformed requests (BAD_REQUEST) keep their 400. */
const DOCUMENT_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_LARGE',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'QUERY_TOO_COSTLY',
]);

/**
 * The GraphQL-over-HTTP spec: a client that accepts only `application/json` (legacy) gets
 * status 200 for parse, validation and variable errors, because intermediaries cannot tell a
 * GraphQL error from a broken server by a 400 there. Apollo Server answers 400 either way; this
 * restores 200 for legacy clients and keeps 400 for `application/graphql-response+json` ones.
 */
export function legacyJsonStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          const accept = request.http?.headers.get('accept') ?? '';
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const documentErrors =
            errors?.length && errors.every((e) => DOCUMENT_ERRORS.has(String(e.extensions?.code)));
          if (response.http.status === 400 && !accept.includes(GRAPHQL_RESPONSE_JSON) && documentErrors) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
