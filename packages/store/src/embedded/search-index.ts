import type { NodeKind, NodeRecord } from '@cadre/model';
import {
  cmp,
  foldText,
  foldedShortNames,
  KIND_SEARCH_ORDER,
  matchRank,
  searchableTexts,
  tokenize,
} from '../search-text';
import { addPosting, WordPostings } from './word-postings';

/** A prefix's words: the range [lo, hi) of the sorted vocabulary. */
interface WordRange {
  lo: number;
  hi: number;
}

/**
 * The embedded store's search index, built once at load. It answers exactly what `matchesQuery`
 * and `rankSearchHits` (search-text.ts) define, the ranking Neo4j's store applies to Lucene's
 * candidates, with no string work per node at query time:
 *
 * - every text is folded once into a sequence of word numbers (the vocabulary sorted, so the words
 *   a query word begins are one range of numbers, and a word ending with it a range of the sorted
 *   reversed vocabulary);
 * - posting lists (word-postings.ts) of the nodes holding each word anywhere, and of those with a
 *   text beginning with it: "every query word begins some word of the node" is one pass over a
 *   contiguous run of postings per query word, and only the second list can hold tiers 0 and 1;
 * - the tier (exact, starts with, contains, word prefixes) is read from a node's word sequences as
 *   integer comparisons, and nodes are visited in the query-independent order `compareForSearch`
 *   (kind, folded English name, id), so ranking stops as soon as no node left can rank better than
 *   the `first` already kept: a query matching every node mostly reads only the first matches.
 *
 * Why not a library: FlexSearch 0.8 and MiniSearch 7 find the matches (prefix, AND) but order them
 * by their own relevance, so every match must then be ranked by `rankSearchHits`, and neither can
 * stop early on our order nor tell "a text starts with / contains the whole query" from its index.
 * Measured at 100,000 nodes (CPU ms, p50): "décret" and "bench" (every node) here 0.2 / 0.5;
 * FlexSearch hands back all matches at once but ranking them takes 850–940; MiniSearch 124–160
 * before any ranking; "decree 12" here 0.3, FlexSearch 6 + 11, MiniSearch 96. Build: 0.75 s here,
 * 1.4 s FlexSearch, 1.0 s MiniSearch.
 */
export class SearchIndex {
  private readonly nodes: readonly NodeRecord[];
  private readonly kindCodes = new Map<string, number>();
  private readonly nodeKind: Uint8Array;
  private readonly words: string[];
  /** The vocabulary's words spelled backwards, sorted, and the word number of each. */
  private readonly backwards: string[];
  private readonly backwardsWord: Int32Array;
  private readonly anywhere: WordPostings;
  private readonly leading: WordPostings;
  /** Nodes with a text that is this one word and nothing else (tier 0 of a one-word query). */
  private readonly single: WordPostings;
  /** Node i's texts are textStarts[i]..textStarts[i+1]; text t's words sequence[wordStarts[t]..]. */
  private readonly textStarts: Int32Array;
  private readonly wordStarts: Int32Array;
  private readonly sequence: Int32Array;
  /** Folded short names, for nodes that have any. */
  private readonly shortNames: Array<string[] | undefined>;
  /** The nodes that have short names. */
  private readonly named: Int32Array;
  /** The node at each place of the order `compareForSearch`, and each node's place. */
  private readonly byOrder: Int32Array;
  private readonly place: Int32Array;
  // Scratch space reused by every query (a store answers one at a time: search never awaits):
  // marks are "stamped" with a number used once, so nothing needs clearing between queries.
  private readonly matched: Int32Array;
  private readonly leads: Int32Array;
  private readonly exacts: Int32Array;
  private readonly endsWith: Uint8Array;
  private stamp = 0;

