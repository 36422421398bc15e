import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useBrowserPage } from './support/browser';
import { waitForGraph } from './support/explorer-page';
import { queryApi } from './support/graphql';

jest.setTimeout(90_000);

const LAW = 'ml-law-2012-023';
const VIEW = `/?focus=${LAW}&asOf=2012`;

async function exportAs(page: Page, label: RegExp): Promise<{ name: string; body: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: label }).click(),
  ]);
  return { name: download.suggestedFilename(), body: readFileSync(await download.path()) };
}

/** RFC 4180 (quoted fields, doubled quotes, CRLF rows; line breaks inside quotes stay in the field). */
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
  return rows;
}

interface ApiCitation {
  quote: string;
  verbatim: boolean;
  confidence: 'HIGH' | 'MEDIUM' | null;
  source: {
    id: string;
    title: string;
    publisher: string | null;
    publishedOn: string | null;
    url: string | null;
  };
}
const CITATION = 'quote verbatim confidence source { id title publisher publishedOn url }';

/** What the API says backs each node and relation in view: the reference the exports are held to. */
async function apiEvidence(
  nodeIds: string[],
  edgeIds: string[],
): Promise<{
  nodes: Map<string, ApiCitation[]>;
  relations: Map<string, { note: string | null; sources: ApiCitation[] }>;
}> {
  const data = await queryApi<{ nodes: Array<{ id: string; sources: ApiCitation[] }> }>(
    `query($ids: [ID!]!) { nodes(ids: $ids) { id sources { ${CITATION} } } }`,
    { ids: nodeIds },
  );
  const relations = new Map<string, { note: string | null; sources: ApiCitation[] }>();
  for (const id of edgeIds) {
    const r = await queryApi<{ relation: { note: string | null; sources: ApiCitation[] } }>(
      `query($id: ID!) { relation(id: $id) { note sources { ${CITATION} } } }`,
      { id },
    );
    relations.set(id, r.relation);
  }
  return { nodes: new Map(data.nodes.map((n) => [n.id, n.sources])), relations };
}

describe('exports carry the evidence', () => {
  const session = useBrowserPage();
  let page: Page;
  let nodeIds: string[];
  let edgeIds: string[];
  let api: Awaited<ReturnType<typeof apiEvidence>>;

  beforeAll(async () => {
    page = session.page;
    await page.goto(VIEW);
    await waitForGraph(page, LAW);
    nodeIds = await page.evaluate(() => window.__cadre?.graph?.nodeIds().sort() ?? []);
    edgeIds = await page.evaluate(() => window.__cadre?.graph?.edgeIds().sort() ?? []);
    api = await apiEvidence(nodeIds, edgeIds);
  });

  it('JSON: every node and relation in view with the API’s citations (source, quote, reliability)', async () => {
    const file = await exportAs(page, /^View data with citations \(JSON\)/);
    expect(file.name).toMatch(new RegExp(`^cadre-${LAW}-\\d{4}-\\d{2}-\\d{2}-view\\.json$`));
    const json = JSON.parse(file.body.toString('utf8')) as {
      format: string;
      view: { focus: string; asOf: string; link: string };
      nodes: Array<{ id: string; citations: Array<Record<string, unknown>> }>;
      relations: Array<{ id: string; note: string | null; citations: Array<Record<string, unknown>> }>;
    };
    expect(json.format).toBe('cadre-view');
    expect(json.view).toMatchObject({ focus: LAW, asOf: '2012' });
    expect(json.nodes.map((n) => n.id).sort()).toEqual(nodeIds);
    expect(json.relations.map((r) => r.id).sort()).toEqual(edgeIds);
    const asExported = (c: ApiCitation) => ({
      sourceId: c.source.id,
      sourceTitle: c.source.title,
      publisher: c.source.publisher,
      publishedOn: c.source.publishedOn,
      url: c.source.url,
      quote: c.quote,
      verbatim: c.verbatim,
      confidence: c.confidence,
    });
    let citations = 0;
    for (const n of json.nodes) {
      expect(n.citations).toEqual(api.nodes.get(n.id)!.map((c) => expect.objectContaining(asExported(c))));
      citations += n.citations.length;
    }
    for (const r of json.relations) {
      const expected = api.relations.get(r.id)!;
      expect(r.note).toBe(expected.note);
      expect(r.citations).toEqual(expected.sources.map((c) => expect.objectContaining(asExported(c))));
      citations += r.citations.length;
    }
    console.log(
      `JSON export of ${VIEW}: ${json.nodes.length} nodes, ${json.relations.length} relations, ${citations} citations`,
    );
    expect(citations).toBeGreaterThan(json.nodes.length);
  });

  it('CSV: each row’s sources and citations, as the API gives them', async () => {
    for (const [label, kind] of [
      [/^Nodes \(CSV\)/, 'nodes'],
      [/^Relations \(CSV\)/, 'relations'],
    ] as const) {
      const file = await exportAs(page, label);
      const [header, ...rows] = parseCsv(file.body.toString('utf8').slice(1));
      const ids = header!.indexOf('source_ids');
      const cells = header!.indexOf('citations');
      expect([ids, cells].every((i) => i > 0)).toBe(true);
      for (const row of rows) {
        const expected = kind === 'nodes' ? api.nodes.get(row[0]!)! : api.relations.get(row[0]!)!.sources;
        expect(row[ids]).toBe([...new Set(expected.map((c) => c.source.id))].join(';'));
        const lines = row[cells] === '' ? [] : row[cells]!.split('\n');
        expect(lines).toHaveLength(expected.length);
        expected.forEach((c, i) => {
          expect(lines[i]).toContain(c.source.title);
          expect(lines[i]).toContain(`“${c.quote}”`);
          if (c.source.url) expect(lines[i]).toContain(`<${c.source.url}>`);
          if (c.confidence) expect(lines[i]).toContain(`[reliability ${c.confidence.toLowerCase()}]`);
        });
      }
    }
  });

  it('SVG and PNG: a title, the as-of date, a legend and the view’s address around the drawing', async () => {
    const svg = await exportAs(page, /^Vector image \(SVG\)/);
    const text = await page.evaluate((body) => {
      const doc = new DOMParser().parseFromString(body, 'image/svg+xml');
      return Array.from(doc.getElementsByTagName('text'))
        .map((t) => t.textContent ?? '')
        .join('\n');
    }, svg.body.toString('utf8'));
    expect(text).toMatch(/^Cadre — Law No\. 2012-023/);
    expect(text).toContain('Framework as of 2012');
    for (const legend of [
      'Instrument',
      'Stated by a source',
      'Inferred (analyst’s reading)'.replace('’', "'"),
    ])
      expect(text).toContain(legend);
    expect(text).toContain(`/?focus=${LAW}&asOf=2012`);

    const png = await exportAs(page, /^Image \(PNG\)/);
    expect(png.body.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.body.readUInt32BE(16)).toBeGreaterThan(1200);
  });
});
