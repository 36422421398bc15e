import MiniSearch from 'minisearch';
import type { NodeRecord } from '@cadre/model';
import { foldText, tokenize } from '../search-text';

interface IndexedNode {
  id: string;
  key: string;
  nameEn: string;
  nameFr: string;
  aliases: string;
  number: string;
}

/**
 * MiniSearch (a kept, dependency-free full-text index) gives prefix search over 100k nodes without
 * scanning them all; it folds accents and case through our tokenizer so "decret" finds "Décret".
 */
export function buildSearchIndex(nodes: Iterable<NodeRecord>): MiniSearch<IndexedNode> {
  const index = new MiniSearch<IndexedNode>({
    idField: 'key',
    fields: ['id', 'nameEn', 'nameFr', 'aliases', 'number'],
    storeFields: ['id'],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => foldText(term),
  });
  const docs: IndexedNode[] = [];
  for (const n of nodes) {
    docs.push({
      key: n.id,
      id: n.id,
      nameEn: n.name.en,
      nameFr: n.name.fr ?? '',
      aliases: [n.shortName?.en, n.shortName?.fr, ...n.aliases.map((a) => a.name)]
        .filter(Boolean)
        .join(' \u2022 '),
      number: n.number ?? '',
    });
  }
  index.addAll(docs);
  return index;
}

/** Ids of the nodes where every query word is a prefix of some indexed word. */
export function searchCandidates(index: MiniSearch<IndexedNode>, query: string): string[] {
  if (tokenize(query).length === 0) return [];
  return index.search(query, { prefix: true, combineWith: 'AND' }).map((hit) => String(hit.id));
}