  constructor(records: readonly NodeRecord[]) {
    this.nodes = records;
    const n = records.length;
    this.nodeKind = Uint8Array.from(records, (node) => this.kindCode(node.kind));
    const numbers = new Map<string, number>();
    const spelled: string[] = [];
    const anywhere: number[][] = [];
    const leading: number[][] = [];
    const single: number[][] = [];
    const textStarts = [0];
    const wordStarts = [0];
    const sequence: number[] = [];
    this.shortNames = new Array<string[] | undefined>(n);
    records.forEach((node, i) => {
      for (const text of searchableTexts(node)) {
        const words = tokenize(text);
        words.forEach((word, k) => {
          let w = numbers.get(word);
          if (w === undefined) numbers.set(word, (w = spelled.push(word) - 1));
          sequence.push(w);
          addPosting(anywhere, w, i);
          if (k === 0) addPosting(leading, w, i);
          if (words.length === 1) addPosting(single, w, i);
        });
        wordStarts.push(sequence.length);
      }
      textStarts.push(wordStarts.length - 1);
      const short = foldedShortNames(node);
      if (short.length > 0) this.shortNames[i] = short;
    });
    // Renumber the words in sorted order, so a prefix is a range of numbers.
    const sorted = spelled.map((_, w) => w).sort((a, b) => cmp(spelled[a]!, spelled[b]!));
    const renumber = new Int32Array(sorted.length);
    sorted.forEach((w, at) => (renumber[w] = at));
    this.words = sorted.map((w) => spelled[w]!);
    this.anywhere = new WordPostings(sorted.map((w) => anywhere[w]));
    this.leading = new WordPostings(sorted.map((w) => leading[w]));
    this.single = new WordPostings(sorted.map((w) => single[w]));
    this.sequence = Int32Array.from(sequence, (w) => renumber[w]!);
    this.textStarts = Int32Array.from(textStarts);
    this.wordStarts = Int32Array.from(wordStarts);
    const backwards = this.words.map((word, w) => ({ spelled: [...word].reverse().join(''), w }));
    backwards.sort((a, b) => cmp(a.spelled, b.spelled));
    this.backwards = backwards.map((b) => b.spelled);
    this.backwardsWord = Int32Array.from(backwards, (b) => b.w);
    const names = records.map((node) => foldText(node.name.en));
    const order = records.map((_, i) => i);
    order.sort(
      (a, b) =>
        KIND_SEARCH_ORDER[records[a]!.kind] - KIND_SEARCH_ORDER[records[b]!.kind] ||
        cmp(names[a]!, names[b]!) ||
        cmp(records[a]!.id, records[b]!.id),
    );
    this.byOrder = Int32Array.from(order);
    this.place = new Int32Array(n);
    order.forEach((i, at) => (this.place[i] = at));
    this.matched = new Int32Array(n);
    this.leads = new Int32Array(n);
    this.exacts = new Int32Array(n);
    this.named = Int32Array.from(this.shortNames.flatMap((names, i) => (names ? [i] : [])));
    this.endsWith = new Uint8Array(this.words.length);
  }

