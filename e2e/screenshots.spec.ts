import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowserPage } from './support/browser';
import { detailsPanel, OWN_CITATIONS, searchBox, waitForGraph } from './support/explorer-page';
import { screenshotDir } from './support/screenshot-dir';

jest.setTimeout(60_000);

/** Screenshots of the main views for docs/ (1366×768, the common laptop screen). */
const OUT = screenshotDir();

describe('screenshots', () => {
  // A clean page for every picture; each is checked for console errors and stray requests.
  const session = useBrowserPage({ pagePerTest: true });

  const shoot = async (
    name: string,
    path: string,
    prepare?: (page: Page) => Promise<void>,
    graph = true,
  ): Promise<void> => {
    const { page } = session;
    await page.goto(path);
    if (graph) await waitForGraph(page);
    if (prepare) await prepare(page);
    await page.screenshot({ path: resolve(OUT, `${name}.png`) });
  };

  it('welcome', async () => {
    await shoot(
      'welcome',
      '/',
      async (page) => void (await page.getByRole('heading', { name: 'Explore the framework' }).waitFor()),
      false,
    );
  });

  it('search suggestions', async () => {
    await shoot('search', '/?focus=ml-law-2012-023', async (page) => {
      await searchBox(page).fill('traite');
      await page.getByRole('option').nth(2).waitFor();
      await searchBox(page).press('ArrowDown');
      await searchBox(page).press('ArrowDown');
    });
  });

  it('Law 2012-023 with the protocol expanded, law selected', async () => {
    await shoot(
      'explorer-law-2012-023-expanded',
      '/?focus=ml-law-2012-023&expand=un-tip-protocol&sel=node:ml-law-2012-023',
      async (page) => {
        await detailsPanel(page).locator(OWN_CITATIONS).first().waitFor();
      },
    );
  });

  it('details panel with citations (an inferred relation)', async () => {
    await shoot(
      'details-relation-citations',
      '/?focus=ml-law-2012-023&sel=relation:ml-law-2012-023.IMPLEMENTS.un-tip-protocol',
      async (page) => {
        await detailsPanel(page).locator(OWN_CITATIONS).first().waitFor();
        await detailsPanel(page)
          .getByRole('heading', { name: /^Citations/ })
          .evaluate((h) => h.scrollIntoView({ block: 'start' }));
      },
    );
  });

  it('French interface, hierarchy layout', async () => {
    await shoot(
      'french-hierarchy',
      '/?focus=ml-decree-2011-036&expand=ml-committee-tip&layout=dagre&lang=fr&sel=node:ml-decree-2011-036',
      async (page) => {
        await page.getByRole('complementary', { name: 'Détails' }).locator(OWN_CITATIONS).first().waitFor();
      },
    );
  });

  it('Mali expanded, concentric layout, places filtered out', async () => {
    await shoot(
      'concentric-filtered',
      '/?focus=ml-law-2012-023&expand=ml-mali&hideKinds=PLACE&layout=concentric',
    );
  });

  it('API down', async () => {
    await session.page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await shoot(
      'api-down',
      '/?focus=ml-law-2012-023',
      async (page) => void (await page.getByRole('alert').waitFor()),
      false,
    );
    // The refused requests are the picture's subject: they are its only problems, and expected.
    const { problems } = session;
    expect(problems.failedRequests.every((r) => r.includes('ERR_CONNECTION_REFUSED'))).toBe(true);
    expect(problems.errors.every((e) => e.includes('ERR_CONNECTION_REFUSED'))).toBe(true);
    problems.errors.length = 0;
    problems.failedRequests.length = 0;
  });
});
