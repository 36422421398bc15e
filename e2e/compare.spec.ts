import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useBrowserPage } from './support/browser';
import { viewParams, waitForGraph, waitForParam } from './support/explorer-page';
import { queryApi } from './support/graphql';
import { openSection } from './support/trainer-page';

jest.setTimeout(90_000);

const IDS = ['ml-mali', 'ne-niger', 'sn-senegal'];

interface ApiComparison {
  compareJurisdictions: {
    asOf: string;
    treaties: Array<{ id: string }>;
    columns: Array<{ id: string }>;
    profiles: Array<{
      jurisdiction: { id: string; name: string };
      participation: Array<{
        status: string;
        recorded: boolean;
        label: string;
        sources: Array<{ quote: string }>;
      }>;
      coverage: Array<{
        column: { id: string };
        status: string;
        label: string;
        sources: Array<{ quote: string }>;
      }>;
      instruments: Array<{ instrument: { id: string }; status: { status: string }; columns: string[] }>;
      coordinationBodies: Array<{ body: { id: string } }>;
      implementation: Array<{ statusCounts: Array<{ status: string; count: number }> }>;
    }>;
  };
}

const apiComparison = async (asOf: string) =>
  (
    await queryApi<ApiComparison>(
      `query($ids: [ID!]!, $asOf: PartialDate) { compareJurisdictions(ids: $ids, asOf: $asOf) {
        asOf treaties { id } columns { id }
        profiles {
          jurisdiction { id name }
          participation { status recorded label sources { quote } }
          coverage { column { id } status label sources { quote } }
          instruments { instrument { id } status { status } columns }
          coordinationBodies { body { id } }
          implementation { statusCounts { status count } }
        } } }`,
      { ids: IDS, asOf },
    )
  ).compareJurisdictions;

const category = (s: { status: string; recorded: boolean }): string =>
  !s.recorded && s.status === 'NOT_SIGNED' ? 'UNRECORDED' : s.status;

const section = (page: Page, name: string) => page.getByRole('region', { name });

const openComparison = async (page: Page, asOf: string, extra = ''): Promise<void> => {
  await page.goto(`/?compare=${IDS.join(',')}&show=compare&asOf=${asOf}${extra}`);
  await page.locator('.compare-participation tbody td').first().waitFor();
};