  /** The nodes where every query word begins some word, best `first`, as `rankSearchHits` ranks. */
  search(text: string, first: number, kinds?: readonly NodeKind[]): NodeRecord[] {
    const query = tokenize(text);
    if (query.length === 0 || first <= 0) return [];
    const ranges = [...new Set(query)].map((word) => this.prefixRange(word));
    if (ranges.some((r) => r.lo === r.hi)) return [];
    const kindMask = kinds && this.kindMask(kinds);
    const { stamp, few } = this.markMatches(ranges);
    const matches = (i: number): boolean =>
      this.matched[i] === stamp && (!kindMask || kindMask[this.nodeKind[i]!] === 1);
    // Lower bounds from postings: tier 0 needs a text equal to the query (for one word: a
    // one-word text), tiers 0 and 1 a text beginning with its first word, and the short-name
    // bonus a short name. Counted among the matches, so the walk below knows when to stop.
    const oneWord = query.length === 1;
    const firstWord = oneWord ? ranges[0]! : this.exactRange(query[0]!);
    let leadsLeft = this.stampPostings(this.leading, firstWord, this.leads, stamp, matches);
    let exactsLeft = oneWord
      ? this.stampPostings(this.single, this.exactRange(query[0]!), this.exacts, stamp, matches)
      : 0;
    let namedLeft = 0;
    for (const i of this.named) if (matches(i)) namedLeft++;
    const tiers = this.tierReader(query);
    const q = query.join(' ');
    const best: Array<{ rank: number; node: number }> = [];
    // A few matches are sorted into the order; many are met by walking the whole order.
    const walk = few ? Int32Array.from(few).sort((a, b) => this.place[a]! - this.place[b]!) : this.byOrder;
    for (const i of walk) {
      if (!matches(i)) continue;
      const exact = this.exacts[i] === stamp;
      const lead = this.leads[i] === stamp;
      const named = this.shortNames[i];
      if (exact) exactsLeft--;
      if (lead) leadsLeft--;
      if (named) namedLeft--;
      const worst = best.length === first ? best[first - 1]!.rank : Infinity;
      if (tierFloor(oneWord, exact, lead) + (named ? 0 : 1) < worst) {
        const rank = matchRank(tiers(i), named ?? [], q);
        if (rank < worst) {
          let at = best.length;
          while (at > 0 && best[at - 1]!.rank > rank) at--;
          best.splice(at, 0, { rank, node: i });
          if (best.length > first) best.pop();
        }
      }
      // Nodes further on come later in the order: they can only displace a worse rank.
      const floor = tierFloor(oneWord, exactsLeft > 0, leadsLeft > 0) + (namedLeft > 0 ? 0 : 1);
      if (best.length === first && best[first - 1]!.rank <= floor) break;
    }
    tiers.release();
    return best.map((b) => this.nodes[b.node]!);
  }

  /**
   * Stamps in `matched` the nodes holding, for each range, a word of it, and returns the stamp
   * (and the nodes themselves when they are few). The rarest range gives the candidates; each
   * other one keeps those that hold one of its words, read from the candidates' own word numbers
   * when they are few, else by stamping the range's postings over them.
   */
  private markMatches(ranges: WordRange[]): { stamp: number; few?: number[] } {
    const { starts, nodes } = this.anywhere;
    const size = (r: WordRange): number => starts[r.hi]! - starts[r.lo]!;
    const [rarest, ...others] = [...ranges].sort((a, b) => size(a) - size(b));
    const { matched } = this;
    let stamp = ++this.stamp;
    let few: number[] | undefined = size(rarest!) * 16 < matched.length ? [] : undefined;
    for (let p = starts[rarest!.lo]!, end = starts[rarest!.hi]!; p < end; p++) {
      const i = nodes[p]!;
      if (matched[i] !== stamp) {
        matched[i] = stamp;
        few?.push(i);
      }
    }
    for (const range of others) {
      const previous = stamp;
      stamp = ++this.stamp;
      if (few && few.length * 16 < size(range)) {
        few = few.filter((i) => this.holdsWordIn(i, range));
        for (const i of few) matched[i] = stamp;
      } else {
        for (let p = starts[range.lo]!, end = starts[range.hi]!; p < end; p++)
          if (matched[nodes[p]!] === previous) matched[nodes[p]!] = stamp;
        few = few?.filter((i) => matched[i] === stamp);
      }
    }
    return { stamp, ...(few ? { few } : {}) };
  }

  private holdsWordIn(i: number, { lo, hi }: WordRange): boolean {
    for (
      let p = this.wordStarts[this.textStarts[i]!]!, end = this.wordStarts[this.textStarts[i + 1]!]!;
      p < end;
      p++
    ) {
      const w = this.sequence[p]!;
      if (w >= lo && w < hi) return true;
    }
    return false;
  }

  /** Stamps the matching nodes in the postings of `range` in `marks`; returns how many. */
  private stampPostings(
    postings: WordPostings,
    range: WordRange,
    marks: Int32Array,
    stamp: number,
    matches: (i: number) => boolean,
  ): number {
    let count = 0;
    for (let p = postings.starts[range.lo]!, end = postings.starts[range.hi]!; p < end; p++) {
      const i = postings.nodes[p]!;
      if (marks[i] !== stamp && matches(i)) {
        marks[i] = stamp;
        count++;
      }
    }
    return count;
  }

