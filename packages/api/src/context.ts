import DataLoader from 'dataloader';
import type { NodeRecord, RelationRecord, SourceRecord } from '@cadre/model';
import type { GraphStore, NodeWithRelations, NodeWithRelationsOptions } from '@cadre/store';
import { budgetedStore } from './limits/budgeted-store';
import { RequestBudget, type Budget, type BudgetLimits } from './limits/request-budget';
import { DEFAULT_LIMITS } from './limits/server-limits';

/**
 * Per-request context. The loaders batch the node and source look-ups of one request into one
 * store call each (a Subgraph of 500 relations asks for its 1,000 ends at once, not one by one)
 * and are made anew per request so that no state is shared between requests or replicas. Every
 * store call goes through the request's budget (limits/request-budget.ts).
 */
export interface GraphQLContext {
  store: GraphStore;
  nodes: DataLoader<string, NodeRecord | null>;
  sources: DataLoader<string, SourceRecord | null>;
  budget: Budget;
  /**
   * Every node record this request already holds (returned by a store call or loaded), so that a
   * relation's `from`/`to` resolve at once, without a promise or a loader round: a Subgraph of 500
   * relations would otherwise make 1,000 loads of nodes it returned itself.
   */
  known: Map<string, NodeRecord>;
  /**
   * Relations a node's `relations` field will want, answered with the node itself (see
   * `loadNodeWithRelations`), by `relationsKey`.
   */
  relations: Map<string, RelationRecord[]>;
  /** The request's id (its X-Request-Id), stamped on every error of its answer; none in-process. */
  requestId?: string;
}

/**
 * Records the nodes a store call returned: known to `from`/`to`, and to the node loader, which
 * answers known ids without the store. Not primed in the loader: priming makes a promise per
 * node, and a neighbourhood of 500 nodes is mostly read through `known`.
 */
export function rememberNodes(context: GraphQLContext, records: readonly NodeRecord[]): void {
  for (const n of records) if (!context.known.has(n.id)) context.known.set(n.id, n);
}

/**
 * A node, its relations and their far ends in one store call: the ends and the node are
 * remembered (so `from`/`to` resolve at once) and the relations wait under `key` for the node's
 * `relations` field.
 */
export async function loadNodeWithRelations(
  context: GraphQLContext,
  id: string,
  options: NodeWithRelationsOptions,
  key: string,
): Promise<NodeWithRelations | null> {
  const found = await context.store.nodeWithRelations(id, options);
  if (!found) return null;
  rememberNodes(context, [found.node, ...found.ends]);
  context.relations.set(key, found.relations);
  return found;
}

export interface ContextOptions {
  /** The request's budget limits; the defaults of server-limits.ts when omitted. */
  limits?: BudgetLimits;
  /** The request's id, when it came over HTTP (http/request-id.ts). */
  requestId?: string;
}

export function createContext(store: GraphStore, options: ContextOptions = {}): GraphQLContext {
  const budget = new RequestBudget(options.limits ?? DEFAULT_LIMITS);
  const charged = budgetedStore(store, budget);
  const known = new Map<string, NodeRecord>();
  // One literal with every key, `requestId` included when undefined: a spread in the literal
  // made V8 build each context through its slow path (most of the 6 µs this took) and gave the
  // contexts different shapes, read by every field of every request.
  return {
    requestId: options.requestId,
    known,
    relations: new Map(),
    store: charged,
    budget,
    nodes: new DataLoader(async (ids) => {
      const missing = ids.filter((id) => !known.has(id));
      if (missing.length > 0)
        for (const n of await charged.getNodes(missing)) if (!known.has(n.id)) known.set(n.id, n);
      return ids.map((id) => known.get(id) ?? null);
    }),
    sources: new DataLoader(async (ids) => {
      const found = new Map((await charged.getSources(ids)).map((s) => [s.id, s]));
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}
