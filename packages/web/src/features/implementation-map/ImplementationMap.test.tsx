import { fireEvent, screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import mapResponse from '../../__fixtures__/implementation-map-tip-mali.json';
import choicesResponse from '../../__fixtures__/map-choices-tip.json';
import type { ImplementationMapQuery } from '../../gql/graphql';
import { setupI18n } from '../../lib/i18n/setup-i18n';
import { mockGraphQLFetch } from '../../test-support/mock-graphql-fetch';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { ImplementationMapPanel } from './ImplementationMapPanel';
import { implementationMapCsv, MAP_COLUMNS, mapFileName, type ImplementationMapData } from './map-csv';

// The real API's implementation map of the Trafficking in Persons Protocol for Mali (graph-seeds).
const map = (mapResponse.data as ImplementationMapQuery).implementationMap as ImplementationMapData;

/** jsdom's Blob has no text(); FileReader it has. */
const readText = (blob: Blob): Promise<string> =>
  new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

function renderMap(lang: 'en' | 'fr' = 'en', asOf: string | null = null) {
  const fetchMock = mockGraphQLFetch(({ operationName }) =>
    operationName === 'ImplementationMap' ? mapResponse : choicesResponse,
  );
  const handlers = { onOpen: jest.fn(), onReveal: jest.fn() };
  renderWithProviders(
    <ImplementationMapPanel treaty="un-tip-protocol" jurisdiction="ml-mali" asOf={asOf} {...handlers} />,
    { lang },
  );
  return { fetchMock, handlers };
}

const rowOf = (number: string): HTMLElement =>
  document.querySelector<HTMLElement>(`tr[data-article="${number}"]`)!;
/** A row's cells as read when the citations are folded (their summary only). */
const cells = (row: HTMLElement): string[] =>
  [...row.querySelectorAll('th, td')].map((c) =>
    ((c.querySelector('summary') ?? c).textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

describe('the implementation map', () => {
  afterEach(() => jest.restoreAllMocks());

  it('says first that "nothing in the graph" is not "no provision in law", then the treaty and Mali on the date', async () => {
    const { fetchMock } = renderMap('en', '2004-01-01');
    await screen.findByRole('table');
    expect(fetchMock.calls.find((c) => c.operationName === 'ImplementationMap')?.variables).toEqual({
      treaty: 'un-tip-protocol',
      jurisdiction: 'ml-mali',
      asOf: '2004-01-01',
    });
    expect(screen.getByRole('note').textContent).toBe(
      '“Nothing in the graph” means that the sources loaded here link nothing to the article — not that the law of Mali lacks a provision.',
    );
    expect(screen.getByTestId('map-treaty-status').textContent).toBe(
      'The treaty: In force since 25 December 2003 — basis: entry into force',
    );
    expect(screen.getByTestId('map-party-status').textContent).toBe('Mali: Party');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Implementation map: Trafficking in Persons Protocol — Mali',
    );
  });

  it('lists every article with its heading, obligation, status (marker and words), provisions and citations', async () => {
    const { handlers } = renderMap();
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(map.articles.length + 1);
    expect(screen.getByText(/with a provision cited/).textContent).toBe(
      '3 with a provision cited · 1 with a related measure only · 16 with nothing in the graph',
    );
    expect(cells(rowOf('5'))).toEqual([
      '5',
      'Criminalization',
      'Mandatory',
      '● Provision cited',
      'Article 7 of Law 2012-023inferred',
      '3 citations',
    ]);
    expect(cells(rowOf('3'))[4]).toBe('Law 2012-023whole textinferred');
    expect(cells(rowOf('10')).slice(3, 5)).toEqual([
      '◐ Related measure only',
      expect.stringContaining('measure'),
    ]);
    expect(cells(rowOf('1')).slice(3)).toEqual(['○ Nothing in the graph', '', '—']);
    // A linked provision and the article itself open in the graph.
    fireEvent.click(
      within(rowOf('5')).getByRole('button', { name: 'Show “Article 7 of Law 2012-023” in the graph' }),
    );
    expect(handlers.onReveal).toHaveBeenCalledWith('ml-law-2012-023-art-7', 'ml-law-2012-023');
    fireEvent.click(within(rowOf('5')).getAllByRole('button')[0]!);
    expect(handlers.onReveal).toHaveBeenCalledWith('un-tip-protocol-art-5', 'un-tip-protocol');
    // The law as a whole is also linked to the treaty: listed apart, never counted for an article.
    expect(
      screen.getByRole('heading', { name: 'Linked to the treaty as a whole (no article named)' }),
    ).toBeTruthy();
  });

  it('speaks French, the caveat first', async () => {
    renderMap('fr');
    await screen.findByRole('table');
    expect(screen.getByRole('note').textContent).toBe(
      "« Rien dans le graphe » signifie que les sources chargées ici ne rattachent rien à l'article — non que le droit de Mali n'ait aucune disposition.",
    );
    expect(cells(rowOf('5')).slice(1, 5)).toEqual([
      'Incrimination',
      'Impérative',
      '● Disposition citée',
      'Article 7 de la loi n°2012-023déduit',
    ]);
    expect(cells(rowOf('1'))[3]).toBe('○ Rien dans le graphe');
  });

  it('is a table with headers, and its buttons are reached with the keyboard', async () => {
    renderMap();
    const table = await screen.findByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Art.', 'Heading', 'Obligation', 'Status', 'National provisions and measures', 'Citations']);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(map.articles.length);
    for (const button of within(table).getAllByRole('button')) expect(button.tabIndex).toBe(0);
  });

  it('exports as CSV with citations and the map’s address', async () => {
    let saved: { name: string; blob: Blob } | null = null;
    let last: Blob | null = null;
    Object.assign(URL, {
      createObjectURL: jest.fn((blob: Blob) => ((last = blob), 'blob:x')),
      revokeObjectURL: jest.fn(),
    });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved = { name: this.download, blob: last! };
    });
    renderMap('en', '2013');
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV (with citations)' }));
    expect(saved!.name).toBe('cadre-implementation-map-un-tip-protocol-ml-mali-2013.csv');
    const text = await readText(saved!.blob);
    expect(text.replace(/^\uFEFF/, '').startsWith('treaty,jurisdiction,as_of,article,')).toBe(true);
    expect(text).toContain('ml-law-2012-023-art-7');
    expect(screen.getByText('Saved cadre-implementation-map-un-tip-protocol-ml-mali-2013.csv')).toBeTruthy();
  });
});

