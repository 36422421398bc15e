import type { QueryClient } from '@tanstack/react-query';
import type { EvidenceCitationFragment } from '../../gql/graphql';
import { graphqlQuery } from '../../lib/graphql/graphql-query';
import type { GraphContent } from '../graph-content/graph-content';
import { ViewEvidenceQuery } from './evidence-query';

export type EvidenceCitation = EvidenceCitationFragment;

/** What backs each node and relation of a view. */
export interface ViewEvidence {
  nodes: ReadonlyMap<string, readonly EvidenceCitation[]>;
  relations: ReadonlyMap<string, { note: string | null; citations: readonly EvidenceCitation[] }>;
}

/**
 * Nodes per request. Each node brings all its outgoing relations with their citations, which the
 * API's cost model prices at about 10k (100 relations of up to 10 citations); two nodes a request
 * keep each one well under the expensive lane (30k), so an export never waits behind costly work.
 * The requests run side by side.
 */
const IDS_PER_CALL = 2;

/** The citations of everything in `content`, through the query client (so asked once per view). */
export async function fetchEvidence(client: QueryClient, content: GraphContent): Promise<ViewEvidence> {
  const ids = [...content.nodes.keys()];
  const nodes = new Map<string, readonly EvidenceCitation[]>();
  const relations = new Map<string, { note: string | null; citations: readonly EvidenceCitation[] }>();
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_CALL) chunks.push(ids.slice(i, i + IDS_PER_CALL));
  const answers = await Promise.all(
    chunks.map((chunk) => client.fetchQuery(graphqlQuery(ViewEvidenceQuery, { ids: chunk }))),
  );
  for (const data of answers) {
    for (const n of data.nodes) {
      nodes.set(n.id, n.sources);
      for (const r of n.relations)
        if (content.relations.has(r.id)) relations.set(r.id, { note: r.note ?? null, citations: r.sources });
    }
  }
  return { nodes, relations };
}

/**
 * A citation on one line, for a spreadsheet cell or a printed list: the source (publisher, date,
 * address), then the quote, and the reliability of a reference fact.
 */
export function citationLine(
  c: EvidenceCitation,
  words: { reliability(level: 'HIGH' | 'MEDIUM'): string },
): string {
  const where = [c.source.title, c.source.publisher, c.source.publishedOn].filter(Boolean).join(', ');
  const address = c.source.url ? ` <${c.source.url}>` : '';
  const level = c.confidence ? ` [${words.reliability(c.confidence)}]` : '';
  return `${where}${address}: “${c.quote}”${level}`;
}
