import type { RawResponse } from './send-request';

/**
 * What must never be in an answer, in any mode: a stack trace or Apollo's `stacktrace` extension,
 * a file path, a library's own error (JavaScript's TypeError and friends, JSON.parse's wording,
 * Express's HTML error page, Node or driver connection errors).
 */
const LEAKS: Array<[string, RegExp]> = [
  // In JSON a stack's line breaks are escaped (\n); in text they are real.
  ['a stack trace', /(?:\n|\\n)\s+at \S|"stacktrace"|\bat [\w.<>]+ \(/],
  [
    'a file path',
    /(?:\/(?:work|home|usr|tmp|root|opt)\/[\w./-]+)|node_modules|[\w-]+\.(?:js|ts|cjs|mjs):\d+/,
  ],
  [
    'a JavaScript error',
    /\b(?:TypeError|RangeError|ReferenceError|EvalError|InternalError)\b|Cannot read propert|is not a function|Maximum call stack/,
  ],
  ["JSON.parse's wording", /Unexpected token|Unexpected end of JSON|in JSON at position/],
  ['an HTML error page', /<!DOCTYPE|<html|<pre>/i],
  ['a connection error', /ECONN\w+|EPIPE|ETIMEDOUT|Neo4jError|neo4j-driver/],
];

/**
 * Every leak found in a response, by name; [] when it is clean. In a JSON answer the errors are
 * searched (its data is the graph's own text, which may say anything); any other answer is
 * searched whole unless it is a successful page or script of the explorer.
 */
export function leaksIn(response: RawResponse): string[] {
  const type = String(response.headers['content-type'] ?? '');
  let searched = response.text;
  if (/json/.test(type)) {
    try {
      const { data: _data, ...rest } = JSON.parse(response.text) as Record<string, unknown>;
      searched = JSON.stringify(rest);
    } catch {
      // Not JSON after all: searched whole.
    }
  } else if (response.status < 400) return [];
  return LEAKS.filter(([, pattern]) => pattern.test(searched)).map(([name]) => name);
}

/** Whether a JSON error answer carries the request id that its X-Request-Id header gives. */
export function requestIdProblems(response: RawResponse): string[] {
  const id = response.headers['x-request-id'];
  if (typeof id !== 'string' || id.length === 0) return ['no X-Request-Id header'];
  if (!/json/.test(String(response.headers['content-type'] ?? ''))) return [];
  let body: { errors?: Array<{ extensions?: { requestId?: unknown } }> };
  try {
    body = JSON.parse(response.text) as typeof body;
  } catch {
    return ['a JSON content-type with a body that is not JSON'];
  }
  return (body.errors ?? [])
    .filter((e) => e.extensions?.requestId !== id)
    .map(() => 'an error without the request id of its response');
}
