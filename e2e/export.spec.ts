import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useBrowserPage } from './support/browser';
import { waitForGraph } from './support/explorer-page';
import { queryApi } from './support/graphql';

jest.setTimeout(90_000);

const LAW = 'ml-law-2012-023';
// Filtered (places hidden) and one node removed: the exports must hold only what is on screen.
const VIEW = `/?focus=${LAW}&expand=un-tip-protocol&remove=ml-national-assembly&hideKinds=PLACE`;

interface Download {
  name: string;
  body: Buffer;
}

/** Opens the Export menu, chooses `label` and returns the downloaded file. */
async function exportAs(page: Page, label: RegExp): Promise<Download> {
  await page.getByRole('button', { name: 'Export' }).click();
  const item = page.getByRole('menuitem', { name: label });
  const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: readFileSync(path) };
}

const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** RFC 4180, written here independently of the exporter's library: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

interface ApiNode {
  id: string;
  kind: string;
  type: string;
  nameEn: string;
  nameFr: string | null;
  validFrom: string | null;
  validTo: string | null;
}
const apiNodes = async (ids: string[]): Promise<Map<string, ApiNode>> => {
  const data = await queryApi<{ nodes: ApiNode[] }>(
    'query($ids: [ID!]!) { nodes(ids: $ids) { id kind type nameEn nameFr validFrom validTo } }',
    { ids },
  );
  return new Map(data.nodes.map((n) => [n.id, n]));
};

