import { GraphQLError } from 'graphql';
import { serverLog } from './server-log';

/**
 * What the server does with a rejected promise nobody listens to, instead of exiting (Node's
 * default). graphql-js 16 gives up on a field's promise when a later sibling fails at once and
 * the failure reaches a non-null parent; the promise then rejects unheard. A request over its
 * store-call budget did exactly that, so any client could stop the server for everyone (the abuse
 * tier sends it). Such a rejection is a client-facing field error (a GraphQLError with a path,
 * raised as one: a budget, a bad argument), already answered by the field that failed first:
 * dropped, not logged, as one request can abandon hundreds. Anything else, an internal error
 * included, is logged with its stack.
 */
export function onUnhandledRejection(reason: unknown): void {
  const abandonedFieldError =
    reason instanceof GraphQLError &&
    reason.path !== undefined &&
    (reason.originalError === undefined || reason.originalError instanceof GraphQLError);
  if (abandonedFieldError) return;
  serverLog.error('Unhandled promise rejection (the server keeps serving)', reason);
}

export const keepServingOnUnhandledRejections = (): void => {
  process.on('unhandledRejection', onUnhandledRejection);
};
