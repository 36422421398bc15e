import type { FeatureCollection, Geometry } from 'geojson';
import { geoConicEqualArea, geoPath } from 'd3-geo';
import type { CountryShape } from './west-africa-shapes';

/** A state as drawn: its SVG path, where its name goes and, for a name set apart, a leader line. */
export interface StateLayout {
  numeric: string;
  d: string;
  label: [number, number];
  /** From the name to the state, for the small states whose names sit beside them. */
  leader?: [[number, number], [number, number]];
}

export interface MapLayout {
  width: number;
  height: number;
  states: Map<string, StateLayout>;
  /** Countries around, for orientation: paths cut at the frame. */
  neighbours: Array<{ numeric: string; d: string }>;
}

/**
 * Where a name goes when not at its state's centroid (longitude, latitude). Names that do not fit
 * inside their state sit in the sea or beside it with a leader line: the Gambia, Guinea-Bissau,
 * Sierra Leone, Togo, Benin, the islands of Cabo Verde. Senegal's goes north of the Gambia,
 * Chad's to the middle of its wide southern half, Côte d'Ivoire's and Ghana's apart from each other.
 */
const LABEL_AT: Readonly<Record<string, { at: [number, number]; leader: boolean }>> = {
  '270': { at: [-19.6, 13.3], leader: true },
  '624': { at: [-19.4, 11.2], leader: true },
  '694': { at: [-15.2, 7.4], leader: true },
  '768': { at: [0.2, 4.6], leader: true },
  '204': { at: [3.1, 5.1], leader: true },
  '132': { at: [-23.9, 14.2], leader: true },
  '686': { at: [-14.6, 15.1], leader: false },
  '148': { at: [18.6, 15.4], leader: false },
  '384': { at: [-5.6, 8.2], leader: false },
  '288': { at: [-1.1, 7.0], leader: false },
};

/** Room around the states; more on the left, where Cabo Verde's name sits beside its islands. */
const MARGIN = 12;
const LEFT = 44;

/**
 * The map's geometry, once: Albers equal-area conic (areas compare truly, as a map coloured by
 * category should) with standard parallels 8°N and 20°N across the region, fitted to the
 * jurisdictions; the neighbours are cut at the frame.
 */
export function layoutMap(
  shapes: readonly CountryShape[],
  jurisdictions: ReadonlySet<string>,
  width: number,
): MapLayout {
  const states = shapes.filter((s) => jurisdictions.has(s.numeric));
  const collection: FeatureCollection<Geometry> = {
    type: 'FeatureCollection',
    features: states.map((s) => s.feature),
  };
  const projection = geoConicEqualArea()
    .parallels([8, 20])
    .rotate([0, 0])
    .fitWidth(width - MARGIN - LEFT, collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  const height = Math.ceil(y1 - y0 + 2 * MARGIN);
  const [tx, ty] = projection.translate();
  projection.translate([tx + LEFT, ty - y0 + MARGIN]).clipExtent([
    [0, 0],
    [width, height],
  ]);
  const geo = geoPath(projection);
  // A tenth of an SVG unit is finer than a pixel: shorter paths, a lighter DOM.
  const pathOf = (f: CountryShape['feature']): string =>
    (geo(f) ?? '').replace(/-?\d+\.\d+/g, (n) => String(round(Number(n))));
  const point = (lonLat: [number, number]): [number, number] => {
    const [x, y] = projection(lonLat) ?? [0, 0];
    return [round(x), round(y)];
  };

  const laid = new Map<string, StateLayout>();
  for (const s of states) {
    const centroid = geo.centroid(s.feature);
    const centre: [number, number] = [round(centroid[0]), round(centroid[1])];
    const placed = LABEL_AT[s.numeric];
    const label = placed ? point(placed.at) : centre;
    laid.set(s.numeric, {
      numeric: s.numeric,
      d: pathOf(s.feature),
      label,
      ...(placed?.leader ? { leader: [label, centre] } : {}),
    });
  }
  const neighbours = shapes
    .filter((s) => !jurisdictions.has(s.numeric))
    .map((s) => ({ numeric: s.numeric, d: pathOf(s.feature) }))
    .filter((n) => n.d !== '');
  return { width, height, states: laid, neighbours };
}

const round = (n: number): number => Math.round(n * 10) / 10;
