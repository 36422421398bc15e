import type { Page } from 'playwright-core';
import { useBrowserPage } from './support/browser';
import { viewParams, waitForGraph, waitForParam } from './support/explorer-page';
import { queryApi } from './support/graphql';
import { openSection } from './support/trainer-page';

jest.setTimeout(90_000);

interface ApiMap {
  ratificationMap: {
    rows: Array<{
      jurisdiction: { id: string; name: string };
      status: string;
      recorded: boolean;
      label: string;
    }>;
    legend: Array<{ status: string; count: number; unrecordedCount: number }>;
  };
}
const apiMap = (asOf: string | null, lang: 'EN' | 'FR' = 'EN') =>
  queryApi<ApiMap>(
    'query($asOf: PartialDate, $lang: Lang) { ratificationMap(treaty: "un-tip-protocol", asOf: $asOf, lang: $lang) { rows { jurisdiction { id name(lang: $lang) } status recorded label(lang: $lang) } legend { status count unrecordedCount } } }',
    { asOf, lang },
  );

/** The fill category the map should give a row: its status, or UNRECORDED for a gap in the graph. */
const category = (row: { status: string; recorded: boolean }): string =>
  !row.recorded && row.status === 'NOT_SIGNED' ? 'UNRECORDED' : row.status;

/** Each state drawn on the map: its id, its category, and the fill its shape is painted with. */
const drawnStates = (page: Page) =>
  page.locator('g.ratification-state').evaluateAll((gs) =>
    gs.map((g) => ({
      id: g.getAttribute('data-jurisdiction'),
      status: g.getAttribute('data-status'),
      fill: g.querySelector('path')?.getAttribute('fill') ?? '',
    })),
  );

const PLAIN_FILLS: Record<string, string> = {
  NOT_SIGNED: '#ececec',
  SIGNED: '#E69F00',
  PARTY: '#0072B2',
};

const openMap = async (page: Page, asOf: string, extra = ''): Promise<void> => {
  await page.goto(`/?ratification=un-tip-protocol&show=ratification&asOf=${asOf}${extra}`);
  await page.locator('g.ratification-state').first().waitFor();
};

describe('the ratification map', () => {
  const session = useBrowserPage();
  let page: Page;
  const requested: string[] = [];
  beforeAll(() => {
    page = session.page;
    page.on('request', (r) => requested.push(r.url()));
  });

  it('opens from the sidebar for the TIP Protocol, beside the graph as a tab', async () => {
    await page.goto('/?focus=ml-mali');
    await waitForGraph(page, 'ml-mali');
    await openSection(page, 'Ratification map');
    const section = page.locator('details.ratification-section');
    await section.getByRole('combobox', { name: 'Treaty' }).selectOption('un-tip-protocol');
    await section.getByRole('button', { name: 'Show the map' }).click();
    await waitForParam(page, 'show', 'ratification');
    expect(viewParams(page).get('ratification')).toBe('un-tip-protocol');
    await page.locator('g.ratification-state').first().waitFor();
    expect(await page.getByRole('tab', { name: 'Ratification map' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await page.getByRole('tab', { name: 'Graph' }).getAttribute('aria-selected')).toBe('false');
  });

  for (const year of ['2003', '2010', '2020']) {
    it(`colours each state as the API says for ${year}, with the legend’s counts and the table`, async () => {
      await openMap(page, year);
      const api = (await apiMap(year)).ratificationMap;
      await page
        .getByRole('heading', {
          level: 2,
          name: `Ratification map: Trafficking in Persons Protocol, ${year}`,
        })
        .waitFor();
      const drawn = await drawnStates(page);
      expect(drawn.map((s) => [s.id, s.status])).toEqual(
        api.rows.map((r) => [r.jurisdiction.id, category(r)]),
      );
      for (const s of drawn) {
        const plain = PLAIN_FILLS[s.status!];
        if (plain) expect(s.fill).toBe(plain);
        else expect(s.fill).toMatch(new RegExp(`^url\\(#.+-${s.status}\\)$`));
      }
      const counts = await page
        .locator('.ratification-legend > ul > li')
        .evaluateAll((lis) =>
          lis.map((li) => [
            li.getAttribute('data-status'),
            li.querySelector('.ratification-legend-count')?.textContent,
          ]),
        );
      expect(counts).toEqual(api.legend.map((e) => [e.status, String(e.count)]));
      const table = page.locator('table.ratification-table tbody tr');
      expect(await table.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')))).toEqual(
        api.rows.map(category),
      );
      expect(
        await page.locator('table.ratification-table tbody td.ratification-status').allTextContents(),
      ).toEqual(api.rows.map((r) => expect.stringContaining(r.label)));
    });
  }

  it('opens a state’s framework when it is chosen on the map, by mouse or keyboard', async () => {
    await openMap(page, '2010');
    await page.locator('g.ratification-state[data-jurisdiction="ne-niger"]').click();
    await waitForParam(page, 'sel', 'node:ne-niger');
    expect(viewParams(page).get('focus')).toBe('ne-niger');
    await waitForGraph(page, 'ne-niger');
    // Back to the map, then the keyboard: one tab stop, arrows between states, Enter opens.
    await page.getByRole('tab', { name: 'Ratification map' }).click();
    const first = page.locator('g.ratification-state[tabindex="0"]');
    await first.focus();
    await page.keyboard.press('End');
    const last = await page.evaluate(() => document.activeElement?.getAttribute('data-jurisdiction'));
    expect(last).toBe('tg-togo');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await waitForParam(page, 'sel', 'node:sl-sierra-leone');
  });

  it('plays through the years from the time slider, the map following', async () => {
    await openMap(page, '2001');
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForParam(page, 'asOf', '2004');
    await page.getByRole('button', { name: 'Pause' }).click();
    const shown = viewParams(page).get('asOf')!;
    await page
      .getByRole('heading', { level: 2, name: `Ratification map: Trafficking in Persons Protocol, ${shown}` })
      .waitFor();
    await page.locator('.ratification-body[aria-busy="false"]').waitFor();
    const api = (await apiMap(shown)).ratificationMap;
    expect((await drawnStates(page)).map((s) => s.status)).toEqual(api.rows.map(category));
  });

  it('speaks French', async () => {
    await openMap(page, '2003', '&lang=fr');
    await page
      .getByRole('heading', {
        level: 2,
        name: 'Carte des ratifications : Protocole relatif à la traite des personnes, 2003',
      })
      .waitFor();
    const api = (await apiMap('2003', 'FR')).ratificationMap;
    const mali = api.rows.find((r) => r.jurisdiction.id === 'ml-mali')!;
    await page
      .getByRole('button', { name: new RegExp(`^Mali : ${mali.label.replace(/[()]/g, '\\$&')}`) })
      .waitFor();
    await page.getByRole('region', { name: 'Légende' }).waitFor();
  });

  it('fits 1024×768 and fetches its shapes from nowhere: they are in the bundle', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openMap(page, '2020');
    const box = await page.locator('svg.ratification-svg').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1024);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    const origin = new URL(page.url()).origin;
    expect(requested.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    // The server's public configuration (/config.json, the public address) is the only JSON asked for.
    const shapes = requested.filter((u) => !u.endsWith('/config.json'));
    expect(shapes.filter((u) => /\.json($|\?)|topojson|world-atlas/.test(u))).toEqual([]);
  });
});
