import type { Page } from 'playwright-core';
import { useBrowserPage } from './support/browser';
import {
  detailsPanel,
  detailsTitle,
  graphNodeIds,
  listedNames,
  nodeItems,
  nodesList,
  OWN_CITATIONS,
  searchAndOpen,
  searchBox,
  viewParams,
  waitForGraph,
  waitForParam,
} from './support/explorer-page';
import { queryApi } from './support/graphql';

jest.setTimeout(60_000);

const LAW = 'ml-law-2012-023';

interface NodeFacts {
  node: {
    nameEn: string;
    sources: Array<{ quote: string; verbatim: boolean; source: { title: string } }>;
    relations: Array<{ from: { id: string }; to: { id: string } }>;
  };
}
const nodeFacts = (id: string) =>
  queryApi<NodeFacts>(
    'query($id: ID!) { node(id: $id) { nameEn sources { quote verbatim source { title } } relations { from { id } to { id } } } }',
    { id },
  );
const neighbours = (facts: NodeFacts, id: string): string[] => [
  ...new Set(facts.node.relations.map((r) => (r.from.id === id ? r.to.id : r.from.id))),
];

describe('the explorer, from search to a shared link', () => {
  const session = useBrowserPage();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  it('finds Law 2012-023 by its number and opens it with its neighbourhood', async () => {
    await page.goto('/');
    await searchBox(page).waitFor();
    await searchAndOpen(page, '2012-023');
    await waitForParam(page, 'focus', LAW);
    await waitForGraph(page, LAW);

    const law = await nodeFacts(LAW);
    expect(await graphNodeIds(page)).toEqual([LAW, ...neighbours(law, LAW)].sort());
    expect((await listedNames(page))[0]).toBe(law.node.nameEn);
    expect(await nodeItems(page).count()).toBe(neighbours(law, LAW).length + 1);
  });

  it('shows every citation of the law in the details panel', async () => {
    const law = await nodeFacts(LAW);
    expect(await detailsTitle(page)).toBe(law.node.nameEn);
    // Verbatim quotes in quotation marks, restated reference facts without them, in the API's order.
    const quotes = await detailsPanel(page)
      .locator(`${OWN_CITATIONS} blockquote, ${OWN_CITATIONS} .citation-restated`)
      .allTextContents();
    expect(quotes).toEqual(law.node.sources.map((s) => (s.verbatim ? `“${s.quote}”` : s.quote)));
    const first = detailsPanel(page).locator(OWN_CITATIONS).first();
    expect(await first.textContent()).toContain(law.node.sources[0]!.source.title);
    expect(await first.textContent()).toContain(
      law.node.sources[0]!.verbatim ? 'Verbatim quote from the article' : 'Reference fact',
    );
  });

  it('expands a neighbour from the details panel and another by double-clicking it', async () => {
    const mali = await nodeFacts('ml-mali');
    await nodesList(page).getByText('Mali', { exact: true }).click();
    await waitForParam(page, 'sel', 'node:ml-mali');
    expect(await detailsTitle(page)).toBe('Mali');
    await detailsPanel(page).getByRole('button', { name: 'Expand' }).click();
    await waitForParam(page, 'expand', 'ml-mali');
    await waitForGraph(page, 'ml-bamako');
    const ids = await graphNodeIds(page);
    for (const id of neighbours(mali, 'ml-mali')) expect(ids).toContain(id);

    // Double-click on the canvas, where the protocol is drawn.
    const at = await page.evaluate(() => window.__cadre?.graph?.pagePosition('un-tip-protocol') ?? null);
    expect(at).not.toBeNull();
    await page.mouse.dblclick(at!.x, at!.y);
    await waitForParam(page, 'expand', 'ml-mali,un-tip-protocol');
    await waitForGraph(page, 'un-untoc');

    // A second double-click collapses it; a third expands it again.
    for (const expected of ['ml-mali', 'ml-mali,un-tip-protocol']) {
      const again = await page.evaluate(() => window.__cadre?.graph?.pagePosition('un-tip-protocol') ?? null);
      await page.mouse.dblclick(again!.x, again!.y);
      await waitForParam(page, 'expand', expected);
      await waitForGraph(page, 'un-tip-protocol');
    }
    expect(await graphNodeIds(page)).toContain('un-untoc');
  });

  it('collapses and removes nodes, and restores them', async () => {
    await nodesList(page).getByText('Mali', { exact: true }).click();
    await detailsPanel(page).getByRole('button', { name: 'Collapse' }).click();
    await waitForParam(page, 'expand', 'un-tip-protocol');
    await waitForGraph(page);
    expect(await graphNodeIds(page)).not.toContain('ml-bamako');

    await nodesList(page).getByText('National Assembly of Mali', { exact: true }).click();
    await detailsPanel(page).getByRole('button', { name: 'Remove from view' }).click();
    await waitForParam(page, 'remove', 'ml-national-assembly');
    await waitForGraph(page);
    expect(await graphNodeIds(page)).not.toContain('ml-national-assembly');
    await page.getByRole('button', { name: 'Restore 1 removed node' }).click();
    await waitForParam(page, 'remove', null);
    await waitForGraph(page, 'ml-national-assembly');
  });

  it('filters by node kind and by relation kind', async () => {
    const concepts = page.getByRole('checkbox', { name: /Concepts/ });
    await concepts.uncheck();
    await waitForParam(page, 'hideKinds', 'CONCEPT');
    await waitForGraph(page);
    const kinds = await nodeItems(page).locator('.list-item-meta').allTextContents();
    expect(kinds.some((k) => k.startsWith('Concept'))).toBe(false);
    expect(await graphNodeIds(page)).not.toContain('int-trafficking-in-persons');

    await page.locator('summary', { hasText: 'Relation kinds' }).click();
    await page.getByRole('checkbox', { name: /^Adopted/ }).uncheck();
    await waitForParam(page, 'hideRelations', 'ADOPTED');
    const edges = await page.evaluate(() => window.__cadre?.graph?.edgeIds() ?? []);
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.filter((id) => id.includes('.ADOPTED.'))).toEqual([]);
  });

  it('changes the layout', async () => {
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('dagre');
    await waitForParam(page, 'layout', 'dagre');
    await waitForGraph(page);
    expect(await page.evaluate(() => window.__cadre?.lastLayout?.layout)).toBe('dagre');
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
    await waitForParam(page, 'layout', 'concentric');
    await waitForGraph(page);
    expect(await page.evaluate(() => window.__cadre?.lastLayout?.layout)).toBe('concentric');
  });

  it('restores the same view from the URL on reload', async () => {
    await nodesList(page).getByText('Mali', { exact: true }).click();
    await waitForParam(page, 'sel', 'node:ml-mali');
    const url = page.url();
    const before = {
      ids: await graphNodeIds(page),
      names: await listedNames(page),
      title: await detailsTitle(page),
    };

    await page.reload();
    await waitForGraph(page, 'ml-mali');
    expect(page.url()).toBe(url);
    expect(await graphNodeIds(page)).toEqual(before.ids);
    expect(await listedNames(page)).toEqual(before.names);
    expect(await detailsTitle(page)).toBe(before.title);
    expect(await page.evaluate(() => window.__cadre?.graph?.selectedIds())).toEqual(['ml-mali']);
    expect(await page.getByRole('checkbox', { name: /Concepts/ }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /^Adopted/ }).isChecked()).toBe(false);
    expect(await page.getByRole('combobox', { name: 'Layout' }).inputValue()).toBe('concentric');
    expect(await page.evaluate(() => window.__cadre?.lastLayout?.layout)).toBe('concentric');
    expect(Object.fromEntries(viewParams(page))).toMatchObject({
      focus: LAW,
      expand: 'un-tip-protocol',
      hideKinds: 'CONCEPT',
      hideRelations: 'ADOPTED',
      layout: 'concentric',
    });
  });

  it('switches the interface and the graph to French, and keeps it on reload', async () => {
    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await waitForParam(page, 'lang', 'fr');
    await page.getByRole('list', { name: 'Nœuds affichés' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Rechercher' }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.reload();
    await page.getByRole('list', { name: 'Nœuds affichés' }).waitFor();
    await waitForGraph(page);
    expect(await page.getByRole('checkbox', { name: /Notions/ }).isChecked()).toBe(false);
  });
});
