import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { useBrowserPage } from './support/browser';
import { OWN_CITATIONS, detailsPanel, nodesList, waitForGraph, waitForParam } from './support/explorer-page';
import { tourBar } from './support/trainer-page';

jest.setTimeout(90_000);

const AXE = createRequire(__filename).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core on the page as it is; the serious and critical violations, with where they are. */
async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated rather than added as a <script>: the server's CSP (script-src 'self') refuses inline
  // scripts, as it should, while the DevTools protocol's evaluation is not page script.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The main views, as a reader reaches them (each waits for what it shows). */
const VIEWS: Array<{
  name: string;
  path: string;
  ready(page: Page): Promise<void>;
  viewport?: { width: number; height: number };
}> = [
  {
    name: 'welcome',
    path: '/',
    ready: async (page) =>
      void (await page.getByRole('heading', { name: 'Explore the framework' }).waitFor()),
  },
  {
    name: 'explorer, a node selected',
    path: '/?focus=ml-law-2012-023&sel=node:ml-law-2012-023',
    ready: async (page) => {
      await waitForGraph(page);
      await detailsPanel(page).locator(OWN_CITATIONS).first().waitFor();
    },
  },
  {
    name: 'explorer, a relation selected, French',
    path: '/?focus=ml-law-2012-023&lang=fr&sel=relation:ml-law-2012-023.IMPLEMENTS.un-tip-protocol',
    ready: async (page) => {
      await waitForGraph(page);
      await page.getByRole('complementary', { name: 'Détails' }).locator(OWN_CITATIONS).first().waitFor();
    },
  },
  {
    name: 'paths explained',
    path: '/?focus=ml-decree-2011-036&from=ml-decree-2011-036&to=un-tip-protocol',
    ready: async (page) => {
      await page.locator('.path-explanation').first().waitFor();
      await waitForGraph(page, 'un-tip-protocol');
    },
  },
  {
    name: 'timeline, 1024×768 (sidebar folded)',
    path: '/?focus=un-unodc&asOf=2019&layout=timeline',
    viewport: { width: 1024, height: 768 },
    ready: async (page) => waitForGraph(page),
  },
  {
    name: 'presentation of a tour step',
    path: '/?tour=mali-framework&step=4&present=1&focus=ml-law-2012-023&asOf=2012&sel=node:ml-law-2012-023',
    viewport: { width: 1024, height: 768 },
    ready: async (page) => {
      await waitForGraph(page);
      await tourBar(page).getByRole('heading', { level: 2 }).waitFor();
    },
  },
];

describe('accessibility (axe-core) of the main views', () => {
  const session = useBrowserPage({ pagePerTest: true });

  for (const view of VIEWS) {
    it(`has no serious or critical violation: ${view.name}`, async () => {
      const { page } = session;
      if (view.viewport) await page.setViewportSize(view.viewport);
      await page.goto(view.path);
      await view.ready(page);
      const violations = await seriousViolations(page);
      console.log(`axe ${view.name}: ${violations.length} serious or critical`, JSON.stringify(violations));
      expect(violations).toEqual([]);
    });
  }
});

describe('keyboard: one Tab stop per list, a skip link', () => {
  const session = useBrowserPage();

  it('skips to the node list, then reaches Mali’s Expand button in a few Tabs', async () => {
    const { page } = session;
    await page.goto('/?focus=ml-law-2012-023');
    await waitForGraph(page, 'ml-mali');
    // The first Tab stop is the skip link; it puts the keyboard on the node list.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the lists of the graph' });
    expect(await skip.evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() => Boolean(document.activeElement?.closest('ul[aria-label="Nodes in view"]'))),
    ).toBe(true);

    // Only one item of each list is a Tab stop.
    const stops = await page.evaluate(
      () =>
        Array.from(
          document.querySelectorAll<HTMLElement>(
            'ul[aria-label="Nodes in view"] button, ul[aria-label="Relations in view"] button',
          ),
        ).filter((b) => b.tabIndex === 0).length,
    );
    expect(stops).toBe(2);

    // Down to Mali with the arrows, Enter selects it.
    const names = await nodesList(page).locator('.list-item-name').allTextContents();
    const mali = names.indexOf('Mali');
    expect(mali).toBeGreaterThan(0);
    for (let i = 0; i < mali; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForParam(page, 'sel', 'node:ml-mali');

    // Then Tab to its Expand button in the details panel, counting.
    const expand = detailsPanel(page).getByRole('button', { name: 'Expand' });
    await expand.waitFor();
    let tabs = 0;
    while (!(await expand.evaluate((b) => b === document.activeElement)) && tabs < 60) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    console.log(`Tabs from selecting Mali in the node list to its Expand button: ${tabs}`);
    expect(tabs).toBeLessThanOrEqual(20);
    // Every Tab stop on the way showed a visible focus ring (checked on the one reached).
    const outline = await expand.evaluate((b) => getComputedStyle(b).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
