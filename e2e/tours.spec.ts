import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openPage, useBrowserPage } from './support/browser';
import { expectNoProblems } from './support/expect-no-problems';
import {
  detailsPanel,
  OWN_CITATIONS,
  searchBox,
  viewParams,
  waitForGraph,
  waitForParam,
} from './support/explorer-page';
import { caption, openSection, stepTitle, tourBar } from './support/trainer-page';

jest.setTimeout(90_000);

/** The built-in tour's step titles (packages/web/src/domain/tour/builtin-tours.ts) and focus of each step. */
const STEPS = [
  { title: 'The Convention and its protocols (2000)', focus: 'un-untoc' },
  { title: 'Mali becomes a party (2002)', focus: 'ml-mali' },
  { title: 'Decree 2011-036 establishes the Committee (2011)', focus: 'ml-decree-2011-036' },
  { title: 'Law 2012-023 (2012)', focus: 'ml-law-2012-023' },
  { title: 'The National Action Plan 2015–2017', focus: 'ml-nap-2015-2017' },
  { title: 'GLO.ACT and the partners', focus: 'un-glo-act' },
  { title: 'Trainings, 2017–2019', focus: 'un-unodc' },
];

/** Waits for step `n` (1-based) of the built-in tour: its URL, its title and its graph. */
async function atStep(page: Page, n: number): Promise<void> {
  await waitForParam(page, 'step', String(n));
  await tourBar(page)
    .getByRole('heading', { name: STEPS[n - 1]!.title })
    .waitFor();
  await waitForGraph(page, STEPS[n - 1]!.focus);
}

