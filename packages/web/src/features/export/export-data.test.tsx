import neighborhoodResponse from '../../__fixtures__/neighborhood-ml-law-2012-023.json';
import { mergeSubgraphs, visibleContent } from '../../domain/graph-content/graph-content';
import type { NeighborhoodQuery } from '../../gql/graphql';
import { vocabulary } from '../../test-support/render-with-providers';
import { exportFileName } from './export-formats';
import { toExportGraph, type ExportMetadata } from './export-graph';
import { NODE_COLUMNS, nodesCsv, RELATION_COLUMNS, relationsCsv } from './to-csv';
import { escapeXml, toGraphML } from './to-graphml';

const LAW = 'ml-law-2012-023';
const loaded = mergeSubgraphs([
  { centre: LAW, subgraph: (neighborhoodResponse.data as NeighborhoodQuery).neighborhood },
]);
const meta: ExportMetadata = {
  title: 'Cadre — Law',
  focus: LAW,
  expanded: [],
  removed: ['ml-mali'],
  hiddenNodeKinds: [],
  hiddenRelationKinds: [],
  lang: 'en',
  asOf: null,
  link: `http://x/?focus=${LAW}&remove=ml-mali`,
  exportedAt: '2026-11-22T10:00:00.000Z',
};
const visible = visibleContent(loaded, {
  focus: LAW,
  removed: ['ml-mali'],
  hiddenNodeKinds: [],
  hiddenRelationKinds: [],
});
const periods = new Map([[LAW, { validFrom: '2012-07-12', validTo: null }]]);
const graph = toExportGraph(visible, { vocabulary, lang: 'en', periods, meta });

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF), parsed independently of papaparse. */
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

describe('what the data exports hold', () => {
  it('is the visible content only: a removed node is not in it', () => {
    expect(loaded.nodes.has('ml-mali')).toBe(true);
    expect(graph.nodes.map((n) => n.id)).not.toContain('ml-mali');
    expect(graph.nodes).toHaveLength(visible.nodes.size);
    expect(graph.relations).toHaveLength(visible.relations.size);
    expect(graph.nodes.find((n) => n.id === LAW)).toMatchObject({
      kind: 'INSTRUMENT',
      type: 'LAW',
      typeLabel: 'Law',
      label: 'Law 2012-023',
      validFrom: '2012-07-12',
      focus: true,
    });
  });
});

describe('toGraphML', () => {
  const xml = toGraphML(graph);
  const doc = new DOMParser().parseFromString(xml, 'application/xml');

  it('is well-formed GraphML, directed, with a key declared for every attribute', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(doc.getElementsByTagName('graph')[0]?.getAttribute('edgedefault')).toBe('directed');
    const keys = Array.from(doc.getElementsByTagName('key')).map(
      (k) => `${k.getAttribute('for')}:${k.getAttribute('attr.name')}:${k.getAttribute('attr.type')}`,
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        'node:kind:string',
        'node:type:string',
        'node:nameEn:string',
        'node:nameFr:string',
        'node:validFrom:string',
        'node:validTo:string',
        'edge:kind:string',
        'edge:labelEn:string',
        'edge:labelFr:string',
        'edge:inferred:boolean',
      ]),
    );
    // Key ids are unique even where names repeat (node "kind" and edge "kind").
    const ids = Array.from(doc.getElementsByTagName('key')).map((k) => k.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has every node and edge with its data, names in both languages', () => {
    const nodes = Array.from(doc.getElementsByTagName('node'));
    expect(nodes.map((n) => n.getAttribute('id'))).toEqual(graph.nodes.map((n) => n.id));
    const law = nodes.find((n) => n.getAttribute('id') === LAW)!;
    const data = (el: Element, key: string) =>
      Array.from(el.getElementsByTagName('data')).find((d) => d.getAttribute('key') === key)?.textContent;
    expect(data(law, 'n_nameFr')).toBe(visible.nodes.get(LAW)!.nameFr);
    expect(data(law, 'n_validFrom')).toBe('2012-07-12');
    expect(data(law, 'n_validTo')).toBeUndefined();
    const edge = Array.from(doc.getElementsByTagName('edge')).find(
      (e) => e.getAttribute('id') === `${LAW}.IMPLEMENTS.un-tip-protocol`,
    )!;
    expect([
      edge.getAttribute('source'),
      edge.getAttribute('target'),
      data(edge, 'e_kind'),
      data(edge, 'e_inferred'),
      data(edge, 'e_labelFr'),
    ]).toEqual([LAW, 'un-tip-protocol', 'IMPLEMENTS', 'true', vocabulary.relationLabel('IMPLEMENTS', 'fr')]);
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0001`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
    const tricky = toGraphML({ ...graph, nodes: [{ ...graph.nodes[0]!, nameEn: 'A <b> & "c"' }] });
    const parsed = new DOMParser().parseFromString(tricky, 'application/xml');
    expect(Array.from(parsed.getElementsByTagName('data')).map((d) => d.textContent)).toContain(
      'A <b> & "c"',
    );
  });
});

describe('CSV', () => {
  it('writes one row per node, with a BOM, CRLF and quotes where RFC 4180 needs them', () => {
    const text = nodesCsv(graph);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(NODE_COLUMNS);
    expect(rows.slice(1).map((r) => r[0])).toEqual(graph.nodes.map((n) => n.id));
    const protocol = rows.find((r) => r[0] === 'un-tip-protocol')!;
    expect(protocol[3]).toBe(visible.nodes.get('un-tip-protocol')!.nameEn);
    expect(text).toContain(`"${visible.nodes.get('un-tip-protocol')!.nameEn}"`); // it has commas
  });

  it('doubles quotes, keeps line breaks inside a field, and defuses spreadsheet formulas', () => {
    const odd = {
      ...graph,
      nodes: [{ ...graph.nodes[0]!, nameEn: 'Say "hi"\nthere', nameFr: '=HYPERLINK("x")' }],
    };
    const rows = parseCsv(nodesCsv(odd).slice(1));
    expect(rows[1]?.[3]).toBe('Say "hi"\nthere');
    expect(rows[1]?.[4]).toBe(`'=HYPERLINK("x")`);
  });

  it('writes one row per relation with both ends', () => {
    const rows = parseCsv(relationsCsv(graph).slice(1));
    expect(rows[0]).toEqual(RELATION_COLUMNS);
    expect(rows).toHaveLength(graph.relations.length + 1);
    const implementsRow = rows.find((r) => r[0] === `${LAW}.IMPLEMENTS.un-tip-protocol`)!;
    expect(implementsRow.slice(1, 4)).toEqual(['IMPLEMENTS', LAW, 'un-tip-protocol']);
    expect(implementsRow[6]).toBe('true');
  });
});

describe('exportFileName', () => {
  it('names the file after the focus and the local day', () => {
    const day = new Date(2026, 10, 22, 23, 30);
    expect(exportFileName(LAW, 'graphml', day)).toBe('cadre-ml-law-2012-023-2026-11-22.graphml');
    expect(exportFileName(LAW, 'nodes-csv', day)).toBe('cadre-ml-law-2012-023-2026-11-22-nodes.csv');
    expect(exportFileName(LAW, 'cyjs', day)).toBe('cadre-ml-law-2012-023-2026-11-22-cytoscape.json');
  });
});
