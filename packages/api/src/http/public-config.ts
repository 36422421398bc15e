import type { Express } from 'express';

/** What the explorer asks of the server at start: the address its links should carry. */
export interface PublicConfig {
  /** CADRE_PUBLIC_URL, normalised (ends with "/"), or null when unset: links then use the page's own address. */
  publicUrl: string | null;
}

/**
 * CADRE_PUBLIC_URL: the address readers use to reach this explorer ("https://cadre.example.org/"
 * or with a path, "https://example.org/cadre/"). Every link Cadre writes (Cite this, tour links,
 * exports, the handout) starts with it, so a citation copied on the trainer's laptop, opened as
 * http://127.0.0.1:4000, still points where readers can follow it. Anything but an http(s) URL
 * is ignored with a warning: a typo must not stop a workshop.
 */
export function publicUrlFromEnv(value = process.env.CADRE_PUBLIC_URL): string | null {
  const text = value?.trim();
  if (!text) return null;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  } catch {
    console.warn(`CADRE_PUBLIC_URL is not an http(s) address, ignored: ${text}`);
    return null;
  }
}

/**
 * GET /config.json → {"publicUrl": …}. A small JSON answer rather than rewriting index.html: the
 * built page is served byte for byte as Vite wrote it (static serving, caching and the security
 * headers' hashes stay simple), the Vite dev server proxies the same path to the API, and the
 * value is read where it is used, in one place. The explorer asks once at start-up; without an
 * answer (an older server) it falls back to the page's own address.
 */
export function registerPublicConfig(app: Express, publicUrl: string | null = publicUrlFromEnv()): void {
  const config: PublicConfig = { publicUrl };
  app.get('/config.json', (_req, res) => {
    res.set('Cache-Control', 'no-cache');
    res.json(config);
  });
}