describe('tours and presentation mode', () => {
  const session = useBrowserPage();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  it('starts the built-in tour of Mali’s framework and steps through it with the keyboard', async () => {
    await page.goto('/');
    // Offered on the welcome page, and in the sidebar's Tours section.
    await page
      .getByRole('main')
      .getByRole('button', { name: /^Start: Mali's framework/ })
      .waitFor();
    await openSection(page, 'Tours');
    await page
      .locator('.tour-panel')
      .getByRole('button', { name: /^Start: Mali's framework/ })
      .click();
    await waitForParam(page, 'tour', 'mali-framework');
    await atStep(page, 1);
    expect(await caption(page)).toContain('15 November 2000');
    expect(viewParams(page).get('asOf')).toBe('2000');

    const captions = [await caption(page)];
    await page.keyboard.press('ArrowRight');
    await atStep(page, 2);
    captions.push(await caption(page));
    await page.keyboard.press('ArrowRight');
    await atStep(page, 3);
    captions.push(await caption(page));
    expect(new Set(captions).size).toBe(3);
    expect(viewParams(page).get('layout')).toBe('dagre');

    await page.keyboard.press('ArrowLeft');
    await atStep(page, 2);
    expect(await caption(page)).toBe(captions[1]);
    // What presentation clickers send.
    await page.keyboard.press('PageDown');
    await atStep(page, 3);
    await page.keyboard.press('PageUp');
    await atStep(page, 2);
  });

  it('switches the tour to French and back', async () => {
    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await waitForParam(page, 'lang', 'fr');
    await tourBar(page, 'Parcours').getByRole('heading', { name: 'Le Mali devient partie (2002)' }).waitFor();
    expect(await tourBar(page, 'Parcours').locator('.tour-caption').textContent()).toContain(
      'Depuis le 12 avril 2002',
    );
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await waitForParam(page, 'lang', null);
    await atStep(page, 2);
  });

  it('presents full window, in large type, and goes on offline once the steps are loaded', async () => {
    await page.getByText('All steps loaded: the tour works offline.').waitFor();
    await tourBar(page).getByRole('button', { name: 'Present' }).click();
    await waitForParam(page, 'present', '1');
    await waitForGraph(page, STEPS[1]!.focus);
    // Side panels and the header are gone; the caption is large.
    expect(await searchBox(page).count()).toBe(0);
    expect(await detailsPanel(page).count()).toBe(0);
    const size = await tourBar(page)
      .locator('.tour-step-title')
      .evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    expect(size).toBeGreaterThanOrEqual(30);
    const box = await page.locator('.app').boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 1366, height: 768 });

    await session.context.setOffline(true);
    try {
      // Really offline: a request that was not kept fails (and is taken off the problems list).
      expect(
        await page.evaluate(() =>
          fetch('/health').then(
            () => 'online',
            () => 'offline',
          ),
        ),
      ).toBe('offline');
      const { problems } = session;
      problems.failedRequests = problems.failedRequests.filter((r) => !r.includes('/health'));
      problems.errors = problems.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'));
      for (let n = 3; n <= STEPS.length; n++) {
        await page.keyboard.press('ArrowRight');
        await atStep(page, n);
      }
      // The last step stays the last.
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(300);
      expect(viewParams(page).get('step')).toBe(String(STEPS.length));
      for (let n = STEPS.length - 1; n >= 4; n--) {
        await page.keyboard.press('ArrowLeft');
        await atStep(page, n);
      }
      await page.keyboard.press('Escape');
      await waitForParam(page, 'present', null);
      // Back in the explorer, still offline: the step's selection comes from the kept answers too.
      await detailsPanel(page).locator(OWN_CITATIONS).first().waitFor();
      await searchBox(page).waitFor();
    } finally {
      await session.context.setOffline(false);
    }
  });

  it('ends the tour', async () => {
    await tourBar(page).getByRole('button', { name: 'End tour' }).click();
    await waitForParam(page, 'tour', null);
    expect(await tourBar(page).count()).toBe(0);
  });
});

describe('a trainer’s own tour', () => {
  const session = useBrowserPage();
  let page: Page;
  let savedFile = '';
  beforeAll(() => {
    page = session.page;
  });

  const stepNames = (p: Page): Promise<string[]> =>
    p.getByRole('list', { name: 'Steps of the tour' }).locator('.tour-step-go').allTextContents();

  async function addStep(title: string, stepCaption: string): Promise<void> {
    await page.getByRole('textbox', { name: 'Step title' }).fill(title);
    await page.getByRole('textbox', { name: 'Caption' }).fill(stepCaption);
    await page.getByRole('button', { name: 'Add current view as a step' }).click();
  }

  it('records views as steps, reorders and deletes them', async () => {
    await page.goto('/?focus=ml-law-2012-023');
    await waitForGraph(page, 'ml-law-2012-023');
    await openSection(page, 'Tours');
    await page.getByRole('button', { name: 'New tour' }).click();
    await page.getByRole('textbox', { name: 'Tour title' }).fill('Workshop, Bamako');
    await addStep('The law', 'Adopted in 2012.');

    await page.getByRole('combobox', { name: 'Layout' }).selectOption('dagre');
    await waitForParam(page, 'layout', 'dagre');
    await addStep('The law as a hierarchy', 'Who adopted it, what it addresses.');
    await addStep('A step to delete', '');
    expect(await stepNames(page)).toEqual(['The law', 'The law as a hierarchy', 'A step to delete']);

    await page.getByRole('button', { name: 'Delete “A step to delete”' }).click();
    await page.getByRole('button', { name: 'Move “The law as a hierarchy” earlier' }).click();
    expect(await stepNames(page)).toEqual(['The law as a hierarchy', 'The law']);

    // Going to a step shows its view, with its caption.
    await page.getByRole('button', { name: 'The law', exact: true }).click();
    await waitForParam(page, 'step', '2');
    await waitForParam(page, 'layout', null);
    expect(await caption(page)).toBe('Adopted in 2012.');
  });

  it('saves the tour as a JSON file', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('workshop-bamako.cadre-tour.json');
    savedFile = readFileSync((await download.path())!, 'utf8');
    const saved = JSON.parse(savedFile) as {
      format: string;
      title: string;
      steps: Array<{ title: string; view: { focus: string; layout: string } }>;
    };
    expect(saved).toMatchObject({ format: 'cadre-tour', title: 'Workshop, Bamako' });
    expect(saved.steps.map((s) => [s.title, s.view.focus, s.view.layout])).toEqual([
      ['The law as a hierarchy', 'ml-law-2012-023', 'dagre'],
      ['The law', 'ml-law-2012-023', 'fcose'],
    ]);
  });

  it('loads the saved file again', async () => {
    await tourBar(page).getByRole('button', { name: 'End tour' }).click();
    await waitForParam(page, 'tour', null);
    await page
      .getByLabel('Load a tour from a file')
      .setInputFiles({ name: 'workshop.json', mimeType: 'application/json', buffer: Buffer.from(savedFile) });
    await waitForParam(page, 'step', '1');
    expect(await stepTitle(page)).toBe('The law as a hierarchy');
    expect(await stepNames(page)).toEqual(['The law as a hierarchy', 'The law']);
    expect(await page.getByRole('textbox', { name: 'Tour title' }).inputValue()).toBe('Workshop, Bamako');
  });

  it('refuses a bad file, saying what is wrong and where', async () => {
    const bad = JSON.stringify({
      format: 'cadre-tour',
      steps: [
        { title: 'x', view: { focus: 'no spaces allowed', layout: 'spiral' } },
        { view: { focus: 'ml-mali', asOf: 'last year' } },
      ],
    });
    await page
      .getByLabel('Load a tour from a file')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('“bad.json” is not a tour Cadre can read');
    expect(text).toContain('steps[0].view.focus: “no spaces allowed” is not an id');
    expect(text).toContain('steps[0].view.layout: “spiral” is not a layout');
    expect(text).toContain('steps[1].title: missing');
    expect(text).toContain('steps[1].view.asOf: “last year” is not a date');
    // The tour that was loaded stays.
    expect(await stepTitle(page)).toBe('The law as a hierarchy');

    await page
      .getByLabel('Load a tour from a file')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not json') });
    await page.getByRole('alert').getByText('the file is not JSON.').waitFor();
  });

  it('shares the tour as a link that opens it, whole, in another browser', async () => {
    await page.getByRole('button', { name: 'Share as link' }).click();
    const link = await page.locator('.tour-share input').inputValue();
    expect(new URL(link).searchParams.get('tour')).toMatch(/^z1\.[A-Za-z0-9_-]+$/);

    const other = await openPage(session.browser);
    await other.page.goto(link);
    await tourBar(other.page).getByRole('heading', { name: 'The law as a hierarchy' }).waitFor();
    await waitForGraph(other.page, 'ml-law-2012-023');
    expect(await other.page.evaluate(() => window.__cadre?.lastLayout?.layout)).toBe('dagre');
    await other.page.keyboard.press('ArrowRight');
    await waitForParam(other.page, 'step', '2');
    expect(await caption(other.page)).toBe('Adopted in 2012.');
    expectNoProblems(other.problems);
    await other.context.close();
  });
});
