import type { Page } from 'playwright-core';
import { useBrowserPage } from './support/browser';
import { graphNodeIds, viewParams, waitForGraph, waitForParam } from './support/explorer-page';
import { neighbourhoodIds, slideTo, timeSlider } from './support/trainer-page';

jest.setTimeout(90_000);

const MALI = 'ml-mali';
const DECREE = 'ml-decree-2011-036';
const LAW = 'ml-law-2012-023';
const THIS_YEAR = new Date().getFullYear();

describe('the framework over time', () => {
  const session = useBrowserPage();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  it('draws Mali as the framework stood before 2011, then after 2012', async () => {
    await page.goto(`/?focus=${MALI}`);
    await waitForGraph(page, MALI);
    expect(await timeSlider(page).getAttribute('aria-valuetext')).toBe('Today');

    await slideTo(page, 2010);
    await waitForParam(page, 'asOf', '2010');
    await waitForGraph(page, MALI);
    const before = await graphNodeIds(page);
    expect(before).not.toContain(DECREE);
    expect(before).not.toContain(LAW);
    expect(before).toEqual(await neighbourhoodIds(MALI, '2010'));

    for (let i = 0; i < 3; i++) await timeSlider(page).press('ArrowRight');
    await waitForParam(page, 'asOf', '2013');
    await waitForGraph(page, LAW);
    const after = await graphNodeIds(page);
    expect(after).toContain(DECREE);
    expect(after).toContain(LAW);
    expect(after).toEqual(await neighbourhoodIds(MALI, '2013'));
    expect(await timeSlider(page).getAttribute('aria-valuetext')).toBe('2013');
  });

  it('keeps the date in the URL: a reload shows the same year', async () => {
    await page.reload();
    await waitForGraph(page, LAW);
    expect(await timeSlider(page).inputValue()).toBe('2013');
    expect(await graphNodeIds(page)).toEqual(await neighbourhoodIds(MALI, '2013'));
  });

  it('takes a day typed in the toolbar, and names a link’s date that is not one instead of passing today off as it', async () => {
    const field = page.getByRole('textbox', { name: 'As of' });
    expect(await field.inputValue()).toBe('2013');
    await field.fill('2010-06-30');
    await field.press('Enter');
    await waitForParam(page, 'asOf', '2010-06-30');
    await waitForGraph(page, MALI);
    expect(await graphNodeIds(page)).toEqual(await neighbourhoodIds(MALI, '2010-06-30'));

    await page.goto(`/?focus=${MALI}&asOf=2013-13`);
    await waitForGraph(page, LAW);
    expect(await graphNodeIds(page)).toEqual(await neighbourhoodIds(MALI, null));
    expect(await timeSlider(page).getAttribute('aria-valuetext')).toBe('Today');
    expect(await field.inputValue()).toBe('2013-13');
    expect(await page.getByRole('alert').textContent()).toBe(
      'The link’s date “2013-13” is not a date (write 2013, 2013-07 or 2013-07-12): the graph is shown as of today.',
    );
    await field.fill('2013');
    await field.press('Enter');
    await waitForParam(page, 'asOf', '2013');
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('plays the years from 1979, a step a second, and pauses', async () => {
    await timeSlider(page).press('End');
    await waitForParam(page, 'asOf', null);
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForParam(page, 'asOf', '1979');
    const started = Date.now();
    await waitForParam(page, 'asOf', '1980');
    await waitForParam(page, 'asOf', '1981');
    // About a second a step.
    expect(Date.now() - started).toBeGreaterThan(1_500);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = viewParams(page).get('asOf');
    await page.waitForTimeout(1_500);
    expect(viewParams(page).get('asOf')).toBe(paused);
    await waitForGraph(page, MALI);
  });

  it('plays to today and stops there, redrawing the graph on each year', async () => {
    await timeSlider(page).press('End');
    for (let i = 0; i < 3; i++) await timeSlider(page).press('ArrowLeft');
    await waitForParam(page, 'asOf', String(THIS_YEAR - 3));
    await waitForGraph(page, MALI);
    const runs = await page.evaluate(() => window.__cadre?.layoutRuns ?? 0);
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForParam(page, 'asOf', null);
    await page.getByRole('button', { name: 'Play' }).waitFor();
    await waitForGraph(page, MALI);
    expect(await page.evaluate(() => window.__cadre?.layoutRuns ?? 0)).toBeGreaterThan(runs);
    expect(await graphNodeIds(page)).toEqual(await neighbourhoodIds(MALI, null));
  });

  it('lays the framework out on a timeline: dated nodes by date on an axis, undated ones below', async () => {
    await page.goto(`/?focus=${MALI}&asOf=2013`);
    await waitForGraph(page, LAW);
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('timeline');
    await waitForParam(page, 'layout', 'timeline');
    await waitForGraph(page, LAW);
    expect(await page.evaluate(() => window.__cadre?.lastLayout?.layout)).toBe('timeline');
    const at = (id: string) => page.evaluate((i) => window.__cadre?.graph?.pagePosition(i) ?? null, id);
    const [palermo, decree, law, bamako] = await Promise.all(['un-untoc', DECREE, LAW, 'ml-bamako'].map(at));
    // Left to right by date: 2000, 2011, 2012.
    expect(palermo!.x).toBeLessThan(decree!.x);
    expect(decree!.x).toBeLessThan(law!.x);
    // Bamako has no date: it sits in the band under the axis.
    expect(bamako!.y).toBeGreaterThan(Math.max(palermo!.y, decree!.y, law!.y));
    const years = await page.getByTestId('timeline-axis').locator('text').allTextContents();
    expect(years).toEqual(expect.arrayContaining(['2000', '2010']));
    expect(years).toContain('Undated');
  });
});