describe('compare jurisdictions', () => {
  const session = useBrowserPage();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  it('opens from the sidebar with the state in focus, and takes the states chosen', async () => {
    await page.goto('/?focus=ml-mali');
    await waitForGraph(page, 'ml-mali');
    await openSection(page, 'Compare jurisdictions');
    await page.getByRole('button', { name: 'Compare states' }).click();
    await waitForParam(page, 'show', 'compare');
    expect(viewParams(page).get('compare')).toBe('ml-mali');
    await page.getByText('Choose at least 2 states to compare.').waitFor();
    const picker = page.getByRole('group', { name: /^States compared/ });
    await picker.getByRole('checkbox', { name: 'Niger', exact: true }).check();
    await waitForParam(page, 'compare', 'ml-mali,ne-niger');
    await picker.getByRole('checkbox', { name: 'Senegal' }).check();
    await waitForParam(page, 'compare', IDS.join(','));
    await page
      .getByRole('heading', { level: 2, name: 'Compare: Mali, Niger, Senegal — as of today' })
      .waitFor();
    expect(await page.getByRole('tab', { name: 'Compare' }).getAttribute('aria-selected')).toBe('true');
  });

  for (const year of ['2012', '2020']) {
    it(`shows Mali, Niger and Senegal as of ${year} as the API answers`, async () => {
      await openComparison(page, year);
      const api = await apiComparison(year);
      await page
        .getByRole('heading', { level: 2, name: `Compare: Mali, Niger, Senegal — as of ${year}` })
        .waitFor();

      // Participation: a row per treaty, a cell per state, its status, words and citations.
      const participation = await section(page, 'Participation in the treaties')
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) =>
            Array.from(tr.querySelectorAll('td')).map((td) => ({
              status: td.getAttribute('data-jurisdiction-status'),
              text: td.querySelector('.compare-status')?.textContent?.trim(),
              citations: td.querySelectorAll('.citation-disclosure li').length,
            })),
          ),
        );
      expect(participation).toEqual(
        api.treaties.map((_, i) =>
          api.profiles.map((p) => ({
            status: category(p.participation[i]!),
            text: p.participation[i]!.label,
            citations: p.participation[i]!.sources.length,
          })),
        ),
      );

      // Coverage: TIP, SOM, child trafficking, slavery... a cell per state.
      const coverage = await section(page, 'What national texts cover')
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) =>
            Array.from(tr.querySelectorAll('td')).map((td) => td.getAttribute('data-coverage')),
          ),
        );
      expect(coverage).toEqual(
        api.columns.map((c) => api.profiles.map((p) => p.coverage.find((x) => x.column.id === c.id)!.status)),
      );

      // National texts: each state's, in the API's order, with the columns each covers.
      const texts = await section(page, 'National texts standing on the date')
        .locator('tbody')
        .evaluateAll((groups) =>
          groups.map((g) =>
            Array.from(g.querySelectorAll('tr[data-instrument]')).map((tr) => ({
              id: tr.getAttribute('data-instrument'),
              inForce: tr.querySelector('[data-in-force]')?.getAttribute('data-in-force'),
              covers: Array.from(tr.querySelectorAll('.compare-covers')).map((c) =>
                c.getAttribute('data-covers'),
              ),
            })),
          ),
        );
      expect(texts).toEqual(
        api.profiles.map((p) =>
          p.instruments.map((i) => ({
            id: i.instrument.id,
            inForce: i.status.status,
            covers: api.columns.map((c) => (i.columns.includes(c.id) ? 'yes' : 'no')),
          })),
        ),
      );

      const bodies = await section(page, 'Coordination bodies')
        .locator('tbody')
        .evaluateAll((groups) =>
          groups.map((g) =>
            Array.from(g.querySelectorAll('tr[data-body]')).map((tr) => tr.getAttribute('data-body')),
          ),
        );
      expect(bodies).toEqual(api.profiles.map((p) => p.coordinationBodies.map((b) => b.body.id)));

      const counts = await section(page, "Implementation of the treaties' articles")
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) =>
            Array.from(tr.querySelectorAll('td')).map((td) =>
              Array.from(td.querySelectorAll('li')).map((li) => [
                li.getAttribute('data-status'),
                li.querySelector('strong')?.textContent,
              ]),
            ),
          ),
        );
      expect(counts).toEqual(
        api.treaties.map((_, i) =>
          api.profiles.map((p) => p.implementation[i]!.statusCounts.map((c) => [c.status, String(c.count)])),
        ),
      );
    });
  }

  it('reads a treaty article by article on demand, and follows the time slider', async () => {
    await openComparison(page, '2012');
    await page.getByText('Article by article: Trafficking in Persons Protocol').click();
    const five = page.locator('.compare-articles tr[data-article="5"]');
    await five.waitFor();
    expect(
      await five.locator('td').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-article-status'))),
    ).toEqual(['PROVISION_CITED', 'NOTHING_IN_GRAPH', 'NOTHING_IN_GRAPH']);
    // As of 2004 the 2012 law was not there yet: Mali's TIP coverage changes with the date.
    await page.getByRole('slider', { name: 'Framework as of' }).fill('2004');
    await waitForParam(page, 'asOf', '2004');
    await page
      .getByRole('heading', { level: 2, name: 'Compare: Mali, Niger, Senegal — as of 2004' })
      .waitFor();
    await page.locator('.compare-body[aria-busy="false"]').waitFor();
    const api = await apiComparison('2004');
    expect(
      await page
        .locator('.compare-coverage tr[data-column="TRAFFICKING_IN_PERSONS"] td')
        .first()
        .getAttribute('data-coverage'),
    ).toBe(api.profiles[0]!.coverage[0]!.status);
  });

  it('opens a state’s framework from its column, the comparison kept as a tab', async () => {
    await openComparison(page, '2020');
    await section(page, 'Participation in the treaties')
      .getByRole('button', { name: 'Open the framework of Senegal' })
      .click();
    await waitForParam(page, 'sel', 'node:sn-senegal');
    await waitForGraph(page, 'sn-senegal');
    expect(viewParams(page).get('compare')).toBe(IDS.join(','));
    await page.getByRole('tab', { name: 'Compare' }).click();
    await section(page, 'Participation in the treaties').waitFor();
  });

  it('exports as CSV with citations and the comparison’s address', async () => {
    await openComparison(page, '2012');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as CSV (with citations)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('cadre-compare-ml-mali-ne-niger-sn-senegal-2012.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    const api = await apiComparison('2012');
    expect(csv).toContain('compare=ml-mali,ne-niger,sn-senegal');
    expect(csv).toContain(api.profiles[0]!.participation[1]!.sources[0]!.quote.replace(/"/g, '""'));
    for (const p of api.profiles) for (const i of p.instruments) expect(csv).toContain(i.instrument.id);
  });

  it('speaks French', async () => {
    await openComparison(page, '2012', '&lang=fr');
    await page
      .getByRole('heading', { level: 2, name: 'Comparaison : Mali, Niger, Sénégal (2012)' })
      .waitFor();
    await section(page, 'Participation aux traités').waitFor();
    await section(page, 'Ce que couvrent les textes nationaux').waitFor();
    expect(await page.getByRole('tab', { name: 'Comparer' }).getAttribute('aria-selected')).toBe('true');
  });

  it('is usable at 1024×768: nothing wider than the window', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openComparison(page, '2020');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    const panel = page.locator('.compare-panel');
    const widths = await panel.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.getByRole('button', { name: 'Export as CSV (with citations)' }).waitFor();
    expect(await page.getByRole('button', { name: 'Export as CSV (with citations)' }).isVisible()).toBe(true);
  });
});
