import type { Locator, Page } from 'playwright-core';

/** Page helpers written from the user's side: roles and accessible names, as a screen reader sees them. */
export const searchBox = (page: Page): Locator => page.getByRole('combobox', { name: 'Search' });
export const nodesList = (page: Page): Locator => page.getByRole('list', { name: 'Nodes in view' });
export const nodeItems = (page: Page): Locator => nodesList(page).getByRole('listitem');
export const detailsPanel = (page: Page): Locator => page.getByRole('complementary', { name: 'Details' });
/**
 * The selected node's or relation's own citations (its "Citations" section), not those folded
 * under each stage of an instrument or each date of a participation.
 */
export const OWN_CITATIONS = '[aria-labelledby="details-citations"] .citation';

/** Waits until every neighbourhood is loaded, the graph shows `id`, and its layout has finished and painted. */
export async function waitForGraph(page: Page, id?: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      if (document.querySelector('main[aria-busy="true"]')) return false;
      const canvas = document.querySelector('[data-testid="graph-canvas"]');
      const graph = window.__cadre?.graph;
      if (!canvas || !graph || canvas.getAttribute('data-layout-state') !== 'idle') return false;
      const ids = graph.nodeIds();
      return ids.length > 0 && (!wanted || ids.includes(wanted));
    },
    id,
    { timeout: 20_000 },
  );
}

export async function graphNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cadre?.graph?.nodeIds().sort() ?? []);
}

export async function listedNames(page: Page): Promise<string[]> {
  return nodeItems(page).locator('.list-item-name').allTextContents();
}

export const viewParams = (page: Page): URLSearchParams => new URL(page.url()).searchParams;

/** Waits until the query string has `key` = `value` (or lacks `key` when value is null). */
export async function waitForParam(page: Page, key: string, value: string | null): Promise<void> {
  await page.waitForFunction(
    ([k, v]) => new URLSearchParams(window.location.search).get(k) === v,
    [key, value] as const,
    { timeout: 10_000 },
  );
}

/** Opens the search, types, and chooses the first suggestion with the keyboard. */
export async function searchAndOpen(page: Page, text: string): Promise<void> {
  const input = searchBox(page);
  await input.click();
  await input.fill(text);
  await page.getByRole('option').first().waitFor();
  await input.press('ArrowDown');
  await input.press('Enter');
}

export async function detailsTitle(page: Page): Promise<string> {
  const heading = detailsPanel(page).getByRole('heading', { level: 2 });
  await heading.waitFor();
  return (await heading.textContent()) ?? '';
}
