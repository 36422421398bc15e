import { resolve } from 'node:path';
import { useBrowserPage } from './support/browser';
import { waitForGraph } from './support/explorer-page';
import { screenshotDir } from './support/screenshot-dir';

jest.setTimeout(120_000);

/** Law 2012-023 with Mali, UNTOC and UNODC expanded: over a hundred nodes. */
const DENSE = '/?focus=ml-law-2012-023&expand=ml-mali,un-untoc,un-unodc';
const MATTER = ['ml-law-2012-023', 'ml-mali', 'un-untoc', 'un-unodc'];

describe('dense views stay readable', () => {
  const session = useBrowserPage({ pagePerTest: true });

  for (const layout of ['fcose', 'dagre', 'concentric', 'timeline']) {
    it(`${layout}: the focus and the expanded nodes are labelled at fit, every label at least 11 px`, async () => {
      const { page } = session;
      await page.goto(`${DENSE}&layout=${layout}&sel=node:ml-mali`);
      await waitForGraph(page, 'un-unodc');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const { nodes, labels } = await page.evaluate(() => ({
        nodes: window.__cadre?.graph?.nodeIds().length ?? 0,
        labels: window.__cadre?.graph?.labelSizes() ?? [],
      }));
      expect(nodes).toBeGreaterThan(100);
      const labelled = new Set(labels.map((l) => l.id));
      console.log(
        `${layout}, ${nodes} nodes: ${labels.length} labels, smallest ${Math.min(...labels.map((l) => l.px)).toFixed(1)} px`,
      );
      for (const id of MATTER) expect(labelled.has(id)).toBe(true);
      for (const l of labels) expect(l.px).toBeGreaterThanOrEqual(11);
      await page.screenshot({ path: resolve(screenshotDir(), `dense-${layout}.png`) });
    });
  }

  it('filter counts say what is drawn: hiding a kind also hides what is reached only through it', async () => {
    const { page } = session;
    await page.goto('/?focus=ml-law-2012-023&expand=ml-mali');
    await waitForGraph(page, 'ml-mali');
    const count = (label: string): Promise<string> =>
      page
        .locator('.filter-option', { hasText: label })
        .locator('.filter-count [aria-hidden], .filter-count')
        .first()
        .innerText();
    await page.locator('.filter-option', { hasText: 'Places' }).getByRole('checkbox').uncheck();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-layout-state') === 'idle',
    );
    // What the list of the graph (its text alternative) holds, by kind.
    const metas = await page
      .getByRole('list', { name: 'Nodes in view' })
      .locator('.list-item-meta')
      .allTextContents();
    const drawnOf = (kind: string): number => metas.filter((m) => m.startsWith(`${kind} ·`)).length;
    for (const [label, kind] of [
      ['Instruments', 'Instrument'],
      ['Institutions', 'Institution'],
      ['Events', 'Event'],
      ['Concepts', 'Concept'],
    ] as const) {
      const shown = Number(/^\d+/.exec(await count(label))![0]);
      expect({ kind, shown }).toEqual({ kind, shown: drawnOf(kind) });
    }
    expect(await count('Places')).toMatch(/^0 of \d+/);
  });
});
