import type { Page } from 'playwright-core';
import { useBrowserPage } from './support/browser';
import {
  detailsPanel,
  detailsTitle,
  graphNodeIds,
  nodesList,
  OWN_CITATIONS,
  waitForGraph,
  waitForParam,
} from './support/explorer-page';
import { queryApi } from './support/graphql';
import { elementClasses, openSection, pickNode } from './support/trainer-page';

jest.setTimeout(60_000);

const DECREE = 'ml-decree-2011-036';
const PROTOCOL = 'un-tip-protocol';

interface ApiPaths {
  paths: Array<{
    en: string;
    fr: string;
    nodes: Array<{ id: string }>;
    relations: Array<{ id: string; sentence: string }>;
  }>;
}
const apiPaths = (asOf: string | null = null) =>
  queryApi<ApiPaths>(
    'query($from: ID!, $to: ID!, $asOf: PartialDate) { paths(from: $from, to: $to, asOf: $asOf, maxHops: 4, first: 3) { en: explanation(lang: EN) fr: explanation(lang: FR) nodes { id } relations { id sentence } } }',
    { from: DECREE, to: PROTOCOL, asOf },
  );

const explanations = (page: Page): Promise<string[]> => page.locator('.path-explanation').allTextContents();

describe('how are these connected?', () => {
  const session = useBrowserPage();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  it('draws and explains the paths from Decree 2011-036 to the Trafficking in Persons Protocol', async () => {
    await page.goto(`/?focus=${DECREE}`);
    await waitForGraph(page, DECREE);
    // One end from the details panel...
    await nodesList(page).locator(`li[data-key="${DECREE}"]`).click();
    await detailsPanel(page).getByRole('button', { name: 'Connect from here' }).click();
    await waitForParam(page, 'from', DECREE);
    // ...the other by search in the form.
    await openSection(page, 'How are these connected?');
    await pickNode(page, 'Connect to', PROTOCOL);
    await waitForParam(page, 'to', PROTOCOL);
    await page.locator('.path-explanation').first().waitFor();
    await waitForGraph(page, PROTOCOL);

    const api = await apiPaths();
    expect(api.paths.length).toBeGreaterThan(0);
    expect(await explanations(page)).toEqual(api.paths.map((p) => p.en));
    // Legal chains come first: the first path passes through no place (such as Mali).
    expect(api.paths[0]!.nodes.map((n) => n.id)).not.toContain('ml-mali');

    // Every node and relation of the paths is drawn and highlighted; the rest is dimmed.
    const ids = await graphNodeIds(page);
    const onPath = new Set(
      api.paths.flatMap((p) => [...p.nodes.map((n) => n.id), ...p.relations.map((r) => r.id)]),
    );
    for (const id of onPath) {
      if (!id.includes('.')) expect(ids).toContain(id);
      expect(await elementClasses(page, id)).toContain('on-path');
    }
    const offPath = ids.find((id) => !onPath.has(id));
    expect(offPath).toBeDefined();
    expect(await elementClasses(page, offPath!)).toContain('dimmed');
  });

  it('lists each step with its sentence and shows its citations in the details panel', async () => {
    const api = await apiPaths();
    const first = api.paths[0]!;
    const steps = page.getByRole('list', { name: 'Steps of path 1' }).getByRole('listitem');
    expect(await steps.locator('.path-step-sentence').allTextContents()).toEqual(
      first.relations.map((r) => r.sentence),
    );
    const last = first.relations[first.relations.length - 1]!;
    await page
      .getByRole('button', { name: `Citations of: ${last.sentence}` })
      .first()
      .click();
    await waitForParam(page, 'sel', `relation:${last.id}`);
    expect(await detailsTitle(page)).toBe(last.sentence);
    await detailsPanel(page).locator(OWN_CITATIONS).first().waitFor();
  });

  it('explains the paths in French after a language switch, and keeps them on reload', async () => {
    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await waitForParam(page, 'lang', 'fr');
    await page.getByRole('heading', { name: 'Quels liens entre eux ?' }).waitFor();
    const api = await apiPaths();
    await page.waitForFunction(
      (expected) => document.querySelector('.path-explanation')?.textContent === expected,
      api.paths[0]!.fr,
    );
    const french = await explanations(page);
    expect(french).toEqual(api.paths.map((p) => p.fr));
    expect(french.join(' ')).toMatch(/est partie à|met en œuvre|institue/);

    await page.reload();
    await page.locator('.path-explanation').first().waitFor();
    await waitForGraph(page, PROTOCOL);
    expect(await explanations(page)).toEqual(api.paths.map((p) => p.fr));
  });

  it('says when no path joined them on a date, and clears both ends', async () => {
    await page.goto(`/?focus=${DECREE}&from=${DECREE}&to=${PROTOCOL}&asOf=2005`);
    // The decree did not stand in 2005: no neighbourhood and no path.
    expect((await apiPaths('2005')).paths).toEqual([]);
    await page.getByText('No path of at most 4 relations joined them on 2005.').waitFor();
    await page.getByRole('button', { name: 'Clear both' }).click();
    await waitForParam(page, 'from', null);
    await waitForParam(page, 'to', null);
  });
});
