import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, type BrowserProblems } from './support/browser';
import { expectNoProblems } from './support/expect-no-problems';
import { graphNodeIds, searchBox, waitForGraph, waitForParam } from './support/explorer-page';
import { screenshotDir } from './support/screenshot-dir';
import { neighbourhoodIds, timeSlider } from './support/trainer-page';

jest.setTimeout(90_000);

const MALI = 'ml-mali';
const LAW = 'ml-law-2012-023';

/** The one notice of an outage (a status region, announced once, not an alert per request). */
const outageNotice = (page: Page) => page.getByRole('status', { name: 'API connection' });

/** Every /graphql request refused, as when the API process is gone. */
const takeApiAway = (page: Page) => page.route('**/graphql', (route) => route.abort('connectionrefused'));

/** The refused requests are the only problems (Chromium logs each as a console error); then forgotten. */
function expectOnlyRefusedRequests(problems: BrowserProblems): void {
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
}

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
    expectOnlyRefusedRequests(problems);

    // The page retries by itself, and says when.
    expect(await alert.textContent()).toMatch(/Retrying in \d+ s\./);

    // The API is back: Retry now brings the explorer up where the link pointed.
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Retry now' }).click();
    await waitForGraph(page, 'ml-law-2012-023');
    expect(await searchBox(page).isVisible()).toBe(true);
    expectNoProblems(problems);
    await page.context().close();
  });

  it('says when the API fails while exploring, keeping what is shown', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto('/?focus=ml-law-2012-023');
    await waitForGraph(page, 'ml-law-2012-023');
    await takeApiAway(page);
    await page.getByRole('list', { name: 'Nodes in view' }).getByText('Mali', { exact: true }).click();
    // The details say what they could not load, quietly (a status, not an alert): why, and the
    // retries, are the outage notice's to say, once.
    const box = page.getByRole('complementary', { name: 'Details' }).getByRole('status');
    await box.filter({ hasText: 'Could not load the details' }).waitFor();
    expect(await box.textContent()).toContain('Could not load the details. The Cadre API cannot be reached');
    await outageNotice(page).filter({ hasText: 'The Cadre API cannot be reached.' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.evaluate(() => window.__cadre?.graph?.nodeIds().length)).toBeGreaterThan(1);
    expect(problems.errors.every((e) => e.includes('ERR_CONNECTION_REFUSED'))).toBe(true);
    await page.context().close();
  });

  it('keeps the graph when the API goes away as the slider moves, says so, and loads the new date by itself once back', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`/?focus=${MALI}&asOf=2010`);
    await waitForGraph(page, MALI);
    const in2010 = await graphNodeIds(page);
    expect(in2010).not.toContain(LAW);

    // (a) The API goes away; the slider moves to 2013: the 2010 graph stays, and says it is 2010's.
    await takeApiAway(page);
    const slider = timeSlider(page);
    await slider.focus();
    for (let i = 0; i < 3; i++) await slider.press('ArrowRight');
    await waitForParam(page, 'asOf', '2013');
    const notice = outageNotice(page);
    await notice
      .filter({ hasText: 'Showing the graph as of 2010; the 2013 view could not be loaded.' })
      .waitFor();
    expect(await notice.textContent()).toContain('The Cadre API cannot be reached.');
    expect(await page.getByText(/Retrying in \d+ s\./).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Retry now' }).isVisible()).toBe(true);
    expect(await graphNodeIds(page)).toEqual(in2010);
    // A round of retries, on its way and failing again, leaves the kept graph drawn throughout
    // (counted at every frame), not a blank stage for as long as each retry takes.
    await page.evaluate(() => {
      const seen = { fewest: Infinity };
      Object.assign(window, { __seen: seen });
      const count = (): void => {
        seen.fewest = Math.min(seen.fewest, window.__cadre?.graph?.nodeIds().length ?? 0);
        requestAnimationFrame(count);
      };
      count();
    });
    const retried = page.waitForEvent('requestfailed', (request) => request.url().includes('/graphql'));
    await page.getByRole('button', { name: 'Retry now' }).click();
    await retried;
    await page.getByText(/Retrying in \d+ s\./).waitFor();
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(
      await page.evaluate(() => (window as unknown as { __seen: { fewest: number } }).__seen.fewest),
    ).toBe(in2010.length);
    expect(await graphNodeIds(page)).toEqual(in2010);
    // One notice, no box per failed request.
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.screenshot({ path: join(screenshotDir(), 'api-outage-notice.png') });
    // The graph says it too, where it stays said when the notice is dismissed.
    const marker = page.getByText('Shown as of 2010.');
    expect(await marker.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice.textContent()).toBe('');
    expect(await marker.isVisible()).toBe(true);
    // A new request failing brings the notice back: retries of the old ones would not.
    await slider.press('ArrowRight');
    await waitForParam(page, 'asOf', '2014');
    await notice
      .filter({ hasText: 'Showing the graph as of 2010; the 2014 view could not be loaded.' })
      .waitFor();
    expect(await graphNodeIds(page)).toEqual(in2010);
    expectOnlyRefusedRequests(problems);

    // (b) The API is back: with no click, the 2014 graph loads and the notice goes away.
    await page.unroute('**/graphql');
    await page.waitForFunction((law) => window.__cadre?.graph?.nodeIds().includes(law), LAW, {
      timeout: 40_000,
    });
    await waitForGraph(page, LAW);
    expect(await graphNodeIds(page)).toEqual(await neighbourhoodIds(MALI, '2014'));
    expect(await marker.count()).toBe(0);
    expect(await notice.textContent()).toBe('');
    expect(await page.getByRole('button', { name: 'Retry now' }).count()).toBe(0);
    expectNoProblems(problems);
    await page.context().close();
  });

  it('lets the error box of an unknown id in expand be dismissed, by its button and by Escape', async () => {
    const { page, problems } = await openPage(browser);
    const address = `/?focus=${LAW}&expand=no-such-node`;
    await page.goto(address);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('There is no node with the id “no-such-node”.');
    expect(await alert.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    await waitForGraph(page, LAW);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await alert.waitFor({ state: 'detached' });
    // Not an outage: the API answered, so no notice and nothing retried.
    expect(await outageNotice(page).textContent()).toBe('');

    await page.goto(address);
    await alert.waitFor();
    await waitForGraph(page, LAW);
    await page.keyboard.press('Escape');
    await alert.waitFor({ state: 'detached' });
    expect(await graphNodeIds(page)).toContain(LAW);
    expectNoProblems(problems);
    await page.context().close();
  });
});
