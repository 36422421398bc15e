import type { Page } from 'playwright-core';
import { useBrowserPage } from './support/browser';
import { detailsTitle, nodesList, searchBox, waitForGraph, waitForParam } from './support/explorer-page';

jest.setTimeout(60_000);

/** True when the keyboard focus is inside `selector` (or on it). */
const focusIn = (page: Page, selector: string): Promise<boolean> =>
  page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector);

const activeText = (page: Page): Promise<string> =>
  page.evaluate(() => document.activeElement?.textContent ?? '');

describe('keyboard only', () => {
  const session = useBrowserPage();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  it('searches, opens a result, walks the list view and selects from it', async () => {
    await page.goto('/');
    await searchBox(page).waitFor();

    // Tab from the top of the page reaches the search box.
    for (let i = 0; i < 5 && !(await focusIn(page, '[role="combobox"]')); i++)
      await page.keyboard.press('Tab');
    expect(await focusIn(page, '[role="combobox"]')).toBe(true);
    await page.keyboard.type('2012-023');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForParam(page, 'focus', 'ml-law-2012-023');
    await waitForGraph(page, 'ml-law-2012-023');

    // On into the list view, past the filters.
    for (let i = 0; i < 40 && !(await focusIn(page, 'ul[aria-label="Nodes in view"]')); i++)
      await page.keyboard.press('Tab');
    expect(await focusIn(page, 'ul[aria-label="Nodes in view"]')).toBe(true);
    const items = nodesList(page).getByRole('listitem');
    const first = await activeText(page);
    expect(first).toBe(await items.nth(0).textContent());

    // Arrows move inside the list; Tab leaves it (one Tab stop per list, a roving tabindex) and
    // Shift+Tab comes back to the item last visited; Enter selects.
    await page.keyboard.press('ArrowDown');
    expect(await activeText(page)).toBe(await items.nth(1).textContent());
    await page.keyboard.press('Tab');
    expect(await focusIn(page, 'ul[aria-label="Relations in view"]')).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await activeText(page)).toBe(await items.nth(1).textContent());
    await page.keyboard.press('Enter');
    const chosen = await items.nth(1).getAttribute('data-key');
    await waitForParam(page, 'sel', `node:${chosen}`);
    expect(await items.nth(1).getAttribute('aria-current')).toBe('true');
    expect(await detailsTitle(page)).toBe(await items.nth(1).locator('.list-item-name').textContent());
    // Selected in the graph too.
    expect(await page.evaluate(() => window.__cadre?.graph?.selectedIds())).toEqual([chosen]);

    // End, then Space, selects the last one.
    await page.keyboard.press('End');
    await page.keyboard.press(' ');
    const last = await items.last().getAttribute('data-key');
    await waitForParam(page, 'sel', `node:${last}`);

    // The details panel's buttons are reachable by keyboard too: expand the selection.
    const expand = page.getByRole('button', { name: 'Expand' });
    for (let i = 0; i < 80 && !(await expand.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForParam(page, 'expand', last);
  });

  it('marks in the list what is selected in the graph', async () => {
    await waitForGraph(page, 'ml-mali');
    const at = await page.evaluate(() => window.__cadre?.graph?.pagePosition('ml-mali') ?? null);
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    await waitForParam(page, 'sel', 'node:ml-mali');
    const current = nodesList(page).locator('li[aria-current="true"]');
    expect(await current.count()).toBe(1);
    expect(await current.getAttribute('data-key')).toBe('ml-mali');
  });
});
