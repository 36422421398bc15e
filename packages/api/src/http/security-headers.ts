import helmet from 'helmet';
import type { RequestHandler } from 'express';

export interface SecurityHeaderOptions {
  /**
   * Origins allowed to show Cadre in a frame (CSP `frame-ancestors`), from `CADRE_FRAME_ANCESTORS`
   * (space-separated, e.g. "https://intranet.example.org"). Default none: no site may frame it.
   */
  frameAncestors?: string[];
}

/**
 * Security headers on every response (helmet): a Content-Security-Policy that allows only
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
export function securityHeaders({ frameAncestors = [] }: SecurityHeaderOptions = {}): RequestHandler {
  return helmet({
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
}
