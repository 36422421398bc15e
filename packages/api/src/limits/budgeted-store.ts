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

const lengthOf = (list: readonly unknown[] | null): number => list?.length ?? 0;

/**
 * The store as one request sees it: every call is charged to the request's budget (a call, then
 * the elements it returned), raced against the deadline, and an unreachable store becomes a 503
 * with Retry-After. A class rather than an object of closures: one is made for every request,
 * most of which make one or two store calls, and fifteen closures a request were a twentieth of
 * a small request's time.
 */
class BudgetedStore implements GraphStore {
  private gate: ConcurrencyGate | undefined;

  constructor(
    private readonly store: GraphStore,
    private readonly budget: Budget,
  ) {}

  get name(): string {
    return this.store.name;
  }

  getNode(id: string): ReturnType<GraphStore['getNode']> {
    return this.charged(
      () => this.store.getNode(id),
      (n) => (n ? 1 : 0),
    );
  }
  getNodes(ids: readonly string[]): ReturnType<GraphStore['getNodes']> {
    return this.charged(() => this.store.getNodes(ids), lengthOf);
  }
  getSources(ids: readonly string[]): ReturnType<GraphStore['getSources']> {
    return this.charged(() => this.store.getSources(ids), lengthOf);
  }
  listSources(): ReturnType<GraphStore['listSources']> {
    return this.charged(() => this.store.listSources(), lengthOf);
  }
  getRelation(id: string): ReturnType<GraphStore['getRelation']> {
    return this.charged(
      () => this.store.getRelation(id),
      (r) => (r ? 1 : 0),
    );
  }
  search(...args: Parameters<GraphStore['search']>): ReturnType<GraphStore['search']> {
    return this.charged(() => this.store.search(...args), lengthOf);
  }
  relationsOf(...args: Parameters<GraphStore['relationsOf']>): ReturnType<GraphStore['relationsOf']> {
    return this.charged(() => this.store.relationsOf(...args), lengthOf);
  }
  relationsOfMany(
    ...args: Parameters<GraphStore['relationsOfMany']>
  ): ReturnType<GraphStore['relationsOfMany']> {
    return this.charged(() => this.store.relationsOfMany(...args), lengthOf);
  }
  nodeWithRelations(
    ...args: Parameters<GraphStore['nodeWithRelations']>
  ): ReturnType<GraphStore['nodeWithRelations']> {
    return this.charged(
      () => this.store.nodeWithRelations(...args),
      (x) => (x ? 1 + x.relations.length + x.ends.length : 0),
    );
  }
  neighborhood(...args: Parameters<GraphStore['neighborhood']>): ReturnType<GraphStore['neighborhood']> {
    return this.charged(
      () => this.store.neighborhood(...args),
      (s) => (s ? s.nodes.length + s.relations.length : 0),
    );
  }
  paths(...args: Parameters<GraphStore['paths']>): ReturnType<GraphStore['paths']> {
    return this.charged(
      () => this.store.paths(...args),
      (paths) => paths.reduce((n, p) => n + p.nodes.length + p.relations.length, 0),
    );
  }
  listNodes(...args: Parameters<GraphStore['listNodes']>): ReturnType<GraphStore['listNodes']> {
    return this.charged(
      () => this.store.listNodes(...args),
      (page) => page.nodes.length,
    );
  }
  stats(): ReturnType<GraphStore['stats']> {
    return this.charged(
      () => this.store.stats(),
      () => 1,
    );
  }
  health(): ReturnType<GraphStore['health']> {
    return this.store.health();
  }
  close(): Promise<void> {
    return this.store.close();
  }

  private async charged<R>(call: () => Promise<R>, count: (result: R) => number): Promise<R> {
    const { budget } = this;
    budget.chargeStoreCall();
    const pause = budget.pace(true);
    if (pause) await pause;
    this.gate ??= new ConcurrencyGate(IN_FLIGHT_PER_REQUEST, Number.MAX_SAFE_INTEGER);
    // Most calls find room at once; only a call that has to queue races its turn against the deadline.
    const release = this.gate.enterNow() ?? (await budget.race(this.gate.tryEnter()!));
    try {
      budget.check();
      const result = await budget.race(call());
      budget.chargeElements(count(result));
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
  }
}

/** The store as a request with `budget` sees it (see BudgetedStore). */
export const budgetedStore = (store: GraphStore, budget: Budget): GraphStore =>
  new BudgetedStore(store, budget);
