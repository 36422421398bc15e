import DataLoader from 'dataloader';
import type { NodeRecord, SourceRecord } from '@cadre/model';
import type { GraphStore } from '@cadre/store';

/**
 * Per-request context. The loaders batch the node and source look-ups of one request into one
 * store call each (a Subgraph of 500 relations asks for its 1,000 ends at once, not one by one)
 * and are made anew per request so that no state is shared between requests or replicas.
 */
export interface GraphQLContext {
  store: GraphStore;
  nodes: DataLoader<string, NodeRecord | null>;
  sources: DataLoader<string, SourceRecord | null>;
}

export function createContext(store: GraphStore): GraphQLContext {
  return {
    store,
    nodes: new DataLoader(async (ids) => {
      const found = new Map((await store.getNodes(ids)).map((n) => [n.id, n]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    sources: new DataLoader(async (ids) => {
      const found = new Map((await store.getSources(ids)).map((s) => [s.id, s]));
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}
