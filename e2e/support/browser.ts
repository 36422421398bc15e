import {
  chromium,
  type Browser,
  type BrowserContext,
  type ConsoleMessage,
  type Page,
  type Request,
} from 'playwright-core';
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
  // A request still in flight when the test navigates the page elsewhere is cancelled by the
  // browser (net::ERR_ABORTED): that is the test leaving, not the page failing. Each request is
  // stamped with the number of main-frame navigations begun before it; only an abort with no
  // navigation since then is counted.
  let navigations = 0;
  const startedAfter = new WeakMap<Request, number>();
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations += 1;
    else startedAfter.set(request, navigations);
  });
  page.on('requestfailed', (request) => {
    const errorText = request.failure()?.errorText ?? '';
    const leftBehind =
      errorText === 'net::ERR_ABORTED' && navigations > (startedAfter.get(request) ?? navigations);
    if (!leftBehind) problems.failedRequests.push(`${request.method()} ${request.url()}: ${errorText}`);
  });
  // Offline promise: the explorer never asks anything from another origin.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    problems.errors.push(`external request: ${route.request().url()}`);
    return route.abort();
  });
  return { context, page, problems };
}

/** What `useBrowserPage` hands a describe block; filled in by its hooks. */
export interface BrowserPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  problems: BrowserProblems;
}

export interface BrowserPageOptions {
  viewport?: { width: number; height: number };
  /**
   * A new context and page for every test (its own storage, history and problems), closed after it:
   * for tests that each start from a clean page (screenshots). Default false: one page for the block.
   */
  pagePerTest?: boolean;
}

/**
 * One Chromium and one page for the tests of a describe block (or one page per test), closed after
 * them, with the check after every test that the page logged no error and asked nothing of
 * another origin.
 */
export function useBrowserPage({ pagePerTest = false, ...options }: BrowserPageOptions = {}): BrowserPage {
  const session = {} as BrowserPage;
  const open = async (): Promise<void> => {
    Object.assign(session, await openPage(session.browser, options));
  };
  beforeAll(async () => {
    session.browser = await launchBrowser();
    if (!pagePerTest) await open();
  });
  if (pagePerTest) beforeEach(open);
  afterEach(async () => {
    try {
      expectNoProblems(session.problems);
    } finally {
      // One test's problems are reported once, against that test, not again against every later
      // test sharing the page.
      session.problems?.errors.splice(0);
      session.problems?.failedRequests.splice(0);
      if (pagePerTest) await session.context?.close();
    }
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}
