import { request as httpRequest, Agent } from 'node:http';

export interface RawRequest {
  method?: string;
  /** Path and query, e.g. "/graphql?query=..." */
  path?: string;
  headers?: Record<string, string>;
  /** A body sent as is (a string or bytes), or several chunks. */
  body?: string | Buffer;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  ms: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/**
 * One HTTP request with nothing added (fetch would fix up a malformed request, and could not
 * send some). Rejects only when the server could not be reached or cut the connection: a server
 * that died or closed on the client.
 */
export function sendRequest(baseUrl: string, req: RawRequest, timeoutMs = 30_000): Promise<RawResponse> {
  const started = performance.now();
  const url = new URL(req.path ?? '/graphql', baseUrl);
  return new Promise((resolve, reject) => {
    const r = httpRequest(
      url,
      {
        method: req.method ?? 'POST',
        headers: {
          ...(req.body !== undefined ? { 'content-length': String(Buffer.byteLength(req.body)) } : {}),
          ...req.headers,
        },
        agent,
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        );
        res.on('error', reject);
      },
    );
    r.on('timeout', () => r.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    r.on('error', reject);
    if (req.body !== undefined) r.write(req.body);
    r.end();
  });
}

/** A JSON POST to /graphql as a GraphQL-over-HTTP client sends it. */
export function graphqlPost(body: unknown, accept = 'application/graphql-response+json'): RawRequest {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', accept },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}
