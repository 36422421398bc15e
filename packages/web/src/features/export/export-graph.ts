import type { GraphContent } from '../../domain/graph-content/graph-content';
import { graphLabel, nodeName } from '../../domain/graph-content/node-names';
import type { NodeKind, RelationKind } from '../../gql/graphql';
import type { Lang } from '../../lib/i18n/langs';
import type { Vocabulary } from '../../domain/vocabulary/create-vocabulary';
import type { EvidenceCitation, ViewEvidence } from '../../domain/evidence/fetch-evidence';

/** A citation as the data exports write it: the source with its publisher, date and address, the quote, the reliability. */
export interface ExportCitation {
  sourceId: string;
  sourceTitle: string;
  sourceType: 'ARTICLE' | 'REFERENCE';
  publisher: string | null;
  publishedOn: string | null;
  url: string | null;
  quote: string;
  /** True when the quote is copied verbatim from a seed article; false for a restated reference fact. */
  verbatim: boolean;
  /** For reference facts: how sure the reference table is ("reliability" in the interface). */
  confidence: 'HIGH' | 'MEDIUM' | null;
}

const toExportCitation = (c: EvidenceCitation): ExportCitation => ({
  sourceId: c.source.id,
  sourceTitle: c.source.title,
  sourceType: c.source.type,
  publisher: c.source.publisher ?? null,
  publishedOn: c.source.publishedOn ?? null,
  url: c.source.url ?? null,
  quote: c.quote,
  verbatim: c.verbatim,
  confidence: c.confidence ?? null,
});

/** A node as the data exports (GraphML, CSV) write it: both names, labels and its period. */
export interface ExportNode {
  id: string;
  kind: NodeKind;
  kindLabel: string;
  type: string;
  typeLabel: string;
  nameEn: string;
  nameFr: string | null;
  /** The short label drawn under the node. */
  label: string;
  validFrom: string | null;
  validTo: string | null;
  focus: boolean;
  expanded: boolean;
  /** Its evidence; empty when the export was made without it (GraphML). */
  citations: ExportCitation[];
}

export interface ExportRelation {
  id: string;
  kind: RelationKind;
  labelEn: string;
  labelFr: string;
  from: string;
  to: string;
  fromName: string;
  toName: string;
  inferred: boolean;
  /** The analyst's note of an inferred relation (why it is read so). */
  note: string | null;
  citations: ExportCitation[];
}

/** Where the exported view comes from: enough to find it again and to reload it. */
export interface ExportMetadata {
  /** "Cadre — <focus name>" */
  title: string;
  focus: string;
  expanded: string[];
  removed: string[];
  hiddenNodeKinds: string[];
  hiddenRelationKinds: string[];
  lang: Lang;
  asOf: string | null;
  /** The explorer's link to this very view. */
  link: string;
  /** ISO timestamp. */
  exportedAt: string;
}

export interface ExportGraph {
  nodes: ExportNode[];
  relations: ExportRelation[];
  meta: ExportMetadata;
}

/** Node periods are not part of the neighbourhood query; the export asks for them (see export-data.ts). */
export type NodePeriods = ReadonlyMap<string, { validFrom: string | null; validTo: string | null }>;

export interface ExportGraphOptions {
  vocabulary: Vocabulary;
  lang: Lang;
  periods: NodePeriods;
  meta: ExportMetadata;
  /** The citations of the nodes and relations, when the format carries them. */
  evidence?: ViewEvidence;
}

/** The visible content (after filters and removals) in the shape the data exports write. */
export function toExportGraph(
  visible: GraphContent,
  { vocabulary, lang, periods, meta, evidence }: ExportGraphOptions,
): ExportGraph {
  const expanded = new Set(meta.expanded);
  const nodes = [...visible.nodes.values()].map((n): ExportNode => ({
    id: n.id,
    kind: n.kind,
    kindLabel: vocabulary.nodeKindLabel(n.kind, lang),
    type: n.type,
    typeLabel: vocabulary.typeLabel(n.kind, n.type, lang),
    nameEn: n.nameEn,
    nameFr: n.nameFr ?? null,
    label: graphLabel(n, lang),
    validFrom: periods.get(n.id)?.validFrom ?? null,
    validTo: periods.get(n.id)?.validTo ?? null,
    focus: n.id === meta.focus,
    expanded: expanded.has(n.id),
    citations: (evidence?.nodes.get(n.id) ?? []).map(toExportCitation),
  }));
  const name = (id: string): string => {
    const node = visible.nodes.get(id);
    return node ? nodeName(node, lang) : id;
  };
  const relations = [...visible.relations.values()].map((r): ExportRelation => ({
    id: r.id,
    kind: r.kind,
    labelEn: vocabulary.relationLabel(r.kind, 'en'),
    labelFr: vocabulary.relationLabel(r.kind, 'fr'),
    from: r.from,
    to: r.to,
    fromName: name(r.from),
    toName: name(r.to),
    inferred: r.inferred,
    note: evidence?.relations.get(r.id)?.note ?? null,
    citations: (evidence?.relations.get(r.id)?.citations ?? []).map(toExportCitation),
  }));
  return { nodes, relations, meta };
}
