import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowserPage } from './support/browser';
import { detailsPanel, OWN_CITATIONS, waitForGraph } from './support/explorer-page';
import { screenshotDir } from './support/screenshot-dir';
import { tourBar } from './support/trainer-page';

jest.setTimeout(60_000);

/** Screenshots of the trainers' and researchers' tools for docs/ (1366×768, like screenshots.spec.ts). */
const OUT = screenshotDir();

describe('screenshots: time, paths, tours', () => {
  // A clean page for every picture; each is checked for console errors and stray requests.
  const session = useBrowserPage({ pagePerTest: true });

  const shoot = async (
    name: string,
    path: string,
    prepare?: (page: Page) => Promise<void>,
  ): Promise<void> => {
    const { page } = session;
    await page.goto(path);
    await waitForGraph(page);
    if (prepare) await prepare(page);
    await page.screenshot({ path: resolve(OUT, `${name}.png`) });
  };
  const citations = async (page: Page): Promise<void> =>
    void (await detailsPanel(page).locator(OWN_CITATIONS).first().waitFor());

  it('Mali as of 2010, before the decree and the law', async () => {
    await shoot('time-slider-2010', '/?focus=ml-mali&hideKinds=PLACE&asOf=2010&sel=node:ml-mali', citations);
  });

  it('Mali as of 2013: Decree 2011-036, the Committee and Law 2012-023 have appeared', async () => {
    await shoot('time-slider-2013', '/?focus=ml-mali&hideKinds=PLACE&asOf=2013&sel=node:ml-mali', citations);
  });

  it('a path explained, in English', async () => {
    await shoot(
      'path-explained-en',
      '/?focus=ml-decree-2011-036&from=ml-decree-2011-036&to=un-tip-protocol',
      async (page) => {
        await page.locator('.path-explanation').first().waitFor();
        await waitForGraph(page, 'un-tip-protocol');
        // As a reader would: the evidence of a step, from the path's list.
        await page.getByRole('list', { name: 'Steps of path 1' }).getByRole('button').nth(1).click();
        await citations(page);
        await page.locator('.sidebar').evaluate((sidebar) => sidebar.scrollTo(0, 0));
      },
    );
  });

  it('a path explained, in French', async () => {
    await shoot(
      'path-explained-fr',
      '/?focus=ml-decree-2011-036&from=ml-decree-2011-036&to=un-tip-protocol&lang=fr',
      async (page) => {
        await page.locator('.path-explanation').first().waitFor();
        await waitForGraph(page, 'un-tip-protocol');
        await page.getByRole('list', { name: 'Étapes du chemin 1' }).getByRole('button').nth(1).click();
        await page.getByRole('complementary', { name: 'Détails' }).locator(OWN_CITATIONS).first().waitFor();
        await page.locator('.sidebar').evaluate((sidebar) => sidebar.scrollTo(0, 0));
      },
    );
  });

  it('the timeline layout', async () => {
    await shoot(
      'timeline-layout',
      '/?focus=un-unodc&asOf=2019&layout=timeline&sel=node:ml-2018-10-magistrates-training-sikasso',
      citations,
    );
  });

  it('presentation mode on a step of the built-in tour', async () => {
    await shoot(
      'presentation-tour',
      '/?tour=mali-framework&step=3&present=1&focus=ml-decree-2011-036&expand=ml-committee-tip&layout=dagre&asOf=2011&sel=relation:ml-decree-2011-036.ESTABLISHES.ml-committee-tip',
      async (page) => {
        await tourBar(page).getByText('All steps loaded: the tour works offline.').waitFor();
      },
    );
  });

  it('a trainer’s tour being edited', async () => {
    await shoot(
      'tour-editor',
      '/?tour=mali-framework&step=4&focus=ml-law-2012-023&asOf=2012&sel=node:ml-law-2012-023',
      async (page) => {
        await tourBar(page).getByText('All steps loaded: the tour works offline.').waitFor();
        await citations(page);
        // The list view scrolled to the selected law on load; the editor is at the top.
        await page.locator('.sidebar').evaluate((sidebar) => sidebar.scrollTo(0, 0));
      },
    );
  });
});
