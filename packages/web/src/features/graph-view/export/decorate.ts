import { kindStyle, EDGE_COLOR, type KindShape } from '../../../ui/kind-styles';

/**
 * What a PNG or SVG of the view carries around the drawing, so the picture stands on its own in a
 * paper or on a slide: a title, the date the framework is shown as of (and the day of the export),
 * a legend of what is drawn, and the address that opens the same view.
 */
export interface ExportDecoration {
  title: string;
  /** "Framework as of 12 July 2012 · exported 22 November 2026". */
  subtitle: string;
  /** The node kinds drawn, in the legend's order. */
  kinds: ReadonlyArray<{ kind: string; label: string }>;
  /** "Stated by a source", "Inferred (analyst's reading)". */
  edges: { stated: string; inferred: string };
  /** "Cadre · https://…/?focus=…": the view's address. */
  address: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Sizes in CSS pixels at scale 1 (the PNG multiplies them by its scale). */
const S = { margin: 24, title: 22, text: 13, swatch: 14, gap: 18, line: 20 };

interface LegendItem {
  label: string;
  kind?: string;
  edge?: 'stated' | 'inferred';
}

function legendItems(d: ExportDecoration): LegendItem[] {
  return [
    ...d.kinds.map((k) => ({ label: k.label, kind: k.kind })),
    { label: d.edges.stated, edge: 'stated' as const },
    { label: d.edges.inferred, edge: 'inferred' as const },
  ];
}

/** Rough width of a text at `size` px (the legend wraps on it; exact metrics differ a little). */
const textWidth = (text: string, size: number): number => text.length * size * 0.56;

interface Layout {
  header: number;
  footer: number;
  /** Legend items placed in rows within `width`. */
  items: Array<LegendItem & { x: number; y: number }>;
}

/** Where the header, the legend and the address go around a drawing `width` wide. */
function layout(d: ExportDecoration, width: number): Layout {
  const header = S.margin + S.title + 8 + S.text + 12;
  const items: Layout['items'] = [];
  let x = S.margin;
  let y = 12;
  for (const item of legendItems(d)) {
    const w = S.swatch + 6 + textWidth(item.label, S.text) + S.gap + (item.edge ? 14 : 0);
    if (x + w > width - S.margin && x > S.margin) {
      x = S.margin;
      y += S.line;
    }
    items.push({ ...item, x, y });
    x += w;
  }
  const footer = y + S.line + 6 + S.text + S.margin;
  return { header, footer, items };
}

/** The polygon of a kind's shape in a box of `size` around (cx, cy), as in the graph. */
function shapePoints(shape: KindShape, cx: number, cy: number, size: number): Array<[number, number]> | null {
  const r = size / 2;
  const poly = (n: number, rotate: number, inner?: number): Array<[number, number]> =>
    Array.from({ length: inner ? n * 2 : n }, (_, i) => {
      const radius = inner && i % 2 === 1 ? r * inner : r;
      const a = rotate + (i * Math.PI * 2) / (inner ? n * 2 : n);
      return [cx + radius * Math.cos(a), cy + radius * Math.sin(a)];
    });
  switch (shape) {
    case 'hexagon':
      return poly(6, 0);
    case 'diamond':
      return poly(4, -Math.PI / 2);
    case 'triangle':
      return poly(3, -Math.PI / 2);
    case 'star':
      return poly(5, -Math.PI / 2, 0.45);
    default:
      return null;
  }
}

// ——— PNG ———

function drawSwatch(g: CanvasRenderingContext2D, item: LegendItem, x: number, y: number): void {
  const size = S.swatch;
  const cy = y + size / 2;
  if (item.edge) {
    g.strokeStyle = EDGE_COLOR;
    g.lineWidth = 2;
    g.setLineDash(item.edge === 'inferred' ? [5, 3] : []);
    g.beginPath();
    g.moveTo(x, cy);
    g.lineTo(x + size + 14, cy);
    g.stroke();
    g.setLineDash([]);
    return;
  }
  const style = kindStyle(item.kind ?? '');
  g.fillStyle = style.color;
  g.strokeStyle = '#333333';
  g.lineWidth = 1;
  const points = shapePoints(style.shape, x + size / 2, cy, size);
  g.beginPath();
  if (points) {
    points.forEach(([px, py], i) => (i === 0 ? g.moveTo(px, py) : g.lineTo(px, py)));
    g.closePath();
  } else if (style.shape === 'ellipse') g.arc(x + size / 2, cy, size / 2, 0, Math.PI * 2);
  else if (style.shape === 'round-rectangle') g.roundRect(x, y, size, size, 3);
  else g.rect(x, y, size, size);
  g.fill();
  g.stroke();
}

/** The PNG of the graph (drawn at `scale`) with the decoration around it, on white. */
export async function decoratePng(graph: Blob, scale: number, d: ExportDecoration): Promise<Blob> {
  const image = await createImageBitmap(graph);
  const width = Math.max(image.width / scale, 640);
  const { header, footer, items } = layout(d, width);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round((header + image.height / scale + footer) * scale);
  const g = canvas.getContext('2d');
  if (!g) throw new Error('No 2D canvas to draw the export on');
  g.scale(scale, scale);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, canvas.height / scale);
  g.fillStyle = '#000000';
  g.textBaseline = 'top';
  g.font = `bold ${S.title}px ${FONT}`;
  g.fillText(d.title, S.margin, S.margin, width - 2 * S.margin);
  g.font = `${S.text}px ${FONT}`;
  g.fillStyle = '#333333';
  g.fillText(d.subtitle, S.margin, S.margin + S.title + 8, width - 2 * S.margin);
  g.drawImage(image, (width - image.width / scale) / 2, header, image.width / scale, image.height / scale);
  const top = header + image.height / scale;
  g.strokeStyle = '#cccccc';
  g.beginPath();
  g.moveTo(S.margin, top + 4);
  g.lineTo(width - S.margin, top + 4);
  g.stroke();
  g.font = `${S.text}px ${FONT}`;
  for (const item of items) {
    drawSwatch(g, item, item.x, top + item.y);
    g.fillStyle = '#1a1a1a';
    g.fillText(item.label, item.x + S.swatch + 6 + (item.edge ? 14 : 0), top + item.y, width);
  }
  const last = items[items.length - 1];
  g.fillStyle = '#333333';
  g.fillText(d.address, S.margin, top + (last?.y ?? 0) + S.line + 6, width - 2 * S.margin);
  return new Promise((done, fail) =>
    canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('The PNG could not be made'))), 'image/png'),
  );
}

