/**
 * The explorer's public address (CADRE_PUBLIC_URL, from the server's /config.json), when one is
 * set: every link Cadre writes (citations, shared views, tours, exports, the handout) starts with
 * it instead of the address the page was opened on (127.0.0.1 on a trainer's laptop). Set once
 * at start-up (app/load-public-config.ts), before the first render.
 */
let base: { origin: string; path: string } | null = null;

/** `url` ("https://cadre.example.org/mali/"); null or an unusable value goes back to the page's address. */
export function setPublicBase(url: string | null): void {
  if (!url) {
    base = null;
    return;
  }
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http(s)');
    base = {
      origin: parsed.origin,
      path: parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`,
    };
  } catch {
    base = null;
  }
}

export const publicBase = (): { origin: string; path: string } | null => base;
