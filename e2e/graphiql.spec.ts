import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, type BrowserProblems } from './support/browser';
import { reachableAssets } from './support/bundle-assets';
import { expectNoProblems } from './support/expect-no-problems';
import { baseUrl } from './support/server-state';

jest.setTimeout(60_000);

/** The response pane's text (Monaco draws lines of spans, with no-break spaces). */
const resultText = async (page: Page): Promise<string> =>
  (await page.locator('.graphiql-response').innerText()).replace(/\u00a0/g, ' ');

/** Waits until the response pane shows `text`. */
const waitForResult = (page: Page, text: string): Promise<unknown> =>
  page.waitForFunction(
    (wanted) =>
      (document.querySelector('.graphiql-response') as HTMLElement | null)?.innerText
        .replace(/\u00a0/g, ' ')
        .includes(wanted),
    text,
  );

describe('GraphiQL served by Cadre (/graphiql.html)', () => {
  let browser: Browser;
  let page: Page;
  let problems: BrowserProblems;
  const outside: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page, problems } = await openPage(browser));
    // Offline: every request that is not to Cadre's own server is aborted (and recorded), so
    // a CDN script, font or worker would break the page and fail the test.
    const origin = baseUrl();
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === origin || url.startsWith(`${origin}/`)) return route.fallback();
      outside.push(url);
      return route.abort();
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => {
    expect(outside).toEqual([]);
    expectNoProblems(problems);
  });

  it('opens with the example questions as tabs and the schema loaded', async () => {
    await page.goto('/graphiql.html');
    const tabs = page.getByRole('tab');
    await tabs.first().waitFor();
    expect(await tabs.allInnerTexts()).toEqual(
      [
        'WhatDidDecree2011036Establish',
        'HowIsLaw2012023ConnectedToTheProtocol',
        'WhoFundedTheMay2018PoliceTraining',
        'FrameworkAsOf2011',
        'RechercheEnFrancais',
      ].map((name) => expect.stringContaining(name)) as unknown as string[],
    );
    // The query editor shows the first example, prefilled.
    await page
      .locator('.graphiql-query-editor')
      .getByText(/ml-decree-2011-036/)
      .waitFor();
    // The schema came from /graphql (introspection): the documentation explorer lists the Query type.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Hide Documentation Explorer' }).click();
  });

  it('runs the prefilled query with the run button and shows the data', async () => {
    await page.getByRole('button', { name: /^Execute query/ }).click();
    await waitForResult(page, 'National Coordination Committee');
    const text = await resultText(page);
    expect(text).toContain('"data"');
    expect(text).toContain('establishes');
    expect(text).not.toContain('"errors"');
  });

  it('runs another example with Ctrl+Enter', async () => {
    await page.getByRole('tab', { name: /WhoFundedTheMay2018PoliceTraining/ }).click();
    await page
      .locator('.graphiql-query-editor')
      .getByText(/ml-2018-05-police-training-bamako/)
      .waitFor();
    await page.locator('.graphiql-query-editor .monaco-editor').click();
    await page.keyboard.press('Control+Enter');
    await waitForResult(page, 'Government of the Netherlands');
    expect(await resultText(page)).toContain('Government of Germany');
  });

  it('is a page of its own: the explorer loads none of GraphiQL or Monaco', () => {
    const explorer = reachableAssets('index.html');
    const graphiql = reachableAssets('graphiql.html');
    const own = graphiql.filter((f) => !explorer.includes(f));
    expect(own.some((f) => /^monaco-editor/.test(f))).toBe(true);
    expect(own.some((f) => /worker/.test(f))).toBe(true);
    expect(explorer.filter((f) => /monaco|graphiql|worker/i.test(f))).toEqual([]);
  });
});
