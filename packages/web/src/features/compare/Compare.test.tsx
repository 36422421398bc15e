import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import articlesMali from '../../__fixtures__/compare-articles-tip-ml-2012.json';
import articlesNiger from '../../__fixtures__/compare-articles-tip-ne-2012.json';
import articlesSenegal from '../../__fixtures__/compare-articles-tip-sn-2012.json';
import choicesResponse from '../../__fixtures__/compare-choices.json';
import compareResponse from '../../__fixtures__/compare-ml-ne-sn-2012.json';
import type { CompareJurisdictionsQuery } from '../../gql/graphql';
import { setupI18n } from '../../lib/i18n/setup-i18n';
import { mockGraphQLFetch } from '../../test-support/mock-graphql-fetch';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { COMPARE_COLUMNS, compareFileName, comparisonCsv } from './compare-csv';
import { ComparePanel } from './ComparePanel';

// The real API's comparison of Mali, Niger and Senegal as of 2012 (graph-seeds).
const comparison = (compareResponse.data as CompareJurisdictionsQuery).compareJurisdictions;
const IDS = ['ml-mali', 'ne-niger', 'sn-senegal'];

function renderCompare(ids: string[] = IDS) {
  const articles: Record<string, unknown> = {
    'ml-mali': articlesMali,
    'ne-niger': articlesNiger,
    'sn-senegal': articlesSenegal,
  };
  const fetchMock = mockGraphQLFetch(({ operationName, variables }) =>
    operationName === 'CompareJurisdictions'
      ? compareResponse
      : operationName === 'CompareArticles'
        ? articles[String(variables.jurisdiction)]
        : choicesResponse,
  );
  const handlers = { onChange: jest.fn(), onOpenState: jest.fn(), onReveal: jest.fn() };
  renderWithProviders(<ComparePanel ids={ids} asOf="2012" {...handlers} />);
  return { fetchMock, handlers };
}

/** A section's table, by its heading. */
const tableOf = (heading: string): HTMLElement =>
  screen.getByRole('region', { name: heading }).querySelector('table')!;
