import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { detailsPanel, waitForGraph } from './support/explorer-page';
import { startExtraServer } from './support/extra-server';
import { screenshotDir } from './support/screenshot-dir';

jest.setTimeout(90_000);

/** Where readers reach Cadre, whatever address the trainer's laptop serves it on. */
const PUBLIC_URL = 'https://cadre.example.org/mali/';

describe('citations carry CADRE_PUBLIC_URL, in the style a paper needs', () => {
  let server: Awaited<ReturnType<typeof startExtraServer>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  const pasted: string[] = [];

  beforeAll(async () => {
    server = await startExtraServer({ CADRE_PUBLIC_URL: 'https://cadre.example.org/mali' });
    browser = await launchBrowser();
    context = await browser.newContext({
      baseURL: server.baseUrl,
      locale: 'en-GB',
      viewport: { width: 1366, height: 768 },
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    writeFileSync(resolve(screenshotDir(), 'citations-public-url.txt'), `${pasted.join('\n\n')}\n`);
    await browser?.close();
    await server?.stop();
  });

  /** Opens a "Cite this", picks `style` and returns the text it gives. */
  async function cite(button: ReturnType<Page['getByRole']>, style: string): Promise<string> {
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    const panel = page.locator('.cite-panel');
    await panel.getByRole('combobox', { name: 'Citation style' }).selectOption({ label: style });
    const box = panel.getByRole('textbox', { name: 'Citation text' });
    await box.waitFor();
    await page.waitForFunction(
      () => !document.querySelector('.cite-panel [role="status"]')?.textContent?.includes('…'),
    );
    return box.inputValue();
  }

  it('the server says where it is read', async () => {
    const config = (await (await fetch(`${server.baseUrl}/config.json`)).json()) as { publicUrl: string };
    expect(config.publicUrl).toBe(PUBLIC_URL);
  });

  it('a node: plain text, Chicago, APA, BibTeX and CSL-JSON, each with the public link', async () => {
    await page.goto('/?focus=ml-law-2012-023&sel=node:ml-law-2012-023');
    await waitForGraph(page);
    const button = detailsPanel(page).getByRole('button', { name: /^Cite this: Law No\. 2012-023/ });
    const link = `${PUBLIC_URL}?focus=ml-law-2012-023&sel=node:ml-law-2012-023`;

    const plain = await cite(button, 'Plain text');
    expect(plain).toContain(`${link} (accessed `);
    expect(plain).not.toContain('127.0.0.1');
    expect(plain).toMatch(/\[reference fact, reliability: (high|medium)/);
    pasted.push(`Node, plain text:\n${plain}`);

    const bibtex = await cite(button, 'BibTeX');
    expect(bibtex).toMatch(/^@misc\{cadre_ml_law_2012_023,/);
    expect(bibtex).toContain(`url = {${link}}`);
    pasted.push(`Node, BibTeX:\n${bibtex}`);

    const chicago = await cite(button, 'Chicago (notes)');
    expect(chicago).toMatch(/^1\. “Law No\. 2012-023/);
    expect(chicago).toContain(link);
    pasted.push(`Node, Chicago (notes):\n${chicago}`);

    const apa = await cite(button, 'APA');
    expect(apa).toContain(link);
    pasted.push(`Node, APA:\n${apa}`);

    const csl = JSON.parse(await cite(button, 'CSL-JSON (Zotero, Mendeley)')) as Array<{
      id: string;
      URL?: string;
    }>;
    expect(csl[0]).toMatchObject({ id: 'cadre_ml_law_2012_023', URL: link });
  });

  it('a path: names which of the paths it is, as text and as BibTeX', async () => {
    await page.goto('/?focus=ml-decree-2011-036&from=ml-decree-2011-036&to=un-tip-protocol');
    await page.locator('.path-explanation').first().waitFor();
    await waitForGraph(page, 'un-tip-protocol');
    const buttons = page.getByRole('button', { name: /^Cite this: Decree No\. 2011-036/ });
    const count = await buttons.count();
    expect(count).toBeGreaterThan(1);
    const second = buttons.nth(1);
    const plain = await cite(second, 'Plain text');
    expect(plain).toMatch(new RegExp(`, path 2 of ${count} \\(Decree 2011-036[^)]* → `));
    expect(plain).toContain(
      `${PUBLIC_URL}?focus=ml-decree-2011-036&from=ml-decree-2011-036&to=un-tip-protocol (accessed `,
    );
    pasted.push(`Path, plain text:\n${plain}`);
    const bibtex = await cite(second, 'BibTeX');
    expect(bibtex).toMatch(/^@misc\{cadre_path_ml_decree_2011_036_to_un_tip_protocol_2,/);
    expect(bibtex).toContain('path 2 of');
    pasted.push(`Path, BibTeX:\n${bibtex}`);
  });
});