// ——— SVG ———

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function svgSwatch(item: LegendItem, x: number, y: number): string {
  const size = S.swatch;
  const cy = y + size / 2;
  if (item.edge)
    return `<line x1="${x}" y1="${cy}" x2="${x + size + 14}" y2="${cy}" stroke="${EDGE_COLOR}" stroke-width="2"${item.edge === 'inferred' ? ' stroke-dasharray="5 3"' : ''}/>`;
  const style = kindStyle(item.kind ?? '');
  const paint = `fill="${style.color}" stroke="#333333" stroke-width="1"`;
  const points = shapePoints(style.shape, x + size / 2, cy, size);
  if (points)
    return `<polygon points="${points.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(' ')}" ${paint}/>`;
  if (style.shape === 'ellipse') return `<circle cx="${x + size / 2}" cy="${cy}" r="${size / 2}" ${paint}/>`;
  const rx = style.shape === 'round-rectangle' ? ' rx="3"' : '';
  return `<rect x="${x}" y="${y}" width="${size}" height="${size}"${rx} ${paint}/>`;
}

/** The SVG of the graph (cytoscape-svg's text) nested in a page with the decoration around it. */
export function decorateSvg(graph: string, d: ExportDecoration): string {
  const size = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(graph);
  const graphWidth = Number(size?.[1] ?? 800);
  const graphHeight = Number(size?.[2] ?? 600);
  const width = Math.max(graphWidth, 640);
  const { header, footer, items } = layout(d, width);
  const height = header + graphHeight + footer;
  const top = header + graphHeight;
  const inner = graph
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/<!DOCTYPE[^>]*>\s*/i, '')
    .replace(/<svg\b/, `<svg x="${(width - graphWidth) / 2}" y="${header}"`);
  const last = items[items.length - 1];
  const text = (x: number, y: number, body: string, extra = ''): string =>
    `<text x="${x}" y="${y}" dominant-baseline="hanging" font-family='${FONT}' ${extra}>${escape(body)}</text>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escape(d.title)}</title>`,
    `<desc>${escape(`${d.subtitle}. ${d.address}`)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    text(S.margin, S.margin, d.title, `font-size="${S.title}" font-weight="bold" fill="#000000"`),
    text(S.margin, S.margin + S.title + 8, d.subtitle, `font-size="${S.text}" fill="#333333"`),
    inner,
    `<line x1="${S.margin}" y1="${top + 4}" x2="${width - S.margin}" y2="${top + 4}" stroke="#cccccc"/>`,
    `<g class="legend">`,
    ...items.map(
      (item) =>
        svgSwatch(item, item.x, top + item.y) +
        text(
          item.x + S.swatch + 6 + (item.edge ? 14 : 0),
          top + item.y,
          item.label,
          `font-size="${S.text}" fill="#1a1a1a"`,
        ),
    ),
    `</g>`,
    text(S.margin, top + (last?.y ?? 0) + S.line + 6, d.address, `font-size="${S.text}" fill="#333333"`),
    '</svg>',
    '',
  ].join('\n');
}
