import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { LIMIT_CODE_EXTENSION } from '../format-api-error';
import type { ServerLimits } from './server-limits';

/**
 * Reports a GraphQL Armor rejection as a validation error with our code. Armor's default is to
 * throw, which graphql-js's `validate` does not catch (Apollo would answer 500); reporting lets
 * the other rules finish and the client get a 400 with every problem.
 */
const report =
  (code: string) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    const message = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(new GraphQLError(message, { extensions: { [LIMIT_CODE_EXTENSION]: code } }));
  };

/**
 * The shape limits on a document, by GraphQL Armor (kept, widely used): depth, aliases and
 * directives. Each walks fragments once, so fragment cycles (reported by graphql-js's own
 * NoFragmentCyclesRule) and fragments spread many times cannot make them recurse without end.
 * Size is limited before this, by the parser's token limit (see create-apollo-server.ts).
 */
export function documentLimitRules(limits: ServerLimits): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    maxDepthRule({ ...common, n: limits.maxDepth, onReject: [report('QUERY_TOO_DEEP')] }),
    maxAliasesRule({ ...common, n: limits.maxAliases, onReject: [report('TOO_MANY_ALIASES')] }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives, onReject: [report('TOO_MANY_DIRECTIVES')] }),
  ] as ValidationRule[];
}
