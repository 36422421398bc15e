import type { CitationRecord } from '../citation-records';
import type { NodeRecord, RelationRecord } from '../records';
import { coverageColumnsOf, type CoverageColumnId } from './coverage-columns';
import { uniqueCitations } from './participation-status';
import { nationalTo, type StandingGraph } from './standing-graph';

export interface CoordinationBody {
  body: NodeRecord;
  basedIn: RelationRecord[];
  /** ESTABLISHES relations from texts (national or not), with the text. */
  establishedBy: Array<{ relation: RelationRecord; instrument: NodeRecord }>;
  /** ADDRESSES relations to a column's concept: what makes it a body against trafficking or smuggling. */
  addresses: Array<{ relation: RelationRecord; concept: NodeRecord; columns: CoverageColumnId[] }>;
  citations: CitationRecord[];
}

/**
 * A state's coordination bodies: institutions based in it (or a place in it) that address a
 * coverage column's concept and are established by a text or typed NATIONAL_BODY. Both conditions
 * come from reading the seeds: "established by a text" alone takes in a judicial training
 * institute, "national body" alone the police; what the committees, agencies and units the issue
 * means share is that they exist to fight trafficking or smuggling, which the graph says with
 * ADDRESSES. Ordered by id.
 */
export function coordinationBodies(graph: StandingGraph, places: ReadonlySet<string>): CoordinationBody[] {
  return nationalTo(graph, places, 'INSTITUTION', 'BASED_IN')
    .map(({ node, relations: basedIn }): CoordinationBody => {
      const establishedBy = graph.relations
        .filter((r) => r.kind === 'ESTABLISHES' && r.to === node.id)
        .map((relation) => ({ relation, instrument: graph.nodes.get(relation.from)! }));
      const addresses = graph.relations
        .filter((r) => r.kind === 'ADDRESSES' && r.from === node.id)
        .map((relation) => {
          const concept = graph.nodes.get(relation.to)!;
          return { relation, concept, columns: coverageColumnsOf(concept) };
        })
        .filter((a) => a.columns.length > 0);
      const cited = [
        ...basedIn,
        ...establishedBy.map((e) => e.relation),
        ...addresses.map((a) => a.relation),
      ];
      return {
        body: node,
        basedIn,
        establishedBy,
        addresses,
        citations: uniqueCitations(cited.flatMap((r) => r.citations)),
      };
    })
    .filter((b) => b.addresses.length > 0 && (b.establishedBy.length > 0 || b.body.type === 'NATIONAL_BODY'))
    .sort((a, b) => a.body.id.localeCompare(b.body.id));
}
