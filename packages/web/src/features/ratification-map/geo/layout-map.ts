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
 * Names that do not fit inside their state go here (longitude, latitude), in the sea or beside
 * it, with a leader line: the Gambia, Guinea-Bissau, Sierra Leone, Togo, Benin, the islands of
 * Cabo Verde; Senegal's name goes north of the Gambia.
 */
const LABEL_AT: Readonly<Record<string, [number, number]>> = {
  '270': [-19.6, 13.3],
  '624': [-19.4, 11.2],
  '694': [-15.2, 7.4],
  '768': [0.2, 4.6],
  '204': [3.1, 5.1],
  '132': [-23.9, 14.2],
  '686': [-14.6, 15.1],
};
/** Names that stay inside, at a point better than the centroid (Mauritania's desert, Chad's north). */
const LABEL_INSIDE: Readonly<Record<string, [number, number]>> = { '148': [18.6, 15.4] };

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
  const path = geoPath(projection);
  const point = (lonLat: [number, number]): [number, number] => {
    const [x, y] = projection(lonLat) ?? [0, 0];
    return [round(x), round(y)];
  };

  const laid = new Map<string, StateLayout>();
  for (const s of states) {
    const centroid = path.centroid(s.feature);
    const centre: [number, number] = [round(centroid[0]), round(centroid[1])];
    const apart = LABEL_AT[s.numeric];
    const inside = LABEL_INSIDE[s.numeric];
    laid.set(s.numeric, {
      numeric: s.numeric,
      d: path(s.feature) ?? '',
      label: apart ? point(apart) : inside ? point(inside) : centre,
      ...(apart && s.numeric !== '686' ? { leader: [point(apart), centre] } : {}),
    });
  }
  const neighbours = shapes
    .filter((s) => !jurisdictions.has(s.numeric))
    .map((s) => ({ numeric: s.numeric, d: path(s.feature) ?? '' }))
    .filter((n) => n.d !== '');
  return { width, height, states: laid, neighbours };
}

const round = (n: number): number => Math.round(n * 10) / 10;
