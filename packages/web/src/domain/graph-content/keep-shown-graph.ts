import type { GraphContent } from './graph-content';

/** A graph as it was shown: whose neighbourhood, as of when. */
export interface ShownGraph {
  focus: string | null;
  asOf: string | null;
  content: GraphContent;
}

/**
 * What the graph shows when the view asked for `asOf` and some neighbourhood could not be loaded
 * for want of the API: the last complete graph of the same focus as of another date, rather than
 * an empty stage (the API went away while the slider moved). Null when there is nothing honest to
 * keep: the asked date loads, is loaded, or was answered (an unknown id is an answer); the focus
 * changed (another node's graph is no stand-in); or the last graph is of this very date (an
 * expanded node failed: the rest, already of this date, is shown as it is). While loading without
 * a failure nothing is kept either, so a date never shows another's graph unflagged.
 */
export function keepShownGraph(
  asked: { focus: string | null; asOf: string | null; unavailable: boolean },
  last: ShownGraph | null,
): ShownGraph | null {
  if (!asked.unavailable || !last || asked.focus === null) return null;
  if (last.focus !== asked.focus || last.asOf === asked.asOf) return null;
  return last;
}
