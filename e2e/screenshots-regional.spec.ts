import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowserPage } from './support/browser';
import { screenshotDir } from './support/screenshot-dir';

jest.setTimeout(60_000);

/**
 * Screenshots of the region-wide views for docs/ (1366 wide, as the other screenshots): Mali, Niger
 * and Senegal compared as of 2012 and 2020 (the window as tall as the comparison, so its five
 * tables show), the ratification map of the TIP Protocol as of 2003, 2010 and 2020 (1366×768).
 */
const OUT = screenshotDir();

const shoot = async (
  page: Page,
  name: string,
  path: string,
  ready: string,
  whole?: string,
): Promise<void> => {
  await page.goto(path);
  await page.locator(ready).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  if (whole) {
    // The comparison scrolls inside its panel: a window as tall as the panel's content shows it all.
    const height = await page.locator(whole).evaluate((el) => el.scrollHeight - el.clientHeight);
    await page.setViewportSize({ width: 1366, height: Math.min(768 + height, 4000) });
  }
  await page.screenshot({ path: resolve(OUT, `${name}.png`) });
};

describe('screenshots: compare jurisdictions', () => {
  const session = useBrowserPage({ pagePerTest: true });

  for (const year of ['2012', '2020']) {
    it(`Mali, Niger and Senegal as of ${year}`, async () => {
      await shoot(
        session.page,
        `compare-ml-ne-sn-${year}`,
        `/?compare=ml-mali,ne-niger,sn-senegal&show=compare&asOf=${year}`,
        '.compare-bodies tbody tr[data-body]',
        '.compare-panel',
      );
    });
  }
});

describe('screenshots: the ratification map', () => {
  const session = useBrowserPage({ pagePerTest: true });

  for (const year of ['2003', '2010', '2020']) {
    it(`the TIP Protocol as of ${year}`, async () => {
      await shoot(
        session.page,
        `map-tip-${year}`,
        `/?ratification=un-tip-protocol&show=ratification&asOf=${year}`,
        'g.ratification-state',
      );
    });
  }
});
