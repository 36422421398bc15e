import type { GraphContent } from '../../domain/graph-content/graph-content';
import { graphLabel, nodeName } from '../../domain/graph-content/node-names';
import type { NodeKind, RelationKind } from '../../gql/graphql';
import type { Lang } from '../../lib/i18n/langs';
import type { Vocabulary } from '../../domain/vocabulary/create-vocabulary';

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
}

/** The visible content (after filters and removals) in the shape the data exports write. */
export function toExportGraph(
  visible: GraphContent,
  { vocabulary, lang, periods, meta }: ExportGraphOptions,
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
  }));
  return { nodes, relations, meta };
}
