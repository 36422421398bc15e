import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useBrowserPage } from './support/browser';
import { graphNodeIds, viewParams, waitForGraph, waitForParam } from './support/explorer-page';
import { queryApi } from './support/graphql';
import { openSection } from './support/trainer-page';

jest.setTimeout(90_000);

interface ApiMap {
  implementationMap: {
    articles: Array<{ number: string; status: string; provisions: Array<{ node: { id: string } }> }>;
  };
}
const apiMap = (asOf: string | null = null) =>
  queryApi<ApiMap>(
    'query($asOf: PartialDate) { implementationMap(treaty: "un-tip-protocol", jurisdiction: "ml-mali", asOf: $asOf) { articles { number status provisions { node { id } } } } }',
    { asOf },
  );

const STATUS_EN: Record<string, string> = {
  PROVISION_CITED: '● Provision cited',
  RELATED_MEASURE_ONLY: '◐ Related measure only',
  NOTHING_IN_GRAPH: '○ Nothing in the graph',
};

const statuses = (page: Page): Promise<string[]> =>
  page.locator('.map-table tbody tr td:nth-child(4)').allTextContents();

describe('the implementation map', () => {
  const session = useBrowserPage();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  it('opens from the sidebar for the TIP Protocol and Mali: every article, its status, the caveat first', async () => {
    await page.goto('/?focus=ml-mali');
    await waitForGraph(page, 'ml-mali');
    await openSection(page, 'Implementation map');
    const section = page.locator('details.map-section');
    await section.getByRole('combobox', { name: 'Treaty' }).selectOption('un-tip-protocol');
    await section.getByRole('option', { name: 'Mali' }).waitFor({ state: 'attached' });
    await section.getByRole('button', { name: 'Show the map' }).click();
    await waitForParam(page, 'show', 'map');
    expect(viewParams(page).get('map')).toBe('un-tip-protocol');
    expect(viewParams(page).get('in')).toBe('ml-mali');
    await page.locator('.map-table').waitFor();

    const api = await apiMap();
    expect(await page.locator('.map-table tbody tr').count()).toBe(api.implementationMap.articles.length);
    expect(await statuses(page)).toEqual(api.implementationMap.articles.map((a) => STATUS_EN[a.status]));
    expect(await page.getByRole('note').textContent()).toBe(
      '“Nothing in the graph” means that the sources loaded here link nothing to the article — not that the law of Mali lacks a provision.',
    );
    expect(await page.getByRole('tab', { name: 'Implementation map' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('follows the time slider: as of 2004 the 2012 law is not yet there', async () => {
    await page.goto('/?map=un-tip-protocol&in=ml-mali&show=map&asOf=2004-01-01');
    await page.locator('.map-table').waitFor();
    const api = await apiMap('2004-01-01');
    expect(api.implementationMap.articles.every((a) => a.status === 'NOTHING_IN_GRAPH')).toBe(true);
    expect(await statuses(page)).toEqual(
      api.implementationMap.articles.map(() => STATUS_EN.NOTHING_IN_GRAPH),
    );
    await page.getByText('Mali: Party').waitFor();
  });

  it('shows a linked national provision in the graph from the keyboard, and Back returns to the map', async () => {
    await page.goto('/?focus=ml-mali&map=un-tip-protocol&in=ml-mali&show=map');
    await page.locator('.map-table').waitFor();
    const button = page.getByRole('button', { name: 'Show “Article 7 of Law 2012-023” in the graph' });
    await button.focus();
    await page.keyboard.press('Enter');
    await waitForParam(page, 'sel', 'node:ml-law-2012-023-art-7');
    expect(viewParams(page).get('focus')).toBe('ml-law-2012-023');
    expect(viewParams(page).get('show')).toBeNull();
    await waitForGraph(page, 'ml-law-2012-023-art-7');
    expect(await graphNodeIds(page)).toContain('un-tip-protocol-art-5');
    await page.goBack();
    await waitForParam(page, 'show', 'map');
    await page.locator('.map-table').waitFor();
  });

  it('speaks French', async () => {
    await page.goto('/?map=un-tip-protocol&in=ml-mali&show=map&lang=fr');
    await page.locator('.map-table').waitFor();
    expect(await page.getByRole('note').textContent()).toBe(
      "« Rien dans le graphe » signifie que les sources chargées ici ne rattachent rien à l'article — non que le droit de Mali n'ait aucune disposition.",
    );
    const fr = await statuses(page);
    expect(fr).toContain('● Disposition citée');
    expect(fr).toContain('○ Rien dans le graphe');
    await page
      .getByRole('heading', {
        name: 'Carte de mise en œuvre : Protocole relatif à la traite des personnes — Mali',
      })
      .waitFor();
  });

  it('exports the map as CSV with its citations', async () => {
    await page.goto('/?map=un-tip-protocol&in=ml-mali&show=map');
    await page.locator('.map-table').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as CSV (with citations)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('cadre-implementation-map-un-tip-protocol-ml-mali.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFtreaty,jurisdiction,as_of,article,heading_en,heading_fr,obligation,status,status_label,link,linked_id,linked_name,part_of,relation,inferred,note,citations,map_url',
    );
    expect(csv).toContain('ml-law-2012-023-art-7');
    expect(csv).toContain('Article 7 of Law 2012-023 sets 5 to 10 years');
  });
});

describe('the implementation map at 1024×768', () => {
  const session = useBrowserPage({ viewport: { width: 1024, height: 768 } });

  it('fits its table in the window, the details panel giving way', async () => {
    const { page } = session;
    await page.goto('/?focus=ml-mali&map=un-tip-protocol&in=ml-mali&show=map');
    await page.locator('.map-table').waitFor();
    const { table, panel, details } = await page.evaluate(() => ({
      table: document.querySelector('.map-table')!.getBoundingClientRect().right,
      panel: document.querySelector('.map-panel')!.getBoundingClientRect().right,
      details: document.querySelector('.details-panel')?.getBoundingClientRect().width ?? 0,
    }));
    expect(table).toBeLessThanOrEqual(panel);
    expect(panel).toBeLessThanOrEqual(1024);
    expect(details).toBe(0);
  });
});
