import { resolve } from 'node:path';
import { useBrowserPage } from './support/browser';
import { detailsPanel, waitForGraph } from './support/explorer-page';
import { screenshotDir } from './support/screenshot-dir';

jest.setTimeout(60_000);

/** Screenshots of the export menu, "Cite this" and GraphiQL for docs/ (1366×768). */
const OUT = screenshotDir();

describe('screenshots: export, cite, GraphiQL', () => {
  // A clean page for every picture; each is checked for console errors and stray requests.
  const session = useBrowserPage({ pagePerTest: true });

  it('the export menu, open', async () => {
    const { page } = session;
    await page.goto('/?focus=ml-law-2012-023&expand=un-tip-protocol&sel=node:ml-law-2012-023');
    await waitForGraph(page, 'un-tip-protocol');
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: /^GraphML/ }).focus();
    await page.screenshot({ path: resolve(OUT, 'export-menu.png') });
  });

  it('"Cite this" for Decree 2011-036', async () => {
    const { page } = session;
    await page.goto('/?focus=ml-decree-2011-036&sel=node:ml-decree-2011-036');
    await waitForGraph(page, 'ml-decree-2011-036');
    await detailsPanel(page)
      .getByRole('button', { name: /^Cite this/ })
      .click();
    await detailsPanel(page).getByRole('textbox', { name: 'Citation text' }).waitFor();
    await detailsPanel(page)
      .getByRole('heading', { level: 2 })
      .evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: resolve(OUT, 'cite-node.png') });
  });

  it('GraphiQL with a result', async () => {
    const { page } = session;
    await page.goto('/graphiql.html');
    await page
      .locator('.graphiql-query-editor')
      .getByText(/ml-decree-2011-036/)
      .waitFor();
    await page.getByRole('button', { name: /^Execute query/ }).click();
    await page.waitForFunction(() =>
      (document.querySelector('.graphiql-response') as HTMLElement | null)?.innerText
        .replace(/\u00a0/g, ' ')
        .includes('National Coordination Committee'),
    );
    await page.screenshot({ path: resolve(OUT, 'graphiql.png') });
  });
});
