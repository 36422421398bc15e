import type { Vocabulary } from '../../domain/vocabulary/create-vocabulary';
import type { Lang } from '../../lib/i18n/langs';
import type { GraphContent, GraphNode } from '../../domain/graph-content/graph-content';
import { graphLabel, nodeName } from '../../domain/graph-content/node-names';

/** Plain element definitions (no Cytoscape import here, so this is testable anywhere). */
export interface GraphElement {
  group: 'nodes' | 'edges';
  data: {
    id: string;
    label: string;
    kind: string;
    name?: string;
    source?: string;
    target?: string;
    validFrom?: string;
  };
  classes: string;
}

export interface ElementOptions {
  focus: string | null;
  expanded: readonly string[];
  lang: Lang;
  vocabulary: Vocabulary;
  /** Elements on the paths being shown: marked, and everything else dimmed. Empty: no highlight. */
  highlighted?: ReadonlySet<string>;
}

/**
 * How a node stands on the view's date: an instrument adopted but not yet in force (drawn with a
 * dashed border, never as in force), and anything undated (a dotted border: no date in the
 * sources, shown on every date).
 */
function lawClasses(n: GraphNode): string[] {
  return [
    'inForce' in n && n.inForce?.status === 'ADOPTED_NOT_IN_FORCE' ? 'not-in-force' : '',
    n.undated ? 'undated' : '',
  ];
}

export function toCytoscapeElements(
  content: GraphContent,
  { focus, expanded, lang, vocabulary, highlighted }: ElementOptions,
): GraphElement[] {
  const expandedSet = new Set(expanded);
  const highlight = (id: string): string =>
    !highlighted || highlighted.size === 0 ? '' : highlighted.has(id) ? 'on-path' : 'dimmed';
  const elements: GraphElement[] = [];
  for (const n of content.nodes.values()) {
    const classes = [
      n.id === focus ? 'focus' : '',
      expandedSet.has(n.id) ? 'expanded' : '',
      highlight(n.id),
      ...lawClasses(n),
    ]
      .filter(Boolean)
      .join(' ');
    const data: GraphElement['data'] = {
      id: n.id,
      label: graphLabel(n, lang),
      name: nodeName(n, lang),
      kind: n.kind,
    };
    if (n.validFrom) data.validFrom = n.validFrom;
    elements.push({ group: 'nodes', data, classes });
  }
  for (const r of content.relations.values()) {
    elements.push({
      group: 'edges',
      data: {
        id: r.id,
        source: r.from,
        target: r.to,
        kind: r.kind,
        label: vocabulary.relationLabel(r.kind, lang),
      },
      classes: [r.inferred ? 'inferred' : '', highlight(r.id)].filter(Boolean).join(' '),
    });
  }
  return elements;
}
