import type { QueryClient } from '@tanstack/react-query';
import { graphqlQuery } from '../../lib/graphql/graphql-query';
import type { GraphContent } from '../../domain/graph-content/graph-content';
import type { Lang } from '../../lib/i18n/langs';
import type { Vocabulary } from '../../domain/vocabulary/create-vocabulary';
import { toExportGraph, type ExportMetadata, type NodePeriods } from './export-graph';
import { ExportNodePeriodsQuery } from './export-queries';
import { nodesCsv, relationsCsv } from './to-csv';
import { toGraphML } from './to-graphml';
import { toViewJson } from './to-json';
import { fetchEvidence } from '../../domain/evidence/fetch-evidence';

/** The API answers at most 200 ids per `nodes` call. */
const IDS_PER_CALL = 200;

async function fetchPeriods(client: QueryClient, ids: readonly string[]): Promise<NodePeriods> {
  const periods = new Map<string, { validFrom: string | null; validTo: string | null }>();
  for (let i = 0; i < ids.length; i += IDS_PER_CALL) {
    const data = await client.fetchQuery(
      graphqlQuery(ExportNodePeriodsQuery, { ids: ids.slice(i, i + IDS_PER_CALL) }),
    );
    for (const n of data.nodes)
      periods.set(n.id, { validFrom: n.validFrom ?? null, validTo: n.validTo ?? null });
  }
  return periods;
}

export interface DataExportOptions {
  client: QueryClient;
  vocabulary: Vocabulary;
  lang: Lang;
  meta: ExportMetadata;
}

/**
 * GraphML, CSV or JSON of what is in view. Loaded on demand (with papaparse) from the export menu, so
 * the explorer's first load does not carry it.
 */
export async function buildDataExport(
  format: 'graphml' | 'nodes-csv' | 'relations-csv' | 'json',
  visible: GraphContent,
  options: DataExportOptions,
): Promise<Blob> {
  const periods =
    format === 'relations-csv' ? new Map() : await fetchPeriods(options.client, [...visible.nodes.keys()]);
  // The CSV and JSON carry each node's and relation's evidence.
  const evidence = format === 'graphml' ? undefined : await fetchEvidence(options.client, visible);
  const graph = toExportGraph(visible, { ...options, periods, evidence });
  if (format === 'graphml')
    return new Blob([toGraphML(graph)], { type: 'application/graphml+xml;charset=utf-8' });
  if (format === 'json') return new Blob([toViewJson(graph)], { type: 'application/json;charset=utf-8' });
  return new Blob([format === 'nodes-csv' ? nodesCsv(graph) : relationsCsv(graph)], {
    type: 'text/csv;charset=utf-8',
  });
}