describe('the implementation map as CSV', () => {
  const t = setupI18n('en').t;
  const address = 'http://localhost/?map=un-tip-protocol&in=ml-mali&show=map';
  const parsed = Papa.parse<Record<string, string>>(
    implementationMapCsv(map, { lang: 'en', t, address }).replace(/^\uFEFF/, ''),
    { header: true, skipEmptyLines: true },
  );

  it('has one row per linked provision or measure, one per article with nothing, then the treaty-wide measures', () => {
    expect(parsed.meta.fields).toEqual([...MAP_COLUMNS]);
    const expected =
      map.articles.reduce((n, a) => n + Math.max(1, a.provisions.length + a.relatedMeasures.length), 0) +
      map.treatyMeasures.length;
    expect(parsed.data).toHaveLength(expected);
    expect(parsed.data.every((r) => r.map_url === address && r.treaty === 'un-tip-protocol')).toBe(true);
  });

  it('carries the article, both headings, status, the provision, the reading and its citations', () => {
    const row = parsed.data.find((r) => r.article === '5')!;
    expect(row).toMatchObject({
      heading_en: 'Criminalization',
      heading_fr: 'Incrimination',
      obligation: 'MANDATORY',
      status: 'PROVISION_CITED',
      status_label: 'Provision cited',
      link: 'PROVISION',
      linked_id: 'ml-law-2012-023-art-7',
      part_of: 'ml-law-2012-023',
      relation: 'GIVES_EFFECT_TO',
      inferred: 'true',
    });
    const article = map.articles.find((a) => a.number === '5')!;
    const sources = article.provisions[0]!.relation.sources;
    expect(row.citations!.split('\n')).toHaveLength(sources.length);
    expect(row.citations).toContain(sources[0]!.quote);
    expect(row.citations).toContain(sources[0]!.source.title);
    const nothing = parsed.data.find((r) => r.article === '1')!;
    expect(nothing).toMatchObject({
      status: 'NOTHING_IN_GRAPH',
      status_label: 'Nothing in the graph',
      linked_id: '',
    });
  });

  it('is named after the treaty, the jurisdiction and the date', () => {
    expect(mapFileName('un-tip-protocol', 'ml-mali', '2004-01-01')).toBe(
      'cadre-implementation-map-un-tip-protocol-ml-mali-2004-01-01.csv',
    );
    expect(mapFileName('un-untoc', 'ml-mali', null)).toBe('cadre-implementation-map-un-untoc-ml-mali.csv');
  });
});
