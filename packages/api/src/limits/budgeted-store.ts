import { StoreUnavailableError, type GraphStore } from '@cadre/store';
import { tryAgainLater } from '../errors';
import { ConcurrencyGate } from './concurrency-gate';
import type { Budget } from './request-budget';

/**
 * Store calls one request may have in flight at once. Resolvers of a list call the store for
 * each item at the same moment (a node's relations, for 200 nodes); in flight together, they
 * would all be fetched before the budget could see the first answer.
 */
const IN_FLIGHT_PER_REQUEST = 8;

/** Seconds a client is told to wait before trying again while the store is unreachable. */
const STORE_RETRY_AFTER_S = 2;

type Counted<K extends keyof GraphStore> = GraphStore[K] extends (...args: infer A) => Promise<infer R>
  ? { call: (...args: A) => Promise<R>; count: (result: R) => number }
  : never;

const lengthOf = (list: readonly unknown[] | null): number => list?.length ?? 0;

/**
 * The store as one request sees it: every call is charged to the request's budget (a call, then
 * the elements it returned), raced against the deadline, and an unreachable store becomes a 503
 * with Retry-After.
 */
export function budgetedStore(store: GraphStore, budget: Budget): GraphStore {
  const gate = new ConcurrencyGate(IN_FLIGHT_PER_REQUEST, Number.MAX_SAFE_INTEGER);
  const charged = <K extends keyof GraphStore>({ call, count }: Counted<K>) =>
    (async (...args: unknown[]) => {
      budget.chargeStoreCall();
      const pause = budget.pace(true);
      if (pause) await pause;
      // Most calls find room at once; only a call that has to queue races its turn against the deadline.
      const release = gate.enterNow() ?? (await budget.race(gate.tryEnter()!));
      try {
        budget.check();
        const result = await budget.race((call as (...a: unknown[]) => Promise<unknown>)(...args));
        budget.chargeElements((count as (r: unknown) => number)(result));
        return result;
      } catch (error) {
        if (error instanceof StoreUnavailableError)
          throw tryAgainLater(
            'SERVICE_UNAVAILABLE',
            'The graph store is unavailable; try again shortly.',
            STORE_RETRY_AFTER_S,
          );
        throw error;
      } finally {
        release();
      }
    }) as GraphStore[K];

  return {
    name: store.name,
    getNode: charged<'getNode'>({ call: (id) => store.getNode(id), count: (n) => (n ? 1 : 0) }),
    getNodes: charged<'getNodes'>({ call: (ids) => store.getNodes(ids), count: lengthOf }),
    getSources: charged<'getSources'>({ call: (ids) => store.getSources(ids), count: lengthOf }),
    listSources: charged<'listSources'>({ call: () => store.listSources(), count: lengthOf }),
    getRelation: charged<'getRelation'>({ call: (id) => store.getRelation(id), count: (r) => (r ? 1 : 0) }),
    search: charged<'search'>({ call: (text, o) => store.search(text, o), count: lengthOf }),
    relationsOf: charged<'relationsOf'>({ call: (id, o) => store.relationsOf(id, o), count: lengthOf }),
    relationsOfMany: charged<'relationsOfMany'>({
      call: (ids, o) => store.relationsOfMany(ids, o),
      count: lengthOf,
    }),
    nodeWithRelations: charged<'nodeWithRelations'>({
      call: (id, o) => store.nodeWithRelations(id, o),
      count: (x) => (x ? 1 + x.relations.length + x.ends.length : 0),
    }),
    neighborhood: charged<'neighborhood'>({
      call: (id, o) => store.neighborhood(id, o),
      count: (s) => (s ? s.nodes.length + s.relations.length : 0),
    }),
    paths: charged<'paths'>({
      call: (from, to, o) => store.paths(from, to, o),
      count: (paths) => paths.reduce((n, p) => n + p.nodes.length + p.relations.length, 0),
    }),
    listNodes: charged<'listNodes'>({ call: (o) => store.listNodes(o), count: (page) => page.nodes.length }),
    stats: charged<'stats'>({ call: () => store.stats(), count: () => 1 }),
    health: () => store.health(),
    close: () => store.close(),
  };
}
