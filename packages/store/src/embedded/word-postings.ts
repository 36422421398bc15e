/**
 * Posting lists in two flat arrays: list `w` is `nodes[starts[w]]` to `nodes[starts[w + 1]]`.
 * One typed array instead of one per word: a 100,000-node graph has about as many distinct words
 * (numbers, mostly), and a typed array each costs more in headers than in postings.
 */
export class WordPostings {
  readonly starts: Int32Array;
  readonly nodes: Int32Array;

  /** `lists[w]`: the nodes holding word `w`, ascending and each once. */
  constructor(lists: ReadonlyArray<readonly number[] | undefined>) {
    this.starts = new Int32Array(lists.length + 1);
    lists.forEach((list, w) => (this.starts[w + 1] = this.starts[w]! + (list?.length ?? 0)));
    this.nodes = new Int32Array(this.starts[lists.length]!);
    lists.forEach((list, w) => list && this.nodes.set(list, this.starts[w]!));
  }
}

/** Appends `node` to the list of `key` unless it was the last one added (nodes come in order). */
export function addPosting(lists: number[][], key: number, node: number): void {
  const list = (lists[key] ??= []);
  if (list[list.length - 1] !== node) list.push(node);
}
