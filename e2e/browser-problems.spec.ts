import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchBrowser, openPage } from './support/browser';

// The harness every e2e spec relies on: a request the page itself gives up is a problem; one the
// browser cancels because the test navigated elsewhere is not (it made CI flaky when a map's
// request was still in flight as the next test opened another address).
describe('the e2e problem collector', () => {
  let server: http.Server;
  let origin = '';
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/slow') setTimeout(() => res.end('late'), 2_000);
      else res.setHeader('content-type', 'text/html').end('<!doctype html><title>t</title>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('ignores requests cut by a navigation and counts those the page aborts', async () => {
    const browser = await launchBrowser();
    try {
      const { page, problems } = await openPage(browser);
      await page.goto(`${origin}/first`);
      const started = page.waitForRequest(`${origin}/slow`);
      await page.evaluate(() => void fetch('/slow').catch(() => undefined));
      await started;
      await page.goto(`${origin}/second`);
      await page.waitForTimeout(200);
      expect(problems.failedRequests).toEqual([]);

      const failed = page.waitForEvent('requestfailed');
      await page.evaluate(() => {
        const controller = new AbortController();
        void fetch('/slow', { signal: controller.signal }).catch(() => undefined);
        setTimeout(() => controller.abort(), 50);
      });
      await failed;
      expect(problems.failedRequests).toEqual([`GET ${origin}/slow: net::ERR_ABORTED`]);
    } finally {
      await browser.close();
    }
  });
});
