import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import neighborhoodResponse from '../../__fixtures__/neighborhood-ml-law-2012-023.json';
import { mergeSubgraphs } from '../../domain/graph-content/graph-content';
import type { NeighborhoodQuery } from '../../gql/graphql';
import { mockGraphQLFetch } from '../../test-support/mock-graphql-fetch';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { DEFAULT_VIEW_STATE } from '../../domain/view-state/view-state';
import { ExportMenu } from './ExportMenu';

const LAW = 'ml-law-2012-023';
const visible = mergeSubgraphs([
  { centre: LAW, subgraph: (neighborhoodResponse.data as NeighborhoodQuery).neighborhood },
]);
const view = { ...DEFAULT_VIEW_STATE, focus: LAW };

/** jsdom's Blob has no text(); FileReader it has. */
const readText = (blob: Blob): Promise<string> =>
  new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

describe('ExportMenu', () => {
  let saved: Array<{ name: string; blob: Blob }>;
  const createObjectURL = jest.fn();
  beforeEach(() => {
    saved = [];
    // jsdom has no object URLs and does not download: record what the <a download> would save.
    let last: Blob | null = null;
    createObjectURL.mockImplementation((blob: Blob) => ((last = blob), 'blob:x'));
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: last! });
    });
  });
  afterEach(() => jest.restoreAllMocks());

  const renderMenu = (exportCanvas = jest.fn(async () => new Blob(['png'], { type: 'image/png' }))) => {
    renderWithProviders(<ExportMenu view={view} focus={LAW} visible={visible} exportCanvas={exportCanvas} />);
    return { exportCanvas, button: screen.getByRole('button', { name: 'Export' }) };
  };

  it('is a menu button: arrows open it on the first or last item and move, Escape closes it back on the button', () => {
    const { button } = renderMenu();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.querySelector('.export-menu-label')?.textContent)).toEqual([
      'Image (PNG)',
      'Vector image (SVG)',
      'Cytoscape JSON',
      'View data with citations (JSON)',
      'GraphML',
      'Nodes (CSV)',
      'Relations (CSV)',
    ]);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items[6]);
    fireEvent.keyDown(items[6]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'End' });
    expect(document.activeElement).toBe(items[6]);
    fireEvent.keyDown(items[6]!, { key: 'Home' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    fireEvent.keyDown(button, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(screen.getAllByRole('menuitem')[6]);
  });

  it('closes when the pointer goes down elsewhere', () => {
    const { button } = renderMenu();
    fireEvent.click(button);
    expect(screen.getByRole('menu', { name: 'Export' })).toBeTruthy();
    fireEvent.pointerDown(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('saves a drawing through the graph view, with the view as metadata and a dated file name', async () => {
    const { button, exportCanvas } = renderMenu();
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('menuitem', { name: /^Image \(PNG\)/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(exportCanvas).toHaveBeenCalledWith(
      'png',
      expect.objectContaining({ focus: LAW, link: `http://localhost/?focus=${LAW}` }),
    );
    expect(saved[0]!.name).toMatch(new RegExp(`^cadre-${LAW}-\\d{4}-\\d{2}-\\d{2}\\.png$`));
    expect(screen.getByRole('status').textContent).toBe(`Saved ${saved[0]!.name}`);
  });

  it('writes GraphML from the content in view, with the periods asked of the API', async () => {
    const fetchMock = mockGraphQLFetch(({ variables }) => ({
      data: {
        nodes: (variables.ids as string[]).map((id) => ({
          id,
          validFrom: id === LAW ? '2012-07-12' : null,
          validTo: null,
        })),
      },
    }));
    try {
      const { button } = renderMenu();
      fireEvent.click(button);
      fireEvent.click(screen.getByRole('menuitem', { name: /^GraphML/ }));
      await waitFor(() => expect(saved).toHaveLength(1));
      expect(fetchMock.calls.map((c) => c.operationName)).toEqual(['ExportNodePeriods']);
      expect(fetchMock.calls[0]!.variables.ids).toEqual([...visible.nodes.keys()]);
      const xml = await readText(saved[0]!.blob);
      expect(saved[0]!.name).toMatch(/\.graphml$/);
      expect(xml).toContain('<data key="n_validFrom">2012-07-12</data>');
      expect(xml.match(/<node /g)).toHaveLength(visible.nodes.size);
    } finally {
      fetchMock.restore();
    }
  });

  it('says so when an export fails', async () => {
    const { button } = renderMenu(jest.fn(async () => Promise.reject(new Error('canvas too big'))));
    fireEvent.click(button);
    await act(async () => {
      fireEvent.click(screen.getByRole('menuitem', { name: /^Vector image/ }));
    });
    expect((await screen.findByRole('alert')).textContent).toBe('The export failed: canvas too big');
    expect(saved).toHaveLength(0);
  });
});