/** A cell's text as read when its citations are folded (their summary only). */
const text = (cell: Element): string =>
  [...cell.childNodes]
    .map((n) =>
      n instanceof HTMLDetailsElement ? n.querySelector('summary')!.textContent : (n.textContent ?? ''),
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
const rowCells = (table: HTMLElement, selector: string): string[] =>
  [...table.querySelector(selector)!.querySelectorAll('th, td')].map(text);

/** jsdom's Blob has no text(); FileReader it has. */
const readText = (blob: Blob): Promise<string> =>
  new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

describe('compare jurisdictions', () => {
  afterEach(() => jest.restoreAllMocks());

  it('asks for the states as of the slider’s date and heads the page with them, the gap note first', async () => {
    const { fetchMock } = renderCompare();
    await screen.findByRole('region', { name: 'Participation in the treaties' });
    expect(fetchMock.calls.find((c) => c.operationName === 'CompareJurisdictions')?.variables).toEqual({
      ids: IDS,
      asOf: '2012',
      treaties: ['un-untoc', 'un-tip-protocol', 'un-som-protocol'],
      lang: 'EN',
    });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Compare: Mali, Niger, Senegal — as of 2012',
    );
    expect(screen.getByRole('note').textContent).toBe(comparison.gapNote);
  });

  it('shows each state’s participation in each treaty: status, dates (computed marked), citations', async () => {
    renderCompare();
    await screen.findByRole('region', { name: 'Participation in the treaties' });
    const table = tableOf('Participation in the treaties');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Treaty', 'Mali', 'Niger', 'Senegal']);
    expect(rowCells(table, 'tr[data-treaty="un-tip-protocol"]')).toEqual([
      'Trafficking in Persons Protocol',
      'Party (in force) Signature15 December 2000Ratification12 April 2002Entry into force for the State25 December 2003 computed other readings 5 citations',
      'Party (in force) Signature21 August 2001Ratification30 September 2004Entry into force for the State30 October 2004 computed 3 citations',
      'Party (in force) Signature13 December 2000Ratification27 October 2003Entry into force for the State25 December 2003 computed other readings 3 citations',
    ]);
    // Every cell's citations are those of the API's answer.
    const cells = [...table.querySelectorAll('tbody td')];
    const sources = comparison.treaties.flatMap((_, i) =>
      comparison.profiles.map((p) => p.participation[i]!),
    );
    expect(cells.map((c) => c.querySelectorAll('details li').length)).toEqual(
      sources.map((s) => s.sources.length),
    );
  });

  it('shows what national texts cover, a row per subject, gaps in the graph said as such', async () => {
    const { handlers } = renderCompare();
    await screen.findByRole('region', { name: 'What national texts cover' });
    const table = tableOf('What national texts cover');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(comparison.columns.map((c) => c.label));
    expect(rowCells(table, 'tr[data-column="TRAFFICKING_IN_PERSONS"]')).toEqual([
      'Trafficking in persons',
      '● Law in force Law 2012-023 7 citations',
      '● Law in force Ordinance 2010-086 (Niger) 3 citations',
      '● Law in force Law 2005-06 (Senegal) 3 citations',
    ]);
    expect(rowCells(table, 'tr[data-column="SLAVERY"]')).toEqual([
      'Slavery',
      '○ Nothing in the graph',
      '○ Nothing in the graph',
      '○ Nothing in the graph',
    ]);
    const nothing = table.querySelector('tr[data-column="SLAVERY"] td')!;
    expect(nothing.getAttribute('title')).toBe(comparison.profiles[0]!.coverage[3]!.note);
    fireEvent.click(
      within(table).getAllByRole('button', { name: 'Show “Law 2005-06 (Senegal)” in the graph' })[0]!,
    );
    expect(handlers.onReveal).toHaveBeenCalledWith('sn-law-2005-06');
    fireEvent.click(within(table).getByRole('button', { name: 'Open the framework of Niger' }));
    expect(handlers.onOpenState).toHaveBeenCalledWith('ne-niger');
  });

  it('lists the national texts by state with their in-force status and the subjects each covers', async () => {
    renderCompare();
    await screen.findByRole('region', { name: 'National texts standing on the date' });
    const table = tableOf('National texts standing on the date');
    const groups = [...table.querySelectorAll('tbody')];
    expect(groups.map((g) => g.dataset.jurisdiction)).toEqual(IDS);
    expect(groups.map((g) => g.querySelectorAll('tr[data-instrument]').length)).toEqual(
      comparison.profiles.map((p) => p.instruments.length),
    );
    const law = table.querySelector('tr[data-instrument="ml-law-2012-023"]')!;
    expect(law.querySelector('[data-in-force]')!.textContent).toMatch(/^In force since 12 July 2012/);
    expect([...law.querySelectorAll<HTMLElement>('.compare-covers')].map((c) => c.dataset.covers)).toEqual([
      'yes',
      'yes',
      'no',
      'no',
      'no',
      'yes',
    ]);
  });

  it('lists the coordination bodies with the text establishing each', async () => {
    renderCompare();
    await screen.findByRole('region', { name: 'Coordination bodies' });
    const table = tableOf('Coordination bodies');
    expect(rowCells(table, 'tr[data-body="ne-anltp"]')).toEqual([
      'National Agency for Combating Trafficking in Persons (Niger)',
      'Ordinance 2010-086 (Niger)',
      'Trafficking in persons',
      '6 citations',
    ]);
    expect(rowCells(table, 'tr[data-body="ne-cncltp"]')[1]).toBe('No establishing text in the graph');
  });

  it('counts the implementation of each treaty, and reads it article by article on demand', async () => {
    const { fetchMock } = renderCompare();
    await screen.findByRole('region', { name: "Implementation of the treaties' articles" });
    const table = tableOf("Implementation of the treaties' articles");
    expect(rowCells(table, 'tr[data-treaty="un-tip-protocol"]')).toEqual([
      'Trafficking in Persons Protocol',
      '● Provision cited: 3◐ Related measure only: 0○ Nothing in the graph: 17',
      '● Provision cited: 0◐ Related measure only: 0○ Nothing in the graph: 20',
      '● Provision cited: 0◐ Related measure only: 0○ Nothing in the graph: 20',
    ]);
    expect(fetchMock.calls.some((c) => c.operationName === 'CompareArticles')).toBe(false);
    const disclosure = screen.getByText('Article by article: Trafficking in Persons Protocol')
      .parentElement as HTMLDetailsElement;
    disclosure.open = true;
    fireEvent(disclosure, new Event('toggle'));
    const articles = await within(disclosure).findByRole('table');
    expect(
      fetchMock.calls.filter((c) => c.operationName === 'CompareArticles').map((c) => c.variables),
    ).toEqual(
      IDS.map((jurisdiction) => ({ treaty: 'un-tip-protocol', jurisdiction, asOf: '2012', lang: 'EN' })),
    );
    expect(articles.querySelectorAll('tbody tr')).toHaveLength(20);
    const five = articles.querySelector('tr[data-article="5"]')!;
    expect([...five.querySelectorAll('td')].map((c) => c.dataset.articleStatus)).toEqual([
      'PROVISION_CITED',
      'NOTHING_IN_GRAPH',
      'NOTHING_IN_GRAPH',
    ]);
    expect(five.querySelector('td')!.textContent).toMatch(/citation/);
  });

  it('chooses two to four states; fewer than two asks for more and asks the API nothing', async () => {
    const { fetchMock, handlers } = renderCompare(['ml-mali']);
    await screen.findByText('Choose at least 2 states to compare.');
    const picker = screen.getByRole('group', { name: 'States compared (1 of at most 4)' });
    await within(picker).findByRole('checkbox', { name: 'Niger' });
    expect(fetchMock.calls.some((c) => c.operationName === 'CompareJurisdictions')).toBe(false);
    // The last state chosen stays.
    expect((within(picker).getByRole('checkbox', { name: 'Mali' }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(within(picker).getByRole('checkbox', { name: 'Niger' }));
    expect(handlers.onChange).toHaveBeenCalledWith(['ml-mali', 'ne-niger']);
  });

  it('takes at most four states', async () => {
    const four = ['ml-mali', 'ne-niger', 'sn-senegal', 'bf-burkina-faso'];
    renderCompare(four);
    const picker = screen.getByRole('group', { name: 'States compared (4 of at most 4)' });
    const ghana = (await within(picker).findByRole('checkbox', { name: 'Ghana' })) as HTMLInputElement;
    expect(ghana.disabled).toBe(true);
    expect((within(picker).getByRole('checkbox', { name: 'Mali' }) as HTMLInputElement).disabled).toBe(false);
  });

  it('exports as CSV with citations and the comparison’s address', async () => {
    let saved: { name: string; blob: Blob } | null = null;
    let last: Blob | null = null;
    Object.assign(URL, {
      createObjectURL: jest.fn((blob: Blob) => ((last = blob), 'blob:x')),
      revokeObjectURL: jest.fn(),
    });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved = { name: this.download, blob: last! };
    });
    renderCompare();
    await screen.findByRole('region', { name: 'Participation in the treaties' });
    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV (with citations)' }));
    expect(saved!.name).toBe('cadre-compare-ml-mali-ne-niger-sn-senegal-2012.csv');
    const csv = await readText(saved!.blob);
    expect(csv.replace(/^\uFEFF/, '').startsWith('section,jurisdiction,jurisdiction_name,as_of,')).toBe(true);
    expect(csv).toContain('compare=ml-mali,ne-niger,sn-senegal');
    await waitFor(() =>
      expect(screen.getByText('Saved cadre-compare-ml-mali-ne-niger-sn-senegal-2012.csv')).toBeTruthy(),
    );
  });
});

describe('the comparison as CSV', () => {
  const t = setupI18n('en').t;
  const address = 'http://localhost/?compare=ml-mali,ne-niger,sn-senegal&asOf=2012&show=compare';
  const parsed = Papa.parse<Record<string, string>>(
    comparisonCsv(comparison, { lang: 'en', t, address }).replace(/^\uFEFF/, ''),
    { header: true, skipEmptyLines: true },
  );

  it('has a row per cell of every section, each with the comparison’s address', () => {
    expect(parsed.meta.fields).toEqual([...COMPARE_COLUMNS]);
    const expected = comparison.profiles.reduce(
      (n, p) =>
        n +
        p.participation.length +
        p.coverage.length +
        p.instruments.length +
        p.coordinationBodies.length +
        p.implementation.length,
      0,
    );
    expect(parsed.data).toHaveLength(expected);
    expect(parsed.data.every((r) => r.view_url === address && r.as_of === '2012')).toBe(true);
  });

  it('carries the status, the dates (computed marked) and the citations of each cell', () => {
    const mali = parsed.data.find(
      (r) => r.section === 'participation' && r.jurisdiction === 'ml-mali' && r.item === 'un-tip-protocol',
    )!;
    expect(mali).toMatchObject({
      jurisdiction_name: 'Mali',
      item_name: 'Trafficking in Persons Protocol',
      status: 'PARTY',
      status_label: 'Party (in force)',
      detail:
        'Signature: 2000-12-15; Ratification: 2002-04-12; Entry into force for the State: 2003-12-25 (computed); other readings',
    });
    const sources = comparison.profiles[0]!.participation[1]!.sources;
    expect(mali.citations!.split('\n')).toHaveLength(sources.length);
    expect(mali.citations).toContain(sources[0]!.quote);
    const slavery = parsed.data.find(
      (r) => r.section === 'coverage' && r.jurisdiction === 'ne-niger' && r.item === 'SLAVERY',
    )!;
    expect(slavery).toMatchObject({ status: 'NOTHING_IN_GRAPH', citations: '' });
    expect(slavery.detail).toBe(comparison.profiles[1]!.coverage[3]!.note);
    const body = parsed.data.find((r) => r.section === 'coordination_body' && r.item === 'sn-cnltp')!;
    expect(body.detail).toBe(
      'Established by: Prime Ministerial Order No. 9051 of 8 October 2010 (Senegal) — Addresses: Trafficking in persons',
    );
    expect(body.citations).not.toBe('');
  });

  it('is named after the states and the date', () => {
    expect(compareFileName(IDS, '2020')).toBe('cadre-compare-ml-mali-ne-niger-sn-senegal-2020.csv');
    expect(compareFileName(['ml-mali', 'ne-niger'], null)).toBe('cadre-compare-ml-mali-ne-niger.csv');
  });
});