describe('export the current view', () => {
  const session = useBrowserPage();
  let page: Page;
  let nodeIds: string[];
  let edgeIds: string[];
  let nodes: Map<string, ApiNode>;
  /** The short labels drawn under the nodes, as the GraphML export gives them. */
  let graphLabels = new Map<string, string>();

  beforeAll(async () => {
    page = session.page;
    await page.goto(VIEW);
    await waitForGraph(page, 'un-tip-protocol');
    nodeIds = await page.evaluate(() => window.__cadre?.graph?.nodeIds().sort() ?? []);
    edgeIds = await page.evaluate(() => window.__cadre?.graph?.edgeIds().sort() ?? []);
    nodes = await apiNodes(nodeIds);
    // The view really is filtered: the removed node and Mali (a place) are loaded but not shown.
    expect(nodeIds).toContain('un-tip-protocol');
    expect(nodeIds).not.toContain('ml-national-assembly');
    expect(nodeIds).not.toContain('ml-mali');
  });

  it('offers the formats in an accessible menu', async () => {
    const button = page.getByRole('button', { name: 'Export' });
    expect(await button.getAttribute('aria-haspopup')).toBe('menu');
    await button.focus();
    await page.keyboard.press('ArrowDown');
    const items = page.getByRole('menu', { name: 'Export' }).getByRole('menuitem');
    // Seven since "View data with citations (JSON)" joined them.
    expect(await items.count()).toBe(7);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Image \(PNG\)/);
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Relations \(CSV\)/);
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  it('GraphML: the nodes and relations on screen, both names, kinds, periods, with declared keys', async () => {
    const file = await exportAs(page, /^GraphML/);
    expect(file.name).toBe(`cadre-${LAW}-${today()}.graphml`);
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length > 0) return null;
      const data = (el: Element): Record<string, string> => {
        const keys = new Map(
          Array.from(doc.getElementsByTagName('key')).map((k) => [
            k.getAttribute('id'),
            k.getAttribute('attr.name'),
          ]),
        );
        return Object.fromEntries(
          Array.from(el.getElementsByTagName('data')).map((d) => [
            keys.get(d.getAttribute('key')) ?? '?',
            d.textContent ?? '',
          ]),
        );
      };
      return {
        keys: Array.from(doc.getElementsByTagName('key')).map(
          (k) => `${k.getAttribute('for')}:${k.getAttribute('attr.name')}`,
        ),
        directed: doc.getElementsByTagName('graph')[0]?.getAttribute('edgedefault'),
        nodes: Array.from(doc.getElementsByTagName('node')).map(
          (n): Record<string, string> & { id: string } => ({ ...data(n), id: n.getAttribute('id') ?? '' }),
        ),
        edges: Array.from(doc.getElementsByTagName('edge')).map((e) => ({
          id: e.getAttribute('id') ?? '',
          source: e.getAttribute('source'),
          target: e.getAttribute('target'),
          ...data(e),
        })),
      };
    }, file.body.toString('utf8'));
    expect(parsed).not.toBeNull();
    const graphml = parsed!;
    for (const key of [
      'node:kind',
      'node:type',
      'node:nameEn',
      'node:nameFr',
      'node:validFrom',
      'node:validTo',
      'edge:kind',
      'edge:labelEn',
      'edge:labelFr',
      'edge:inferred',
    ]) {
      expect(graphml.keys).toContain(key);
    }
    expect(graphml.directed).toBe('directed');
    expect(graphml.nodes.map((n) => n.id).sort()).toEqual(nodeIds);
    expect(graphml.edges.map((e) => e.id).sort()).toEqual(edgeIds);
    for (const n of graphml.nodes) {
      const api = nodes.get(n.id)!;
      expect(n).toMatchObject({ kind: api.kind, type: api.type, nameEn: api.nameEn });
      expect(n['nameFr']).toBe(api.nameFr ?? undefined);
      expect(n['validFrom']).toBe(api.validFrom ?? undefined);
      expect(n['validTo']).toBe(api.validTo ?? undefined);
    }
    graphLabels = new Map(graphml.nodes.map((n) => [n.id, n['label'] ?? '']));
    expect(graphLabels.get(LAW)).toBe('Law 2012-023');
    const implementsEdge = graphml.edges.find((e) => e.id === `${LAW}.IMPLEMENTS.un-tip-protocol`);
    expect(implementsEdge).toMatchObject({
      source: LAW,
      target: 'un-tip-protocol',
      kind: 'IMPLEMENTS',
      inferred: 'true',
    });
  });

  it('SVG: a valid drawing with the label of every node on screen', async () => {
    const file = await exportAs(page, /^Vector image \(SVG\)/);
    expect(file.name).toBe(`cadre-${LAW}-${today()}.svg`);
    const svg = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      if (doc.getElementsByTagName('parsererror').length > 0) return null;
      return {
        root: doc.documentElement.tagName,
        width: Number(doc.documentElement.getAttribute('width')),
        text: Array.from(doc.getElementsByTagName('text'))
          .map((t) => t.textContent ?? '')
          .join(' ')
          .replace(/\s+/g, ' '),
        shapes: doc.querySelectorAll('path, rect, circle, ellipse, polygon').length,
      };
    }, file.body.toString('utf8'));
    expect(svg).not.toBeNull();
    expect(svg!.root).toBe('svg');
    expect(svg!.width).toBeGreaterThan(200);
    expect(svg!.shapes).toBeGreaterThan(nodeIds.length);
    // Every node's label is drawn (whatever the zoom on screen), word for word: wrapping splits
    // labels into lines between words. The removed node's is not.
    expect(graphLabels.size).toBe(nodeIds.length);
    for (const label of graphLabels.values()) {
      for (const word of label.split(/\s+/)) expect(svg!.text).toContain(word);
    }
    expect(svg!.text).not.toContain('National Assembly');
  });

  it('PNG: a valid PNG at high resolution on white', async () => {
    const file = await exportAs(page, /^Image \(PNG\)/);
    expect(file.name).toBe(`cadre-${LAW}-${today()}.png`);
    expect([...file.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(file.body.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const width = file.body.readUInt32BE(16);
    const height = file.body.readUInt32BE(20);
    // Three times the graph's model size: a dozen nodes spread over several hundred model pixels.
    expect(width).toBeGreaterThan(1200);
    expect(height).toBeGreaterThan(600);
    expect(Math.max(width, height)).toBeLessThanOrEqual(12_000);
  });

  it('Cytoscape JSON: elements with positions, and the view it came from', async () => {
    const file = await exportAs(page, /^Cytoscape JSON/);
    expect(file.name).toBe(`cadre-${LAW}-${today()}-cytoscape.json`);
    const json = JSON.parse(file.body.toString('utf8')) as {
      elements: {
        nodes: Array<{ data: { id: string; name: string }; position: { x: number; y: number } }>;
        edges: Array<{ data: { id: string } }>;
      };
      data: { cadre: { focus: string; removed: string[]; hiddenNodeKinds: string[]; link: string } };
    };
    expect(json.elements.nodes.map((n) => n.data.id).sort()).toEqual(nodeIds);
    expect(json.elements.edges.map((e) => e.data.id).sort()).toEqual(edgeIds);
    for (const n of json.elements.nodes) {
      expect(n.data.name).toBe(nodes.get(n.data.id)!.nameEn);
      expect(Number.isFinite(n.position.x)).toBe(true);
    }
    expect(json.data.cadre).toMatchObject({
      focus: LAW,
      removed: ['ml-national-assembly'],
      hiddenNodeKinds: ['PLACE'],
    });
    expect(new URL(json.data.cadre.link).search).toBe(new URL(page.url()).search);
  });

  it('CSV: one row per node and per relation on screen, quoted as RFC 4180 says', async () => {
    const nodesFile = await exportAs(page, /^Nodes \(CSV\)/);
    expect(nodesFile.name).toBe(`cadre-${LAW}-${today()}-nodes.csv`);
    const nodesText = nodesFile.body.toString('utf8');
    expect(nodesText.startsWith('\uFEFF')).toBe(true);
    expect(nodesText).toContain('\r\n');
    const [header, ...rows] = parseCsv(nodesText.slice(1));
    expect(header).toEqual([
      'id',
      'kind',
      'type',
      'name_en',
      'name_fr',
      'valid_from',
      'valid_to',
      'kind_label',
      'type_label',
      'focus',
      'source_ids',
      'citations',
    ]);
    expect(rows.map((r) => r[0]).sort()).toEqual(nodeIds);
    for (const [id, kind, type, nameEn, nameFr, validFrom, validTo] of rows) {
      const api = nodes.get(id!)!;
      expect([kind, type, nameEn, nameFr, validFrom, validTo]).toEqual([
        api.kind,
        api.type,
        api.nameEn,
        api.nameFr ?? '',
        api.validFrom ?? '',
        api.validTo ?? '',
      ]);
    }
    // A name with commas ("Protocol to Prevent, Suppress and Punish…") came through whole.
    expect(rows.find((r) => r[0] === 'un-tip-protocol')?.[3]).toBe(nodes.get('un-tip-protocol')!.nameEn);

    // Relations, chosen with the keyboard this time.
    await page.getByRole('button', { name: 'Export' }).focus();
    await page.keyboard.press('ArrowUp'); // opens on the last item
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Relations \(CSV\)/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`cadre-${LAW}-${today()}-relations.csv`);
    const relations = parseCsv(
      readFileSync(await download.path())
        .toString('utf8')
        .slice(1),
    );
    expect(relations[0]).toEqual([
      'id',
      'kind',
      'from',
      'to',
      'label_en',
      'label_fr',
      'inferred',
      'from_name',
      'to_name',
      'note',
      'source_ids',
      'citations',
    ]);
    expect(
      relations
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(edgeIds);
    for (const [, , from, to] of relations.slice(1))
      expect([nodeIds.includes(from!), nodeIds.includes(to!)]).toEqual([true, true]);
    // The status line says what was saved (polite live region).
    await page.getByRole('status').filter({ hasText: 'relations.csv' }).waitFor();
  });
});
