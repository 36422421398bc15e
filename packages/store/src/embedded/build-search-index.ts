import MiniSearch from 'minisearch';
import type { NodeRecord } from '@cadre/model';
import { foldText, nodeSearchFields, tokenize, type NodeSearchFields } from '../search-text';

type IndexedNode = NodeSearchFields & { key: string };

const FIELDS: Array<keyof NodeSearchFields> = ['id', 'nameEn', 'nameFr', 'aliases', 'number'];

/**
 * MiniSearch (a kept, dependency-free full-text index) gives prefix search over 100k nodes without
 * scanning them all; it folds accents and case through our tokenizer so "decret" finds "Décret".
 */
export function buildSearchIndex(nodes: Iterable<NodeRecord>): MiniSearch<IndexedNode> {
  const index = new MiniSearch<IndexedNode>({
    idField: 'key',
    fields: FIELDS,
    storeFields: ['id'],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => foldText(term),
  });
  const docs: IndexedNode[] = [];
  for (const n of nodes) docs.push({ key: n.id, ...nodeSearchFields(n) });
  index.addAll(docs);
  return index;
}

/** Ids of the nodes where every query word is a prefix of some indexed word. */
export function searchCandidates(index: MiniSearch<IndexedNode>, query: string): string[] {
  if (tokenize(query).length === 0) return [];
  return index.search(query, { prefix: true, combineWith: 'AND' }).map((hit) => String(hit.id));
}
