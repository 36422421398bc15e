import {
  relationSentence as modelRelationSentence,
  type NodeRecord,
  type RelationRecord,
} from '@cadre/model';
import type { Lang } from '../generated/resolvers-types';

export function nodeName(node: NodeRecord, lang: Lang): string {
  return lang === 'FR' ? (node.name.fr ?? node.name.en) : node.name.en;
}

/** The short name where the seeds give one (French, then English, then the full name). */
export function shortNodeName(node: NodeRecord, lang: Lang): string {
  const short = lang === 'FR' ? (node.shortName?.fr ?? node.shortName?.en) : node.shortName?.en;
  return short ?? nodeName(node, lang);
}

/**
 * "Decree 2011-036 establishes the National Coordination Committee." in either language, built by the
 * model from the nodes' seeded grammar ("au Mali", "du Protocole"), inferred relations marked.
 */
export function relationSentence(
  relation: RelationRecord,
  from: NodeRecord,
  to: NodeRecord,
  lang: Lang,
): string {
  return modelRelationSentence(relation, from, to, lang === 'FR' ? 'fr' : 'en');
}

/**
 * A path read aloud: one sentence per relation, each in the relation's own direction (a path may
 * walk a relation backwards, but "Mali is a party to the Protocol" reads right either way).
 */
export function explainPath(nodes: NodeRecord[], relations: RelationRecord[], lang: Lang): string {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return relations
    .map((r) => {
      const from = byId.get(r.from);
      const to = byId.get(r.to);
      return from && to ? relationSentence(r, from, to, lang) : '';
    })
    .filter(Boolean)
    .join(' ');
}
