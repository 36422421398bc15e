import { nodeName } from '../../domain/graph-content/node-names';
import type { NodeKind } from '../../gql/graphql';
import { useLang } from '../../lib/i18n/use-lang';
import { useVocabulary } from '../../domain/vocabulary/vocabulary-context';
import { citeNode, type CitableNode } from './cite-text';
import { formatCitation, nodeRecord } from './cite-styles';
import { CiteThis } from './CiteThis';

export interface NodeCitationProps {
  node: CitableNode & { kind: NodeKind; type: string };
  /** The view's date, kept in the citation's link. */
  asOf: string | null;
}

/** "Cite this" for the node in the details panel, in the interface's language. */
export function NodeCitation({ node, asOf }: NodeCitationProps) {
  const lang = useLang();
  const vocabulary = useVocabulary();
  const description = `${vocabulary.nodeKindLabel(node.kind, lang)} · ${vocabulary.typeLabel(node.kind, node.type, lang)}`;
  return (
    <CiteThis
      key={`${node.id}-${lang}`}
      itemName={nodeName(node, lang)}
      getText={(style) =>
        style === 'plain'
          ? citeNode(node, lang, { description, asOf })
          : formatCitation(nodeRecord(node, lang, { description, asOf }), style)
      }
    />
  );
}
