import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openPage, type BrowserProblems } from './support/browser';
import { expectNoProblems } from './support/expect-no-problems';
import { detailsPanel, detailsTitle, waitForGraph } from './support/explorer-page';
import { queryApi } from './support/graphql';

jest.setTimeout(60_000);

const DECREE = 'ml-decree-2011-036';

interface Facts {
  node: {
    nameEn: string;
    nameFr: string;
    sources: Array<{
      confidence: string | null;
      source: { id: string; title: string; type: string; url: string | null; publisher: string | null };
    }>;
  };
}

describe('Cite this (details panel)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: BrowserProblems;
  let facts: Facts;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page, problems } = await openPage(browser));
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    facts = await queryApi<Facts>(
      'query($id: ID!) { node(id: $id) { nameEn nameFr sources { confidence source { id title type url publisher } } } }',
      { id: DECREE },
    );
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => expectNoProblems(problems));

  it('gives the name, every source, the access date and a stable link, and copies it', async () => {
    await page.goto(`/?focus=ml-committee-tip&sel=node:${DECREE}`);
    await waitForGraph(page);
    expect(await detailsTitle(page)).toBe(facts.node.nameEn);
    await detailsPanel(page)
      .getByRole('button', { name: `Cite this: ${facts.node.nameEn}` })
      .click();
    const text = await detailsPanel(page).getByRole('textbox', { name: 'Citation text' }).inputValue();
    expect(text.startsWith(`${facts.node.nameEn} (Instrument · Decree). In: Cadre`)).toBe(true);
    const link = /(http:\/\/\S+) \(accessed /.exec(text)?.[1];
    expect(link).toBe(new URL(`/?focus=${DECREE}&sel=node:${DECREE}`, page.url()).href);
    for (const { source } of facts.node.sources) {
      expect(text).toContain(source.title);
      if (source.url) expect(text).toContain(source.url);
      if (source.publisher) expect(text).toContain(source.publisher);
    }
    if (facts.node.sources.some((s) => s.confidence === 'MEDIUM'))
      expect(text).toMatch(/\[reference fact, reliability: (high, )?medium\]/);

    await detailsPanel(page).getByRole('button', { name: 'Copy' }).click();
    await detailsPanel(page).getByRole('status').filter({ hasText: 'Copied to the clipboard.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    // The link opens the explorer on the decree, selected.
    await page.goto(link!);
    await waitForGraph(page, DECREE);
    expect(await detailsTitle(page)).toBe(facts.node.nameEn);
  });

  it('cites a path of "How are these connected?" with the sources of its relations', async () => {
    await page.goto(`/?focus=ml-law-2012-023&from=ml-law-2012-023&to=un-tip-protocol`);
    await waitForGraph(page, 'un-tip-protocol');
    const law = await queryApi<{
      node: { nameEn: string };
      relation: { sources: Array<{ source: { title: string } }> };
    }>(
      '{ node(id: "ml-law-2012-023") { nameEn } relation(id: "ml-law-2012-023.IMPLEMENTS.un-tip-protocol") { sources { source { title } } } }',
    );
    const cite = page
      .getByRole('button', {
        name: new RegExp(`^Cite this: ${law.node.nameEn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} → `),
      })
      .first();
    await cite.click();
    const text = await page.getByRole('textbox', { name: 'Citation text' }).inputValue();
    // It names which of the paths it cites, and through what.
    expect(text).toMatch(
      /^How “Law No\. 2012-023[^”]*” is connected to “Protocol to Prevent[^”]*”, path 1 of \d \(Law 2012-023 → [^)]+\): /,
    );
    expect(text).toMatch(/\?focus=ml-law-2012-023&from=ml-law-2012-023&to=un-tip-protocol \(accessed /);
    // The one-step path (the law implements the protocol) comes first; its evidence is cited.
    for (const { source } of law.relation.sources) expect(text).toContain(source.title);
  });

  it('is in French in the French interface', async () => {
    await page.goto(`/?focus=${DECREE}&lang=fr&sel=node:${DECREE}`);
    await waitForGraph(page, DECREE);
    const panel = page.getByRole('complementary', { name: 'Détails' });
    await panel.getByRole('button', { name: `Citer : ${facts.node.nameFr}` }).click();
    const text = await panel.getByRole('textbox', { name: 'Texte de la citation' }).inputValue();
    expect(text).toContain(`${facts.node.nameFr} (Instrument · Décret). Dans : Cadre`);
    expect(text).toContain(`lang=fr&sel=node:${DECREE} (consulté le `);
    expect(text).toContain('Sources :');
  });
});
