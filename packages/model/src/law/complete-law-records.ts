import type { NodeRecord, RelationRecord, SeedGraph } from '../records';
import { nameProvision } from '../sentences/name-provision';
import { legacyInstrumentDates, nodeTimes, relationTimes, withComputedEntryIntoForce } from './derive-times';

/** The instrument each provision is PART_OF (the first one, if a bad seed gives several). */
export function provisionParents(
  nodes: readonly NodeRecord[],
  relations: readonly RelationRecord[],
): Map<string, string> {
  const kinds = new Map(nodes.map((n) => [n.id, n.kind]));
  const parents = new Map<string, string>();
  for (const r of relations) {
    if (r.kind === 'PART_OF' && kinds.get(r.from) === 'PROVISION' && !parents.has(r.from))
      parents.set(r.from, r.to);
  }
  return parents;
}

/**
 * Everything the loader derives once the seeds are read: provisions' names and grammar from their
 * instrument, nodes' and relations' time (see derive-times.ts), each participation's computed entry
 * into force, and the legacy instrument dates. Pure and tolerant of a graph with errors (missing
 * ends are left as they are), so validation can report on the completed records.
 */
export function completeLawRecords(graph: SeedGraph): SeedGraph {
  const parents = provisionParents(graph.nodes, graph.relations);
  const seeded = new Map(graph.nodes.map((n) => [n.id, n]));
  const named = graph.nodes.map((n) => {
    const parent = n.kind === 'PROVISION' ? seeded.get(parents.get(n.id) ?? '') : undefined;
    return parent ? { ...n, ...nameProvision(n, parent) } : n;
  });
  const timed = named.map((n) =>
    n.kind === 'INSTRUMENT'
      ? { ...n, ...nodeTimes(n), ...legacyInstrumentDates(n) }
      : { ...n, ...nodeTimes(n) },
  );
  const byId = new Map(timed.map((n) => [n.id, n]));
  const nodes = timed.map((n) => {
    if (n.kind !== 'PROVISION') return n;
    const parent = byId.get(parents.get(n.id) ?? '');
    if (!parent) return { ...n, timeBasis: 'UNDATED' as const };
    return {
      ...n,
      ...(parent.validFrom ? { validFrom: parent.validFrom } : {}),
      ...(parent.validTo ? { validTo: parent.validTo } : {}),
      timeBasis: parent.timeBasis === 'UNDATED' ? ('UNDATED' as const) : ('PARENT' as const),
    };
  });
  const final = new Map(nodes.map((n) => [n.id, n]));
  const relations = graph.relations.map((r) => {
    const from = final.get(r.from);
    const to = final.get(r.to);
    if (!from || !to) return r;
    const participation = r.participation ? withComputedEntryIntoForce(r.participation, to) : undefined;
    const withParticipation = participation ? { ...r, participation } : r;
    return { ...withParticipation, ...relationTimes(withParticipation, from, to) };
  });
  return { ...graph, nodes, relations };
}
