import { NODE_KIND_NAMES, nodeTypesOf } from '../vocabulary';
import type { NodeRecord, RelationRecord, SeedGraph } from '../records';
import { seededRandom } from '../seeded-random';

/**
 * A graph of the size Cadre is designed for (100k nodes, 1M relations by default), with a
 * skewed degree distribution (a few hubs, like UNODC or a country) and dated nodes.
 */
export function syntheticGraph(nodeCount: number, relationCount: number): SeedGraph {
  const rnd = seededRandom(42);
  const nodes: NodeRecord[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const kind = NODE_KIND_NAMES[i % NODE_KIND_NAMES.length]!;
    const year = 1980 + (i % 45);
    nodes.push({
      id: `bench-${i}`,
      kind,
      type: nodeTypesOf(kind)[0]!,
      name: { en: `Bench ${kind.toLowerCase()} ${i} law decree`, fr: `Élément ${i} décret` },
      aliases: [],
      citations: [{ sourceId: 'bench-source', quote: `quote ${i}` }],
      ...(i % 3 === 0 ? {} : { validFrom: `${year}-0${1 + (i % 9)}` }),
    });
  }
  const relations: RelationRecord[] = [];
  const kinds = ['ADDRESSES', 'APPLIES_IN', 'FUNDED', 'PART_OF', 'SUPPORTS'] as const;
  for (let i = 0; i < relationCount; i++) {
    // Squaring a uniform number favours low indexes: those nodes become hubs.
    const from = Math.floor(rnd() * nodeCount);
    let to = Math.floor(rnd() ** 2 * nodeCount);
    if (to === from) to = (to + 1) % nodeCount;
    relations.push({
      id: `bench-r${i}`,
      kind: kinds[i % kinds.length]!,
      from: `bench-${from}`,
      to: `bench-${to}`,
      inferred: false,
      citations: [{ sourceId: 'bench-source', quote: `relation ${i}` }],
      ...(i % 4 === 0 ? { validFrom: `${1990 + (i % 30)}` } : {}),
    });
  }
  return {
    sources: [{ id: 'bench-source', type: 'REFERENCE', title: 'Synthetic benchmark data' }],
    nodes,
    relations,
  };
}
