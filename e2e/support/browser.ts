import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { baseUrl } from './server-state';
import { expectNoProblems, type BrowserProblems } from './expect-no-problems';

export type { BrowserProblems };

/** Debian's Chromium, headless; the CI script installs it with apt (package "chromium"). */
export const CHROMIUM = process.env.CADRE_CHROMIUM ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const VIEWPORT = { width: 1366, height: 768 };

export async function openPage(
  browser: Browser,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page; problems: BrowserProblems }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? VIEWPORT,
    baseURL: baseUrl(),
    locale: 'en-GB',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: BrowserProblems = { errors: [], failedRequests: [] };
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.errors.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(
      `${request.method()} ${request.url()}: ${request.failure()?.errorText ?? ''}`,
    ),
  );
  // Offline promise: the explorer never asks anything from another origin.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    problems.errors.push(`external request: ${route.request().url()}`);
    return route.abort();
  });
  return { context, page, problems };
}

/** What `useBrowserPage` hands a describe block; filled in by its beforeAll. */
export interface BrowserPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  problems: BrowserProblems;
}

/**
 * One Chromium and one page for the tests of a describe block, closed after them, with the
 * check after every test that the page logged no error and asked nothing of another origin.
 */
export function useBrowserPage(options: { viewport?: { width: number; height: number } } = {}): BrowserPage {
  const session = {} as BrowserPage;
  beforeAll(async () => {
    session.browser = await launchBrowser();
    Object.assign(session, await openPage(session.browser, options));
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  afterEach(() => expectNoProblems(session.problems));
  return session;
}
