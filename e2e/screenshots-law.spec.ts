import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowserPage } from './support/browser';
import { detailsPanel, waitForGraph } from './support/explorer-page';
import { screenshotDir } from './support/screenshot-dir';

jest.setTimeout(60_000);

/** Screenshots of "law as law" for docs/ (1366×768): in force on a date, the implementation map, paths. */
const OUT = screenshotDir();

describe('screenshots: law as law', () => {
  const session = useBrowserPage({ pagePerTest: true });

  const shoot = async (name: string, path: string, prepare: (page: Page) => Promise<void>, graph = true) => {
    const { page } = session;
    await page.goto(path);
    if (graph) await waitForGraph(page);
    await prepare(page);
    await page.screenshot({ path: resolve(OUT, `${name}.png`) });
  };

  it('the TIP Protocol as of 1 June 2001: adopted, not in force', async () => {
    await shoot(
      'law-tip-2001',
      '/?focus=un-tip-protocol&asOf=2001-06-01&sel=node:un-tip-protocol',
      async (page) => {
        await detailsPanel(page).locator('.in-force-status').waitFor();
        await detailsPanel(page).locator('.stage-list').waitFor();
      },
    );
  });

  it('the TIP Protocol as of 1 January 2004: in force, Mali a party', async () => {
    await shoot(
      'law-tip-2004',
      '/?focus=un-tip-protocol&asOf=2004-01-01&sel=relation:ml-mali.PARTY_TO.un-tip-protocol',
      async (page) => {
        await detailsPanel(page).locator('.party-status').waitFor();
        await detailsPanel(page)
          .getByRole('heading', { name: 'Participation' })
          .evaluate((h) => h.scrollIntoView({ block: 'start' }));
      },
    );
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`the implementation map of the TIP Protocol for Mali (${lang})`, async () => {
      await shoot(
        `implementation-map-tip-mali-${lang}`,
        `/?focus=ml-mali&map=un-tip-protocol&in=ml-mali&show=map${lang === 'fr' ? '&lang=fr' : ''}`,
        async (page) => {
          // The caveat first, where the treaty and Mali stand, then the articles (3, 5 and 6 cited).
          await page.locator('.map-table').waitFor();
        },
        false,
      );
    });
  }

  it('paths from Decree 2011-036 to the TIP Protocol: legal chains first', async () => {
    await shoot(
      'paths-legal-chain',
      '/?focus=ml-decree-2011-036&from=ml-decree-2011-036&to=un-tip-protocol',
      async (page) => {
        await page.locator('.path-kind').first().waitFor();
        await waitForGraph(page, 'un-tip-protocol');
      },
    );
  });
});
