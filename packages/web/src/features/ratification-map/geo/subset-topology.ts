import type { GeometryObject, Topology } from 'topojson-specification';

/** A world-atlas topology: one object, `countries`, a collection of countries with numeric ids. */
export type CountriesTopology = Topology<{ countries: GeometryObject }>;

/** Arc references inside a geometry's `arcs`, however deeply nested; ~i means arc i reversed. */
type ArcRefs = number | ArcRefs[];

const mapArcs = (refs: ArcRefs, f: (ref: number) => number): ArcRefs =>
  Array.isArray(refs) ? refs.map((r) => mapArcs(r, f)) : f(refs);

const arcIndex = (ref: number): number => (ref < 0 ? ~ref : ref);

/**
 * The countries of `topology` whose id is in `ids`, with only the arcs they use (renumbered),
 * so a few dozen countries cost a few dozen countries' bytes, not the world's. Pure and
 * idempotent: the build runs it on world-atlas's file (vite.config.ts) and the explorer runs it
 * again on what it imports, so the tests, which import the whole file, see the same shapes.
 */
export function subsetTopology(topology: CountriesTopology, ids: readonly string[]): CountriesTopology {
  const wanted = new Set(ids);
  const collection = topology.objects.countries;
  const geometries =
    collection.type === 'GeometryCollection'
      ? collection.geometries.filter((g) => g.id !== undefined && wanted.has(String(g.id)))
      : [];
  const used = new Map<number, number>();
  const note = (ref: number): number => {
    const index = arcIndex(ref);
    if (!used.has(index)) used.set(index, used.size);
    return ref;
  };
  for (const g of geometries) if ('arcs' in g) mapArcs(g.arcs as ArcRefs, note);
  const renumber = (ref: number): number => {
    const index = used.get(arcIndex(ref))!;
    return ref < 0 ? ~index : index;
  };
  const arcs = [...used.keys()].map((old) => topology.arcs[old]!);
  return {
    type: 'Topology',
    ...(topology.transform ? { transform: topology.transform } : {}),
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: geometries.map((g) =>
          'arcs' in g ? ({ ...g, arcs: mapArcs(g.arcs as ArcRefs, renumber) } as GeometryObject) : g,
        ),
      },
    },
    arcs,
  };
}
