import { baseUrl } from './server-state';

/** Asks the running API directly, so specs compare the page with the data rather than hard-coding it. */
export async function queryApi<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`API error: ${JSON.stringify(body.errors)}`);
  return body.data;
}
