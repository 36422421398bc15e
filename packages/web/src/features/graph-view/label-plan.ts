/**
 * Which labels the graph draws, and how big, at the current zoom. Cytoscape's own
 * `min-zoomed-font-size` cannot promise a size on screen: it compares the font with a zoom rounded
 * up to a power of two (its texture level), so a 17 px label drawn at zoom 0.29 still shows, at
 * 5 px. So the explorer decides itself, from the zoom it knows:
 *
 * - the labels that matter (the focus, the selection and what it touches, the paths shown, the
 *   expanded nodes, the node under the pointer, the best-connected nodes) are always drawn, their
 *   font grown so that they are at least `minScreenPx` on screen;
 * - every other label is drawn only when its own size reaches `minScreenPx` (zoom in to read it).
 *
 * Pure, so it is tested without a browser; use-label-plan.ts applies it to Cytoscape.
 */
export interface LabelPlanSettings {
  /** The smallest label size on screen, in CSS pixels. */
  minScreenPx: number;
  /**
   * Grown labels stop at this model size; then they hide. On screen a grown label is always
   * `minScreenPx`: the cap only spares Cytoscape absurd fonts at a near-zero zoom.
   */
  maxFont: number;
  /** How many of the best-connected nodes count as labels that matter. */
  topDegree: number;
}

/** Normal view: small but readable type; presentation: 18 px, read from the back of a room. */
export const LABEL_PLANS: Readonly<Record<'normal' | 'presenting', LabelPlanSettings>> = {
  normal: { minScreenPx: 11, maxFont: 800, topDegree: 10 },
  presenting: { minScreenPx: 18, maxFont: 800, topDegree: 6 },
};

export interface LabelCandidate {
  id: string;
  /** The font size the stylesheet gives it, in model pixels. */
  baseFont: number;
  /** A label that matters (see above): drawn at any zoom. */
  key: boolean;
}

export interface LabelDecision {
  show: boolean;
  /** The font size to draw with when it differs from `baseFont` (grown); null to keep the stylesheet's. */
  font: number | null;
}

export function planLabel(
  candidate: LabelCandidate,
  zoom: number,
  { minScreenPx, maxFont }: LabelPlanSettings,
): LabelDecision {
  // No tolerance here: "at least" is what the presentation promises, and a stylesheet font a
  // hair under the minimum (18 × 0.99998) is grown by the tenth below rather than let through.
  const onScreen = candidate.baseFont * zoom;
  if (onScreen >= minScreenPx) return { show: true, font: null };
  if (!candidate.key) return { show: false, font: null };
  // Rounded up to a tenth so that font × zoom never falls a hair under the minimum.
  const wanted = Math.ceil((minScreenPx / Math.max(zoom, 1e-6)) * 10) / 10;
  return wanted <= maxFont ? { show: true, font: wanted } : { show: false, font: null };
}

/** The ids of the `count` best-connected nodes (ties by id, so the choice is stable). */
export function topByDegree(
  nodes: ReadonlyArray<{ id: string; degree: number }>,
  count: number,
): Set<string> {
  return new Set(
    [...nodes]
      .sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))
      .slice(0, count)
      .map((n) => n.id),
  );
}

/** A label's box on screen, in CSS pixels, and how much it matters (higher is kept first). */
export interface PlacedLabel {
  id: string;
  priority: number;
  /** Drawn whatever it overlaps (the focus, the selection, the paths). */
  always: boolean;
  /** A label that matters: it may cover other nodes' shapes (in a dense view all would be hidden else), not other labels. */
  key?: boolean;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Room kept between two labels, in CSS pixels. */
const GAP = 2;

type Box = Pick<PlacedLabel, 'x1' | 'y1' | 'x2' | 'y2'>;

const overlaps = (a: Box, b: Box): boolean =>
  a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;

/** Something a label should not cover: a node's shape (its own label aside). */
export interface Obstacle {
  owner: string;
  /** Kept clear of every label but those that must show (the timeline's years); else only of the ordinary labels. */
  hard?: boolean;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The labels to draw so that none covers another: the labels that must show (`always`) first,
 * then the others by priority, each only where it overlaps no label already placed and no other
 * node. In a dense view the rest appear on zoom (their boxes move apart) or on hover.
 */
export function placeLabels(
  labels: readonly PlacedLabel[],
  obstacles: readonly Obstacle[] = [],
): Set<string> {
  const sorted = [...labels].sort(
    (a, b) => Number(b.always) - Number(a.always) || b.priority - a.priority || a.id.localeCompare(b.id),
  );
  const kept: PlacedLabel[] = [];
  for (const label of sorted) {
    const free =
      !kept.some((k) => overlaps(k, label)) &&
      !obstacles.some((o) => (o.hard || !label.key) && o.owner !== label.id && overlaps(o, label));
    if (label.always || free) kept.push(label);
  }
  return new Set(kept.map((k) => k.id));
}

/** Average glyph width of the system sans-serif, as a share of the font size. */
const GLYPH = 0.56;
const LINE = 1.25;

/**
 * A label's size in model pixels, estimated from its text (Cytoscape wraps at `maxWidth` between
 * words): close enough to tell whether two labels would overlap.
 */
export function estimateLabelSize(
  text: string,
  font: number,
  maxWidth: number,
): { width: number; height: number } {
  const full = text.length * font * GLYPH;
  const lines = Math.max(1, Math.ceil(full / Math.max(maxWidth, font)));
  return { width: Math.min(full, maxWidth), height: lines * font * LINE };
}
