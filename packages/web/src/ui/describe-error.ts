import type { TFunction } from 'i18next';
import { ApiUnavailableError, GraphQLResponseError } from '../lib/graphql/fetch-graphql';

/** One sentence saying what went wrong, in the UI language, for any error a query can end with. */
export function describeError(error: Error, t: TFunction): string {
  if (error instanceof ApiUnavailableError) return t('errors.apiUnavailable', { detail: error.message });
  if (error instanceof GraphQLResponseError) return t('errors.apiError', { message: error.message });
  return t('errors.unexpected', { message: error.message });
}
