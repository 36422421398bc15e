import { resolve } from 'node:path';
import { useBrowserPage } from './support/browser';
import { waitForGraph } from './support/explorer-page';
import { queryApi } from './support/graphql';
import { screenshotDir } from './support/screenshot-dir';

jest.setTimeout(90_000);

const LAW = 'ml-law-2012-023';

describe('the printed handout', () => {
  const session = useBrowserPage();

  it('prints Law 2012-023’s neighbourhood: title, date, graph, legend, nodes and relations with citations', async () => {
    const { page } = session;
    await page.goto(`/?focus=${LAW}&sel=node:${LAW}`);
    await waitForGraph(page, LAW);
    const nodeIds = await page.evaluate(() => window.__cadre?.graph?.nodeIds() ?? []);
    const edgeIds = await page.evaluate(() => window.__cadre?.graph?.edgeIds() ?? []);

    // The browser's print dialog cannot be driven headless: note the call instead.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Print' }).click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);

    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.handout');
    expect(await handout.isVisible()).toBe(true);
    // Nothing of the interface prints.
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="graph-canvas"]').isVisible()).toBe(false);
    expect(await handout.getByRole('heading', { level: 1 }).textContent()).toMatch(
      /^Cadre — Law No\. 2012-023/,
    );
    expect(
      await handout.locator('.handout-graph img').evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(500);
    expect(await handout.locator('.handout-legend li').count()).toBeGreaterThan(3);
    expect(await handout.locator('.handout-address').textContent()).toContain(
      `?focus=${LAW}&sel=node:${LAW}`,
    );
    const lists = handout.locator('ol.handout-items');
    expect(await lists.nth(0).locator(':scope > li').count()).toBe(nodeIds.length);
    expect(await lists.nth(1).locator(':scope > li').count()).toBe(edgeIds.length);
    // Each citation of the law, as the API gives it, is printed under it.
    const law = await queryApi<{ node: { nameEn: string; sources: Array<{ quote: string }> } }>(
      'query($id: ID!) { node(id: $id) { nameEn sources { quote } } }',
      { id: LAW },
    );
    const lawItem = lists.nth(0).locator(':scope > li', { hasText: law.node.nameEn });
    expect(await lawItem.locator('.handout-citations li').count()).toBe(law.node.sources.length);
    expect(await handout.locator('.handout-sources li').count()).toBeGreaterThan(3);

    const pdf = resolve(screenshotDir(), 'handout-law-2012-023.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    await page.screenshot({
      path: resolve(screenshotDir(), 'handout-law-2012-023-print.png'),
      fullPage: false,
    });
    await page.emulateMedia({ media: 'screen' });
  });

  it('is what the browser’s own print gives too (Ctrl+P): the drawing is taken as printing starts', async () => {
    const { page } = session;
    await page.goto(`/?focus=un-tip-protocol`);
    await waitForGraph(page, 'un-tip-protocol');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.handout-graph img').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await page.locator('.handout h1').textContent()).toMatch(/^Cadre — Protocol to Prevent/);
    await page.emulateMedia({ media: 'screen' });
  });
});
