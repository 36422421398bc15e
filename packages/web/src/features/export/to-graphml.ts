import type { ExportGraph } from './export-graph';

/*
 * GraphML is written by hand. The kept options were checked: graphology-graphml's published
 * versions (0.5.x) only parse, and cytoscape-graphml needs jQuery and has not been released since
 * 2018. The format is small: declared keys, then nodes and edges with <data> values, every value
 * XML-escaped. Keys are declared whether or not a value is present, so tools (yEd, Gephi,
 * Cytoscape desktop, NetworkX) see the same columns for every export.
 */

type KeyType = 'string' | 'boolean';
interface Key {
  id: string;
  for: 'node' | 'edge' | 'graph';
  type: KeyType;
}

const KEYS: Key[] = [
  { id: 'kind', for: 'node', type: 'string' },
  { id: 'kindLabel', for: 'node', type: 'string' },
  { id: 'type', for: 'node', type: 'string' },
  { id: 'typeLabel', for: 'node', type: 'string' },
  { id: 'nameEn', for: 'node', type: 'string' },
  { id: 'nameFr', for: 'node', type: 'string' },
  { id: 'label', for: 'node', type: 'string' },
  { id: 'validFrom', for: 'node', type: 'string' },
  { id: 'validTo', for: 'node', type: 'string' },
  { id: 'focus', for: 'node', type: 'boolean' },
  { id: 'kind', for: 'edge', type: 'string' },
  { id: 'labelEn', for: 'edge', type: 'string' },
  { id: 'labelFr', for: 'edge', type: 'string' },
  { id: 'inferred', for: 'edge', type: 'boolean' },
  { id: 'title', for: 'graph', type: 'string' },
  { id: 'link', for: 'graph', type: 'string' },
  { id: 'asOf', for: 'graph', type: 'string' },
  { id: 'exportedAt', for: 'graph', type: 'string' },
];

// Key ids must be unique across the document, while names may repeat (node "kind", edge "kind").
const keyId = (key: Pick<Key, 'id' | 'for'>): string =>
  `${key.for === 'node' ? 'n' : key.for === 'edge' ? 'e' : 'g'}_${key.id}`;

/** Escapes text for an XML attribute or element, and drops characters XML 1.0 cannot carry. */
export function escapeXml(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

type Value = string | boolean | null | undefined;

function dataLines(
  element: 'node' | 'edge' | 'graph',
  values: Record<string, Value>,
  indent: string,
): string[] {
  return Object.entries(values)
    .filter(
      (entry): entry is [string, string | boolean] =>
        entry[1] !== null && entry[1] !== undefined && entry[1] !== '',
    )
    .map(
      ([name, value]) =>
        `${indent}<data key="${keyId({ id: name, for: element })}">${escapeXml(String(value))}</data>`,
    );
}

/** The visible view as a GraphML document (directed, as Cadre's relations are). */
export function toGraphML({ nodes, relations, meta }: ExportGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map((k) => `  <key id="${keyId(k)}" for="${k.for}" attr.name="${k.id}" attr.type="${k.type}"/>`),
    `  <graph id="${escapeXml(`cadre-${meta.focus}`)}" edgedefault="directed">`,
    ...dataLines(
      'graph',
      { title: meta.title, link: meta.link, asOf: meta.asOf, exportedAt: meta.exportedAt },
      '    ',
    ),
  ];
  for (const n of nodes) {
    lines.push(`    <node id="${escapeXml(n.id)}">`);
    lines.push(
      ...dataLines(
        'node',
        {
          kind: n.kind,
          kindLabel: n.kindLabel,
          type: n.type,
          typeLabel: n.typeLabel,
          nameEn: n.nameEn,
          nameFr: n.nameFr,
          label: n.label,
          validFrom: n.validFrom,
          validTo: n.validTo,
          focus: n.focus,
        },
        '      ',
      ),
    );
    lines.push('    </node>');
  }
  for (const r of relations) {
    lines.push(
      `    <edge id="${escapeXml(r.id)}" source="${escapeXml(r.from)}" target="${escapeXml(r.to)}">`,
    );
    lines.push(
      ...dataLines(
        'edge',
        { kind: r.kind, labelEn: r.labelEn, labelFr: r.labelFr, inferred: r.inferred },
        '      ',
      ),
    );
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
