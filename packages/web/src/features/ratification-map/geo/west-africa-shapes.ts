import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-50m.json';
import { MAP_SHAPE_IDS } from './west-africa-iso';
import { subsetTopology, type CountriesTopology } from './subset-topology';

/** A country's outline: its ISO numeric code and its Natural Earth (1:50m) shape. */
export interface CountryShape {
  numeric: string;
  feature: Feature<Geometry>;
}

/**
 * The shapes the map draws, from Natural Earth's countries at 1:50m (public domain) as world-atlas
 * ships them. The build keeps only these countries of the file (vite.config.ts), and this module
 * is loaded with the map only (a lazy chunk), so the explorer's first load carries none of it.
 */
export const WEST_AFRICA_SHAPES: readonly CountryShape[] = (() => {
  const topology = subsetTopology(world as unknown as CountriesTopology, MAP_SHAPE_IDS);
  const collection = feature(topology, topology.objects.countries);
  const features = 'features' in collection ? collection.features : [collection];
  return features.map((f) => ({ numeric: String(f.id), feature: f }));
})();
