import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-50m.json';
import mapResponse from '../../__fixtures__/ratification-map-tip-2003.json';
import mapResponseFr from '../../__fixtures__/ratification-map-tip-2003-fr.json';
import treatiesResponse from '../../__fixtures__/ratification-treaties.json';
import type { RatificationMapQuery } from '../../gql/graphql';
import { mockGraphQLFetch } from '../../test-support/mock-graphql-fetch';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { PARTICIPATION_STYLES, participationKey, UNRECORDED_STYLE } from '../../ui/participation-styles';
import { layoutMap } from './geo/layout-map';
import { subsetTopology, type CountriesTopology } from './geo/subset-topology';
import { JURISDICTION_ISO, MAP_SHAPE_IDS, numericCodeOf } from './geo/west-africa-iso';
import { WEST_AFRICA_SHAPES } from './geo/west-africa-shapes';
import { RatificationMapPanel } from './RatificationMapPanel';

// The real API's ratification map of the Trafficking in Persons Protocol as of 2003 (graph-seeds).
const map = (mapResponse.data as RatificationMapQuery).ratificationMap;

function renderMap(lang: 'en' | 'fr' = 'en') {
  const fetchMock = mockGraphQLFetch(({ operationName }) =>
    operationName === 'RatificationMap' ? (lang === 'fr' ? mapResponseFr : mapResponse) : treatiesResponse,
  );
  const handlers = { onTreaty: jest.fn(), onOpenState: jest.fn() };
  renderWithProviders(<RatificationMapPanel treaty="un-tip-protocol" asOf="2003" {...handlers} />, {
    lang,
  });
  return { fetchMock, handlers };
}

/** The map's state buttons (the SVG is loaded lazily, so they come a moment after the table). */
const stateButtons = async (): Promise<HTMLElement[]> => {
  await waitFor(() => expect(document.querySelector('g.ratification-state')).not.toBeNull());
  return [...document.querySelectorAll<HTMLElement>('g.ratification-state')];
};

