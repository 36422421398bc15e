import type { NodeRecord, RelationKind, RelationRecord } from '@cadre/model';
import type { GraphStore } from '@cadre/store';

/** The relations that make a node national: where it applies, sits, happened or reaches. */
const NATIONAL_KINDS: RelationKind[] = ['APPLIES_IN', 'BASED_IN', 'HELD_IN', 'COVERS'];
/** Country → region → city → district: as deep as the vocabulary's places go. */
const PLACE_DEPTH = 3;

/**
 * The records the model's `implementationMap` needs, and no more, fetched through the GraphStore
 * interface so that both stores give the same answer: the jurisdiction's places, the treaty's
 * relations and articles, every relation of those articles, and for each node they reach, what
 * makes it national (its APPLIES_IN/BASED_IN/HELD_IN/COVERS, or its PART_OF parent's). Five
 * batched reads whatever the number of articles; nothing is filtered by date here, the model does
 * it on the whole set so that `asOf` means the same as everywhere else.
 */
export async function fetchImplementationRecords(
  store: GraphStore,
  treaty: NodeRecord,
  jurisdiction: NodeRecord,
): Promise<{ nodes: NodeRecord[]; relations: RelationRecord[] }> {
  const [places, treatyRelations] = await Promise.all([
    store.neighborhood(jurisdiction.id, {
      depth: PLACE_DEPTH,
      kinds: ['PLACE'],
      relationKinds: ['LOCATED_IN'],
      limit: 2000,
    }),
    store.relationsOf(treaty.id, { direction: 'BOTH' }),
  ]);
  const articleIds = treatyRelations
    .filter((r) => r.kind === 'PART_OF' && r.to === treaty.id)
    .map((r) => r.from);
  const articleRelations = await store.relationsOfMany(articleIds, { direction: 'BOTH' });
  const known = new Set([treaty.id, jurisdiction.id, ...articleIds]);
  const reached = unique(
    [...treatyRelations, ...articleRelations].flatMap((r) => [r.from, r.to]).filter((id) => !known.has(id)),
  );
  const reachedRelations = await store.relationsOfMany(reached, {
    direction: 'OUT',
    kinds: [...NATIONAL_KINDS, 'PART_OF'],
  });
  const parents = unique(reachedRelations.filter((r) => r.kind === 'PART_OF').map((r) => r.to));
  const parentRelations = await store.relationsOfMany(parents, { direction: 'OUT', kinds: NATIONAL_KINDS });
  const relations = uniqueById([
    ...(places?.relations ?? []),
    ...treatyRelations,
    ...articleRelations,
    ...reachedRelations,
    ...parentRelations,
  ]);
  const ids = unique([treaty.id, jurisdiction.id, ...relations.flatMap((r) => [r.from, r.to])]);
  return { nodes: await store.getNodes(ids), relations };
}

const unique = (ids: string[]): string[] => [...new Set(ids)];

function uniqueById(relations: RelationRecord[]): RelationRecord[] {
  return [...new Map(relations.map((r) => [r.id, r])).values()];
}
