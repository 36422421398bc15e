import type { NodeKind, NodeRecord } from '@cadre/model';
import {
  cmp,
  compareForSearch,
  foldedShortNames,
  matchRank,
  searchableTexts,
  tokenize,
} from '../search-text';

/**
 * The embedded store's search index, built once at load. It answers exactly what `matchesQuery`
 * and `rankSearchHits` (search-text.ts) define, the ranking Neo4j's store applies to Lucene's
 * candidates, but folds every text once at build time instead of twice per candidate per query:
 *
 * - a sorted vocabulary of folded words, each with the (ascending) positions of the nodes that
 *   hold it, so "every query word begins some word of the node" is a prefix range per query word
 *   and an intersection of postings, counted in one Int32Array;
 * - each node's folded texts and short names (for the rank: tier, short name) and its place in
 *   the query-independent order `compareForSearch` (kind, English name folded, id), so ranking
 *   keeps the best `first` without sorting every match.
 *
 * Replaces MiniSearch, which scored every document matching a prefix and whose scores were then
 * thrown away (at 100,000 nodes a query matching them all took 88 ms).
 */
export class SearchIndex {
  private readonly nodes: NodeRecord[];
  private readonly texts: string[][];
  private readonly shortNames: string[][];
  /** Position of each node in the order `compareForSearch` (kind, folded English name, id). */
  private readonly order: Int32Array;
  /** The inverse of `order`: the node at each position. */
  private readonly byOrder: Int32Array;
  private readonly words: string[];
  private readonly postings: Int32Array[];
  /** Per node: how many query words it has matched so far (reused between queries). */
  private readonly hits: Int32Array;

  constructor(records: Iterable<NodeRecord>) {
    this.nodes = [...records];
    const n = this.nodes.length;
    this.texts = new Array<string[]>(n);
    this.shortNames = this.nodes.map(foldedShortNames);
    const byWord = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const texts = searchableTexts(this.nodes[i]!);
      const folded: string[] = [];
      for (const t of texts) {
        const words = tokenize(t);
        folded.push(words.join(' '));
        for (const w of words) {
          const list = byWord.get(w);
          if (!list) byWord.set(w, [i]);
          else if (list[list.length - 1] !== i) list.push(i);
        }
      }
      this.texts[i] = folded;
    }
    this.words = [...byWord.keys()].sort(cmp);
    this.postings = this.words.map((w) => Int32Array.from(byWord.get(w)!));
    const sorted = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
      compareForSearch(this.nodes[a]!, this.nodes[b]!),
    );
    this.byOrder = Int32Array.from(sorted);
    this.order = new Int32Array(n);
    sorted.forEach((node, position) => (this.order[node] = position));
    this.hits = new Int32Array(n);
  }

  /** The nodes where every query word begins some word, best `first`, as `rankSearchHits` ranks. */
  search(query: string, first: number, kinds?: readonly NodeKind[]): NodeRecord[] {
    const wanted = [...new Set(tokenize(query))];
    if (wanted.length === 0 || first <= 0) return [];
    const hits = this.hits;
    hits.fill(0);
    // Rarest ranges first would cut work further; word order keeps it simple and is bounded anyway.
    let matched: number[] = [];
    wanted.forEach((word, k) => {
      const last = k === wanted.length - 1;
      for (let w = this.lowerBound(word); w < this.words.length && this.words[w]!.startsWith(word); w++)
        for (const node of this.postings[w]!)
          if (hits[node] === k) {
            hits[node] = k + 1;
            if (last) matched.push(node);
          }
    });
    if (kinds) matched = matched.filter((i) => kinds.includes(this.nodes[i]!.kind));
    const q = tokenize(query).join(' ');
    // Ranked by one number: rank × n + place in the order; the best `first` kept in order.
    const n = this.nodes.length;
    const best: number[] = [];
    for (const i of matched) {
      const key = matchRank(this.tier(i, q), this.shortNames[i]!, q) * n + this.order[i]!;
      if (best.length === first && key >= best[first - 1]!) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]! > key) at--;
      best.splice(at, 0, key);
      if (best.length > first) best.pop();
    }
    return best.map((key) => this.nodes[this.byOrder[key % n]!]!);
  }

  /** 0 exact, 1 starts with, 2 contains the whole query, 3 only word prefixes (matchTier). */
  private tier(i: number, q: string): number {
    const texts = this.texts[i]!;
    let tier = 3;
    for (const t of texts) {
      if (t === q) return 0;
      if (tier > 1 && t.startsWith(q)) tier = 1;
      else if (tier > 2 && t.includes(q)) tier = 2;
    }
    return tier;
  }

  private lowerBound(word: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
