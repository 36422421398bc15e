/**
 * Answers kept to be served without the network: a tour pre-fetches every step's data when it
 * starts, so a workshop can go on when the connection drops. Only what is explicitly kept is
 * served from here (the graph's data does not change while the explorer runs).
 */
const kept = new WeakMap<object, Map<string, unknown>>();

/** Variables as a key: keys sorted and undefined values left out, as JSON.stringify would send them. */
function variablesKey(variables: unknown): string {
  const entries = Object.entries((variables ?? {}) as Record<string, unknown>).filter(
    ([, v]) => v !== undefined,
  );
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function keepResponse(document: object, variables: unknown, data: unknown): void {
  let byVariables = kept.get(document);
  if (!byVariables) kept.set(document, (byVariables = new Map()));
  byVariables.set(variablesKey(variables), data);
}

/** The kept answer to this operation with these variables, or undefined. */
export function keptResponse(document: object, variables: unknown): unknown {
  return kept.get(document)?.get(variablesKey(variables));
}

export function isKept(document: object, variables: unknown): boolean {
  return keptResponse(document, variables) !== undefined;
}
