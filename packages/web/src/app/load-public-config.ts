import { setPublicBase } from '../domain/view-url/public-base';

/** Past this, the explorer starts without the answer (links then use the page's address). */
const WAIT_MS = 1500;

/**
 * Asks the server for the public address (GET /config.json, see packages/api/src/http/public-config.ts)
 * before the first render, so the very first "Cite this" already carries it. Any failure (an older
 * server, the API down) leaves the page's own address: the explorer still starts, at once.
 */
export async function loadPublicConfig(): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), WAIT_MS);
  try {
    const response = await fetch('/config.json', { signal: controller.signal, cache: 'no-cache' });
    if (!response.ok) return;
    const config = (await response.json()) as { publicUrl?: unknown };
    setPublicBase(typeof config.publicUrl === 'string' ? config.publicUrl : null);
  } catch {
    // No answer: links use the page's own address.
  } finally {
    clearTimeout(timer);
  }
}