describe('the ratification map', () => {
  afterEach(() => jest.restoreAllMocks());

  it('asks for the treaty as of the slider’s date in the view’s language, and says what a gap means', async () => {
    const { fetchMock } = renderMap();
    await screen.findByRole('table');
    expect(fetchMock.calls.find((c) => c.operationName === 'RatificationMap')?.variables).toEqual({
      treaty: 'un-tip-protocol',
      asOf: '2003',
      lang: 'EN',
    });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Ratification map: Trafficking in Persons Protocol, 2003',
    );
    expect(screen.getByRole('note').textContent).toBe(map.gapNote);
  });

  it('colours each state by its status, hatching those with no participation recorded', async () => {
    renderMap();
    const states = await stateButtons();
    expect(states).toHaveLength(map.rows.length);
    expect(screen.getAllByRole('button', { name: /Open its framework\.$/ })).toHaveLength(map.rows.length);
    for (const row of map.rows) {
      const g = states.find((s) => s.dataset.jurisdiction === row.jurisdiction.id)!;
      const key = participationKey(row.status, row.recorded);
      expect(g.dataset.status).toBe(key);
      const style = key === 'UNRECORDED' ? UNRECORDED_STYLE : PARTICIPATION_STYLES[row.status];
      const fill = g.querySelector('path')!.getAttribute('fill')!;
      if (style.texture) expect(fill).toMatch(new RegExp(`^url\\(#.+-${key}\\)$`));
      else expect(fill).toBe(style.fill);
      expect(g.querySelector('title')!.textContent).toBe(`${row.jurisdiction.name} — ${row.explanation}`);
    }
    // As of 2003: Mali, Senegal and Nigeria parties; Niger signed; Sierra Leone and Togo unrecorded.
    const status = (id: string) => states.find((s) => s.dataset.jurisdiction === id)!.dataset.status;
    expect(['ml-mali', 'sn-senegal', 'ng-nigeria'].map(status)).toEqual(['PARTY', 'PARTY', 'PARTY']);
    expect(status('ne-niger')).toBe('SIGNED');
    expect(['sl-sierra-leone', 'tg-togo'].map(status)).toEqual(['UNRECORDED', 'UNRECORDED']);
    // Every textured fill has its pattern in the map's own <defs>.
    for (const g of states) {
      const ref = /^url\(#(.+)\)$/.exec(g.querySelector('path')!.getAttribute('fill')!)?.[1];
      if (ref) expect(document.getElementById(ref)?.tagName).toBe('pattern');
    }
  });

  it('has a colour-blind-safe palette that also reads in greyscale', () => {
    const fills = Object.values(PARTICIPATION_STYLES).map((s) => s.fill.toLowerCase());
    expect(new Set(fills).size).toBe(fills.length);
    // Luminance: not signed (lightest) → signed → deposited → party (darkest); where two are equally
    // light (signed, deposited) one is striped.
    const luminance = (hex: string): number => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const l = (s: keyof typeof PARTICIPATION_STYLES) => luminance(PARTICIPATION_STYLES[s].fill);
    expect(l('NOT_SIGNED')).toBeGreaterThan(l('SIGNED'));
    expect(l('SIGNED')).toBeGreaterThan(l('PARTY'));
    expect(l('DEPOSITED_NOT_IN_FORCE')).toBeGreaterThan(l('PARTY'));
    expect(Math.abs(l('SIGNED') - l('DEPOSITED_NOT_IN_FORCE'))).toBeLessThan(0.05);
    expect(PARTICIPATION_STYLES.DEPOSITED_NOT_IN_FORCE.texture?.kind).toBe('stripes');
    expect(PARTICIPATION_STYLES.SIGNED.texture).toBeUndefined();
    expect(UNRECORDED_STYLE.texture?.kind).toBe('hatch');
  });

  it('has a legend with every status, its count and meaning, and the unrecorded states apart', async () => {
    renderMap();
    const legend = await screen.findByRole('region', { name: 'Legend' });
    const items = [...legend.querySelectorAll<HTMLElement>(':scope > ul > li')];
    expect(items.map((li) => li.dataset.status)).toEqual(map.legend.map((e) => e.status));
    for (const [i, entry] of map.legend.entries()) {
      expect(items[i]!.querySelector('.ratification-legend-count')!.textContent).toBe(String(entry.count));
      expect(items[i]!.textContent).toContain(entry.description);
    }
    expect(map.legend.map((e) => e.count)).toEqual([8, 4, 0, 5, 0]);
    const unrecorded = legend.querySelector<HTMLElement>('[data-status="UNRECORDED"]')!;
    expect(unrecorded.textContent).toBe('no participation recorded in the graph: 2');
  });

  it('is also a table: each state, its status in words, its dates (computed ones marked) and citations', async () => {
    renderMap();
    const table = await screen.findByRole('table', {
      name: 'Trafficking in Persons Protocol, 2003: each state’s status (the map as a table)'.replace(
        '’',
        "'",
      ),
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'State',
      'Status',
      'Signature',
      'Consent to be bound',
      'Entry into force for the State',
      'Citations',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.dataset.jurisdiction)).toEqual(map.rows.map((r) => r.jurisdiction.id));
    const mali = rows.find((r) => r.dataset.jurisdiction === 'ml-mali')!;
    const cells = [...mali.querySelectorAll('th, td')].map((c) =>
      ((c.querySelector('summary') ?? c).textContent ?? '').trim(),
    );
    expect(cells).toEqual([
      'Mali',
      'Party (in force) other readings',
      '15 December 2000',
      'Ratification, 12 April 2002',
      '25 December 2003 computed',
      '5 citations',
    ]);
    const sierraLeone = rows.find((r) => r.dataset.jurisdiction === 'sl-sierra-leone')!;
    expect(sierraLeone.textContent).toContain('no participation recorded in the graph');
    expect(sierraLeone.textContent).toContain('No citation.');
  });

  it('opens a state’s framework from the map (click, Enter) or the table; arrows move between states', async () => {
    const { handlers } = renderMap();
    const states = await stateButtons();
    expect(states.filter((g) => g.tabIndex === 0)).toHaveLength(1);
    const mali = states.find((s) => s.dataset.jurisdiction === 'ml-mali')!;
    fireEvent.click(mali);
    expect(handlers.onOpenState).toHaveBeenLastCalledWith('ml-mali');
    states[0]!.focus();
    fireEvent.keyDown(states[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(states[1]);
    fireEvent.keyDown(states[1]!, { key: 'Enter' });
    expect(handlers.onOpenState).toHaveBeenLastCalledWith(states[1]!.dataset.jurisdiction);
    fireEvent.keyDown(states[1]!, { key: 'End' });
    expect(document.activeElement).toBe(states[states.length - 1]);
    fireEvent.click(screen.getByRole('button', { name: 'Open the framework of Niger' }));
    expect(handlers.onOpenState).toHaveBeenLastCalledWith('ne-niger');
  });

  it('speaks French', async () => {
    renderMap('fr');
    await stateButtons();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Carte des ratifications : Protocole relatif à la traite des personnes, 2003',
    );
    expect(screen.getByRole('button', { name: /^Mali : Partie \(en vigueur\)/ })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Légende' })).toBeTruthy();
  });
});

describe('the map’s shapes', () => {
  it('match the 17 jurisdictions by ISO code (the API’s when it gives one)', () => {
    expect(Object.keys(JURISDICTION_ISO)).toHaveLength(17);
    for (const row of map.rows)
      expect(numericCodeOf(row.jurisdiction.id, row.jurisdiction.isoCode)).toBeTruthy();
    expect(numericCodeOf('xx-elsewhere', 'ML')).toBe('466');
    expect(numericCodeOf('xx-elsewhere')).toBeUndefined();
    const shaped = new Set(WEST_AFRICA_SHAPES.map((s) => s.numeric));
    for (const id of MAP_SHAPE_IDS) expect(shaped.has(id)).toBe(true);
    expect(WEST_AFRICA_SHAPES).toHaveLength(MAP_SHAPE_IDS.length);
  });

  it('keep only the countries asked for and the arcs they use, drawing them as the whole file does', () => {
    const whole = world as unknown as CountriesTopology;
    const subset = subsetTopology(whole, ['466', '686']);
    expect(subset.arcs.length).toBeLessThan(whole.arcs.length / 50);
    expect(subsetTopology(subset, ['466', '686'])).toEqual(subset);
    const shapeOf = (t: CountriesTopology, id: string) => {
      const all = feature(t, t.objects.countries);
      return ('features' in all ? all.features : []).find((f) => f.id === id)!.geometry;
    };
    expect(shapeOf(subset, '466')).toEqual(shapeOf(whole, '466'));
    expect(shapeOf(subset, '686')).toEqual(shapeOf(whole, '686'));
  });

  it('are laid out inside the frame, every jurisdiction with a path and a label', () => {
    const codes = new Set(Object.values(JURISDICTION_ISO).map((c) => c.numeric));
    const layout = layoutMap(WEST_AFRICA_SHAPES, codes, 800);
    expect(layout.width).toBe(800);
    expect(layout.height).toBeGreaterThan(300);
    expect(layout.height).toBeLessThan(500);
    expect(layout.states.size).toBe(17);
    for (const s of layout.states.values()) {
      expect(s.d).toMatch(/^M/);
      expect(s.label[0]).toBeGreaterThan(0);
      expect(s.label[0]).toBeLessThan(layout.width);
      expect(s.label[1]).toBeGreaterThan(0);
      expect(s.label[1]).toBeLessThan(layout.height);
    }
    expect(layout.neighbours.length).toBeGreaterThan(4);
  });
});
