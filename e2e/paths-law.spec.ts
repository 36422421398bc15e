import type { Page } from 'playwright-core';
import { useBrowserPage } from './support/browser';
import { waitForGraph, waitForParam } from './support/explorer-page';
import { queryApi } from './support/graphql';
import { elementClasses, openSection } from './support/trainer-page';

jest.setTimeout(60_000);

const DECREE = 'ml-decree-2011-036';
const PROTOCOL = 'un-tip-protocol';

interface ApiPaths {
  paths: Array<{ en: string; throughHub: boolean; nodes: Array<{ id: string; kind: string }> }>;
}
const apiPaths = (avoidKinds: string[] | null = null) =>
  queryApi<ApiPaths>(
    'query($from: ID!, $to: ID!, $avoid: [NodeKind!]) { paths(from: $from, to: $to, maxHops: 4, first: 3, avoidKinds: $avoid) { en: explanation(lang: EN) throughHub nodes { id kind } } }',
    { from: DECREE, to: PROTOCOL, avoid: avoidKinds },
  );

const explanations = (page: Page): Promise<string[]> => page.locator('.path-explanation').allTextContents();
const pathKinds = (page: Page): Promise<string[]> => page.locator('.path-kind').allTextContents();

describe('paths: legal chains first, kinds left out', () => {
  const session = useBrowserPage();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  it('Decree 2011-036 → TIP Protocol: the first path passes through no place, and is called a legal chain', async () => {
    await page.goto(`/?focus=${DECREE}&from=${DECREE}&to=${PROTOCOL}`);
    await page.locator('.path-explanation').first().waitFor();
    await waitForGraph(page, PROTOCOL);
    const api = await apiPaths();
    expect(await explanations(page)).toEqual(api.paths.map((p) => p.en));
    const first = api.paths[0]!;
    expect(first.throughHub).toBe(false);
    expect(first.nodes.filter((n) => n.kind === 'PLACE')).toEqual([]);
    expect((await pathKinds(page))[0]).toBe('◆ Legal chain');
  });

  it('leaves institutions out: the paths avoid them and say they pass through a shared place', async () => {
    await openSection(page, 'How are these connected?');
    await page
      .getByRole('group', { name: 'Leave out' })
      .getByRole('checkbox', { name: 'Institutions' })
      .check();
    await waitForParam(page, 'avoid', 'INSTITUTION');
    const api = await apiPaths(['INSTITUTION']);
    await page.waitForFunction(
      (expected) => document.querySelector('.path-explanation')?.textContent === expected,
      api.paths[0]!.en,
    );
    expect(await explanations(page)).toEqual(api.paths.map((p) => p.en));
    for (const path of api.paths) expect(path.nodes.some((n) => n.kind === 'INSTITUTION')).toBe(false);
    expect(await pathKinds(page)).toEqual(
      api.paths.map((p) => (p.throughHub ? '◇ Via a shared place: Mali' : '◆ Legal chain')),
    );
    await waitForGraph(page, 'ml-mali');
    expect(await elementClasses(page, 'ml-mali')).toContain('on-path');
    // A reload keeps the kinds left out.
    await page.reload();
    await page.locator('.path-explanation').first().waitFor();
    expect(await explanations(page)).toEqual(api.paths.map((p) => p.en));
  });
});
