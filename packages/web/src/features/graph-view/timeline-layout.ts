/**
 * The timeline layout: dated nodes along a horizontal time axis by the date they start to stand
 * (validFrom), undated ones in a band under it. No Cytoscape extension places nodes by a date,
 * and the positions are simple arithmetic, so they are computed here and handed to Cytoscape's
 * `preset` layout; being pure, they are tested without a browser.
 */
export interface TimelineInput {
  id: string;
  validFrom?: string | null;
  /** The node's kind: undated nodes are put in a row (or rows) per kind, each row labelled. */
  kind?: string;
}

export interface TimelineAxis {
  startYear: number;
  endYear: number;
  /** Model x of 1 January of startYear, and model pixels per year. */
  x0: number;
  pxPerYear: number;
  /** Model y of the axis line; dated nodes sit above it. */
  axisY: number;
  /** Model y of the first row of undated nodes, or null when all are dated. */
  undatedY: number | null;
  /** The undated band's rows by kind: the kind and the model y of its first row (labelled on screen). */
  rows: Array<{ kind: string; y: number }>;
}

export interface TimelinePlacement {
  positions: Map<string, { x: number; y: number }>;
  /** Null when no node is dated (then all sit in the undated band). */
  axis: TimelineAxis | null;
}

/** Sizes in model pixels; labels (up to about 130 px wide, under the node) set the spacing. */
export const TIMELINE_SIZES = {
  /**
   * Aim for an axis about this wide, whatever the span of years: fitted into a laptop's graph
   * area (about 700 px), labels stay above Cytoscape's smallest drawn size...
   */
  targetWidth: 900,
  /** ...within these bounds, so one year is never a blur nor a desert. */
  minPxPerYear: 30,
  maxPxPerYear: 180,
  /** A node's label needs this much room before the next node of its lane. */
  labelWidth: 120,
  laneHeight: 58,
  /** From the axis to the node centres of the first lane above it, and to the undated band below. */
  firstLaneOffset: 56,
  undatedOffset: 130,
  undatedColumn: 140,
  undatedRow: 62,
} as const;

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2012-07-12" → 2012.53: the year with the fraction of it past at the date's first day. */
export function fractionalYear(value: string | null | undefined): number | null {
  const match = value ? DATE.exec(value) : null;
  if (!match) return null;
  const [, y, m, d] = match;
  return Number(y) + (m ? (Number(m) - 1) / 12 : 0) + (d ? (Number(d) - 1) / 365 : 0);
}

export function placeOnTimeline(
  nodes: readonly TimelineInput[],
  focusId: string | null = null,
  sizes = TIMELINE_SIZES,
  /** The kinds in the order their rows go down (the vocabulary's); others after, by name. */
  kindOrder: readonly string[] = [],
): TimelinePlacement {
  const positions = new Map<string, { x: number; y: number }>();
  const dated = nodes
    .map((n) => ({ id: n.id, year: fractionalYear(n.validFrom) }))
    .filter((n): n is { id: string; year: number } => n.year !== null)
    .sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
  const undatedAll = nodes.filter((n) => fractionalYear(n.validFrom) === null);
  // An undated focus (a body, a place) gets a row of its own, mid-band: its many edges then fan
  // out instead of running along a row through its neighbours.
  const undatedFocus = undatedAll.find((n) => n.id === focusId);
  const undated = undatedAll.filter((n) => n !== undatedFocus);

  let axis: TimelineAxis | null = null;
  let width = sizes.undatedColumn * 6;
  if (dated.length > 0) {
    const startYear = Math.floor(dated[0]!.year);
    const endYear = Math.max(Math.floor(dated[dated.length - 1]!.year) + 1, startYear + 1);
    const pxPerYear = Math.min(
      sizes.maxPxPerYear,
      Math.max(sizes.minPxPerYear, sizes.targetWidth / (endYear - startYear)),
    );
    // Each node takes the lowest lane where its label clears the previous one's.
    const laneEnds: number[] = [];
    for (const n of dated) {
      const x = (n.year - startYear) * pxPerYear;
      let lane = laneEnds.findIndex((end) => end <= x - sizes.labelWidth / 2);
      if (lane < 0) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = x + sizes.labelWidth / 2;
      positions.set(n.id, { x, y: -sizes.firstLaneOffset - lane * sizes.laneHeight });
    }
    width = (endYear - startYear) * pxPerYear;
    axis = {
      startYear,
      endYear,
      x0: 0,
      pxPerYear,
      axisY: 0,
      undatedY: undatedAll.length > 0 ? sizes.undatedOffset : null,
      rows: [],
    };
  }

  let top = axis ? sizes.undatedOffset : 0;
  if (undatedFocus) {
    positions.set(undatedFocus.id, { x: width / 2, y: top });
    top += sizes.undatedRow;
  }
  // One row (or more) per kind, so that the band reads as "the institutions", "the places"...;
  // rows are centred under the axis and every other one shifted half a column, so that an edge
  // to a lower row does not run through a node, and no node sits right under the focus's label.
  const columns = Math.max(1, Math.floor(width / sizes.undatedColumn) + 1);
  const rank = (kind: string | undefined): number => {
    const i = kind === undefined ? -1 : kindOrder.indexOf(kind);
    return i < 0 ? kindOrder.length : i;
  };
  const byKind = new Map<string, TimelineInput[]>();
  for (const n of [...undated].sort(
    (a, b) => rank(a.kind) - rank(b.kind) || (a.kind ?? '').localeCompare(b.kind ?? ''),
  )) {
    const kind = n.kind ?? '';
    byKind.set(kind, [...(byKind.get(kind) ?? []), n]);
  }
  const rows: TimelineAxis['rows'] = [];
  let row = 0;
  for (const [kind, members] of byKind) {
    rows.push({ kind, y: top + row * sizes.undatedRow });
    members.forEach((n, i) => {
      const r = row + Math.floor(i / columns);
      const shifted = r % 2 === (columns % 2 === 1 && undatedFocus ? 0 : 1);
      const x =
        width / 2 +
        ((i % columns) - (columns - 1) / 2) * sizes.undatedColumn +
        (shifted ? sizes.undatedColumn / 2 : 0);
      positions.set(n.id, { x, y: top + r * sizes.undatedRow });
    });
    row += Math.ceil(members.length / columns);
  }
  if (axis) axis.rows = rows.filter((r) => r.kind !== '');
  return { positions, axis };
}

/** Years between labelled ticks, so that labels stay at least `minGapPx` apart on screen. */
export function tickStep(pxPerYearOnScreen: number, minGapPx = 44): number {
  for (const step of [1, 2, 5, 10, 20, 50, 100]) if (step * pxPerYearOnScreen >= minGapPx) return step;
  return 100;
}
