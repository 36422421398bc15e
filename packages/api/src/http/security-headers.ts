import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

export interface SecurityHeaderOptions {
  /**
   * Origins allowed to show Cadre in a frame (CSP `frame-ancestors`), from `CADRE_FRAME_ANCESTORS`
   * (space-separated, e.g. "https://intranet.example.org"). Default none: no site may frame it.
   */
  frameAncestors?: string[];
}

/**
 * Security headers on every response (helmet's, listed once): a Content-Security-Policy that allows only
 * Cadre's own origin, `nosniff`, `Referrer-Policy: no-referrer`, no framing, and helmet's other
 * defaults. Why each relaxation is there:
 * - `style-src 'unsafe-inline'`: React style attributes, Cytoscape and GraphiQL's Monaco editor
 *   set inline styles; scripts stay strictly `'self'`.
 * - `img-src data: blob:` and `font-src data:`: small assets are inlined by the build (data:), and
 *   exports draw the graph into blob: images.
 * - `worker-src blob:`: Monaco may start a worker from a blob.
 * Left out on purpose: `upgrade-insecure-requests` and HSTS. Cadre is served over plain HTTP on a
 * trainer's laptop or a LAN address, where both would break every request; a TLS terminator in
 * front of a public deployment is where HSTS belongs.
 */
export function securityHeaderList({ frameAncestors = [] }: SecurityHeaderOptions = {}): Array<
  [string, string]
> {
  const middleware = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': frameAncestors.length > 0 ? frameAncestors : ["'none'"],
      },
    },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    // The CSP's frame-ancestors is the rule; X-Frame-Options is for old browsers, which only know
    // "deny" or one origin, so it is sent only when nothing may frame Cadre.
    xFrameOptions: frameAncestors.length > 0 ? false : { action: 'deny' },
  });
  // Helmet's headers depend on its options alone (no nonce, nothing from the request): asked
  // once here, they are then set on each response as they are, without helmet's dozen
  // middlewares a request.
  const headers: Array<[string, string]> = [];
  const recorder = {
    setHeader: (name: string, value: unknown) => void headers.push([name, String(value)]),
    // Helmet's one removal, X-Powered-By: Express is told never to send it (create-http-app.ts).
    removeHeader: () => {},
  };
  middleware({} as IncomingMessage, recorder as unknown as ServerResponse, () => {});
  return headers;
}

/** Sets the security headers of `securityHeaderList` on a response. */
export function setSecurityHeaders(
  res: Pick<ServerResponse, 'setHeader'>,
  headers: ReadonlyArray<[string, string]>,
): void {
  for (const [name, value] of headers) res.setHeader(name, value);
}
