import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser';
import { expectNoProblems } from './support/expect-no-problems';
import { searchBox, waitForGraph } from './support/explorer-page';

jest.setTimeout(60_000);

describe('when the API is down', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says so clearly instead of showing a blank page, and recovers on Retry', async () => {
    const { page, problems } = await openPage(browser);
    // The page and its assets load; every /graphql request is refused, as when the API process is gone.
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto('/?focus=ml-law-2012-023');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The explorer cannot reach its API');
    expect(await alert.textContent()).toContain('The Cadre API cannot be reached');

    // The only problems are the refused requests themselves (Chromium logs each as a console error).
    expect(problems.failedRequests.length).toBeGreaterThan(0);
    expect(
      problems.failedRequests.every((r) => r.includes('/graphql') && r.includes('ERR_CONNECTION_REFUSED')),
    ).toBe(true);
    expect(
      problems.errors.every((e) =>
        /^console\.error: Failed to load resource: net::ERR_CONNECTION_REFUSED$/.test(e),
      ),
    ).toBe(true);
    problems.errors.length = 0;
    problems.failedRequests.length = 0;

    // The API is back: Retry brings the explorer up where the link pointed.
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Retry' }).click();
    await waitForGraph(page, 'ml-law-2012-023');
    expect(await searchBox(page).isVisible()).toBe(true);
    expectNoProblems(problems);
    await page.context().close();
  });

  it('says when the API fails while exploring, keeping what is shown', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto('/?focus=ml-law-2012-023');
    await waitForGraph(page, 'ml-law-2012-023');
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.getByRole('list', { name: 'Nodes in view' }).getByText('Mali', { exact: true }).click();
    const alert = page.getByRole('complementary', { name: 'Details' }).getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'Could not load the details. The Cadre API cannot be reached',
    );
    expect(await page.evaluate(() => window.__cadre?.graph?.nodeIds().length)).toBeGreaterThan(1);
    expect(problems.errors.every((e) => e.includes('ERR_CONNECTION_REFUSED'))).toBe(true);
    await page.context().close();
  });
});