  /**
   * `matchTier` of a matching node from its word numbers. The folded texts are words joined by
   * single spaces, so a text equals, starts with or contains the folded query exactly when, at
   * some position, its first word ends with the query's first word, the middle words are equal,
   * and the last begins with the query's last word (from the text's first word for 0 and 1).
   */
  private tierReader(query: string[]): ((i: number) => number) & { release: () => void } {
    const k = query.length;
    const last = this.prefixRange(query[k - 1]!);
    const exact = query.map((word) => this.exactRange(word)).map((r) => (r.lo < r.hi ? r.lo : -1));
    const endsWith = k > 1 ? this.markEndings(query[0]!) : [];
    const { textStarts, wordStarts, sequence } = this;
    const inLast = (w: number): boolean => w >= last.lo && w < last.hi;
    const middleEqual = (at: number): boolean => {
      for (let j = 1; j < k - 1; j++) if (sequence[at + j] !== exact[j]) return false;
      return true;
    };
    const tier = (i: number): number => {
      let best = 3;
      for (let t = textStarts[i]!, tEnd = textStarts[i + 1]!; t < tEnd; t++) {
        const a = wordStarts[t]!;
        const length = wordStarts[t + 1]! - a;
        if (length < k) continue;
        const lastWord = sequence[a + k - 1]!;
        if ((k === 1 || (sequence[a] === exact[0] && middleEqual(a))) && inLast(lastWord)) {
          if (length === k && lastWord === exact[k - 1]) return 0;
          best = 1;
        }
        if (best > 2 && k > 1)
          for (let s = a; s + k <= a + length; s++)
            if (this.endsWith[sequence[s]!] === 1 && middleEqual(s) && inLast(sequence[s + k - 1]!)) {
              best = 2;
              break;
            }
      }
      // One word: it begins a word of the matching node, so some text contains it.
      return k === 1 ? Math.min(best, 2) : best;
    };
    return Object.assign(tier, { release: () => endsWith.forEach((w) => (this.endsWith[w] = 0)) });
  }

  /** Marks the words ending with `suffix` in `endsWith`; returns them to unmark afterwards. */
  private markEndings(suffix: string): number[] {
    const backwards = [...suffix].reverse().join('');
    const marked: number[] = [];
    for (let b = lowerBound(this.backwards, backwards); this.backwards[b]?.startsWith(backwards); b++) {
      const w = this.backwardsWord[b]!;
      this.endsWith[w] = 1;
      marked.push(w);
    }
    return marked;
  }

  private prefixRange(prefix: string): WordRange {
    const lo = lowerBound(this.words, prefix);
    const lastUnit = prefix.charCodeAt(prefix.length - 1);
    if (lastUnit === 0xffff) {
      let hi = lo;
      while (this.words[hi]?.startsWith(prefix)) hi++;
      return { lo, hi };
    }
    // Words beginning with `prefix` sort before `prefix` with its last code unit raised by one.
    return { lo, hi: lowerBound(this.words, prefix.slice(0, -1) + String.fromCharCode(lastUnit + 1)) };
  }

  private exactRange(word: string): WordRange {
    const lo = lowerBound(this.words, word);
    return { lo, hi: this.words[lo] === word ? lo + 1 : lo };
  }

  private kindCode(kind: string): number {
    let code = this.kindCodes.get(kind);
    if (code === undefined) this.kindCodes.set(kind, (code = this.kindCodes.size));
    return code;
  }

  private kindMask(kinds: readonly NodeKind[]): Uint8Array {
    const mask = new Uint8Array(this.kindCodes.size);
    for (const kind of kinds) {
      const code = this.kindCodes.get(kind);
      if (code !== undefined) mask[code] = 1;
    }
    return mask;
  }
}

/**
 * The best tier a node can have (times two, as in `matchRank`) from what its postings say: with
 * one word, a one-word text equal to it gives 0 and a text beginning with it 1, else the word is
 * inside some text (2); with several, a text beginning with the first word may give 0.
 */
function tierFloor(oneWord: boolean, exact: boolean, lead: boolean): number {
  if (oneWord) return exact ? 0 : lead ? 2 : 4;
  return lead ? 0 : 4;
}

/** The first place in `sorted` whose value is not below `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
