import {
  COVERAGE_RELATION_KINDS,
  jurisdictionsOf,
  type NodeRecord,
  type RelationKind,
  type RelationRecord,
} from '@cadre/model';
import type { GraphStore } from '@cadre/store';

/** What makes a text, body, event or programme national: where it applies, sits, happened or reaches. */
const NATIONAL_KINDS: RelationKind[] = ['APPLIES_IN', 'BASED_IN', 'HELD_IN', 'COVERS'];
/** Country → region → city → district: as deep as the vocabulary's places go. */
const PLACE_DEPTH = 3;
/** A page of places; the graph holds a few dozen, so one page, two at most. */
const PLACE_PAGE = 200;

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];
const uniqueById = (relations: readonly RelationRecord[]): RelationRecord[] => [
  ...new Map(relations.map((r) => [r.id, r])).values(),
];

/**
 * The records the model's `compareJurisdictions` needs for several states and treaties at once,
 * through the GraphStore interface so that both stores answer the same, in a number of batched
 * reads that does not grow with the number of states or treaties: the states' and the treaties'
 * relations, the places within the states (one read per level, three at most), the treaties'
 * articles, everything national (texts, bodies, events...) with what they address, define,
 * criminalise or establish and their provisions, then every node reached. About seven reads for
 * four states and three treaties, as for one. Nothing is filtered by date here: the model does it
 * on the whole set, so `asOf` means the same as everywhere else.
 */
export async function fetchComparisonRecords(
  store: GraphStore,
  stateIds: readonly string[],
  treatyIds: readonly string[],
): Promise<{ nodes: NodeRecord[]; relations: RelationRecord[] }> {
  const [stateRelations, treatyRelations] = await Promise.all([
    store.relationsOfMany(stateIds, {
      direction: 'BOTH',
      kinds: ['PARTY_TO', 'SIGNED', 'LOCATED_IN', ...NATIONAL_KINDS],
    }),
    store.relationsOfMany(treatyIds, { direction: 'BOTH' }),
  ]);
  const articleIds = unique(
    treatyRelations.filter((r) => r.kind === 'PART_OF' && treatyIds.includes(r.to)).map((r) => r.from),
  );
  const articleRead = store.relationsOfMany(articleIds, { direction: 'BOTH' });

  // The places within the states, level by level, with what is national to each.
  const places = new Set(stateIds);
  const placeRelations: RelationRecord[] = [];
  let level = stateRelations;
  for (let depth = 0; depth < PLACE_DEPTH; depth++) {
    const inner = unique(
      level
        .filter((r) => r.kind === 'LOCATED_IN' && places.has(r.to) && !places.has(r.from))
        .map((r) => r.from),
    );
    if (inner.length === 0) break;
    inner.forEach((id) => places.add(id));
    level = await store.relationsOfMany(inner, { direction: 'IN', kinds: ['LOCATED_IN', ...NATIONAL_KINDS] });
    placeRelations.push(...level);
  }
  const national = unique(
    [...stateRelations, ...placeRelations]
      .filter((r) => NATIONAL_KINDS.includes(r.kind) && places.has(r.to))
      .map((r) => r.from),
  );
  const [articleRelations, nationalRelations] = await Promise.all([
    articleRead,
    store.relationsOfMany(national, {
      direction: 'BOTH',
      kinds: ['PART_OF', 'ESTABLISHES', ...COVERAGE_RELATION_KINDS],
    }),
  ]);
  const nationalSet = new Set(national);
  const parts = unique(
    nationalRelations.filter((r) => r.kind === 'PART_OF' && nationalSet.has(r.to)).map((r) => r.from),
  );
  const partRelations = await store.relationsOfMany(parts, {
    direction: 'OUT',
    kinds: ['GIVES_EFFECT_TO', ...COVERAGE_RELATION_KINDS],
  });
  const relations = uniqueById([
    ...stateRelations,
    ...treatyRelations,
    ...placeRelations,
    ...articleRelations,
    ...nationalRelations,
    ...partRelations,
  ]);
  const ids = unique([...stateIds, ...treatyIds, ...relations.flatMap((r) => [r.from, r.to])]);
  return { nodes: await store.getNodes(ids), relations };
}

/**
 * Every jurisdiction (see the model's `jurisdictionsOf`) with its PARTY_TO, SIGNED and APPLIES_IN
 * relations: the places page by page (a few dozen: one page), then one batched read of their
 * relations. Two reads for the ratification map's 17 states.
 */
export async function fetchJurisdictions(
  store: GraphStore,
): Promise<{ jurisdictions: NodeRecord[]; relations: RelationRecord[] }> {
  const places: NodeRecord[] = [];
  for (let after: string | undefined, more = true; more;) {
    const page = await store.listNodes({ kinds: ['PLACE'], first: PLACE_PAGE, ...(after ? { after } : {}) });
    places.push(...page.nodes);
    after = page.cursors.at(-1);
    more = page.hasNextPage && after !== undefined;
  }
  const countries = places.filter((p) => p.type === 'COUNTRY');
  const relations = await store.relationsOfMany(
    countries.map((c) => c.id),
    { direction: 'BOTH', kinds: ['PARTY_TO', 'SIGNED', 'APPLIES_IN'] },
  );
  return { jurisdictions: jurisdictionsOf(countries, relations), relations };
}
