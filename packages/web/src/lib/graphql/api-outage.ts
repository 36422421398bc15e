import type { Query, QueryCacheNotifyEvent, QueryClient } from '@tanstack/react-query';
import { backoffDelay, type BackoffOptions } from './backoff';
import { ApiUnavailableError } from './fetch-graphql';

export interface OutageState {
  /** Some request failed because the API could not be reached, and none has brought it back yet. */
  down: boolean;
  /** When the failed requests go out again (ms since the epoch); null while they are on their way, or when up. */
  nextRetryAt: number | null;
  /** How many rounds of retries have failed since the outage began. */
  attempt: number;
  /**
   * Counts requests that failed for the first time during this outage (a retry failing again does
   * not count): the notice comes back when this grows after it was dismissed.
   */
  newFailures: number;
}

export const API_UP: OutageState = { down: false, nextRetryAt: null, attempt: 0, newFailures: 0 };

export interface ApiOutageOptions {
  backoff?: BackoffOptions;
  /** Default Date.now; tests give a fake clock. */
  now?: () => number;
}

const isUnavailable = (error: unknown): error is ApiUnavailableError => error instanceof ApiUnavailableError;
const failedForWantOfApi = (query: Query): boolean =>
  query.state.status === 'error' && isUnavailable(query.state.error);

/**
 * Watches the query client for requests that fail because the API cannot be reached, and asks
 * them again with backoff (backoff.ts) until the API answers; then everything that failed has
 * reloaded and the outage is over, with no click. Requests do not retry one by one (the query
 * client's `retry` stays off): a retrying query hides its first failure until its last attempt,
 * and the explorer must say at once that the API is away. Client errors (a GraphQL error such as
 * an unknown id) are answers, never retried.
 */
export class ApiOutage {
  readonly #client: QueryClient;
  readonly #options: ApiOutageOptions;
  readonly #now: () => number;
  readonly #listeners = new Set<() => void>();
  /** Hashes of the queries failing for want of the API, to tell a new failure from a retry's. */
  readonly #failing = new Set<string>();
  #state: OutageState = API_UP;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #retrying = false;
  #lastError: ApiUnavailableError | undefined;

  constructor(client: QueryClient, options: ApiOutageOptions = {}) {
    this.#client = client;
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  /** Starts watching; returns how to stop (an effect's clean-up). */
  start(): () => void {
    const unsubscribe = this.#client.getQueryCache().subscribe((event) => this.#onEvent(event));
    // Started again (React's strict mode runs effects twice): the outage goes on where it was.
    if (this.#state.down && !this.#retrying)
      this.#schedule(Math.max(0, (this.#state.nextRetryAt ?? 0) - this.#now()));
    return () => {
      unsubscribe();
      clearTimeout(this.#timer);
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly getSnapshot = (): OutageState => this.#state;

  /** Asks every request that failed for want of the API again, now (the notice's "Retry now"). */
  readonly retryNow = (): void => {
    if (!this.#state.down || this.#retrying) return;
    clearTimeout(this.#timer);
    this.#retrying = true;
    this.#set({ ...this.#state, nextRetryAt: null });
    void this.#client
      .refetchQueries({ type: 'active', predicate: failedForWantOfApi })
      .then(() => this.#afterRetry());
  };

  #afterRetry(): void {
    this.#retrying = false;
    const still = this.#client.getQueryCache().findAll({ type: 'active', predicate: failedForWantOfApi });
    if (still.length === 0) {
      this.#failing.clear();
      this.#set(API_UP);
      return;
    }
    const error = still[0]?.state.error;
    if (isUnavailable(error)) this.#lastError = error;
    this.#set({ ...this.#state, attempt: this.#state.attempt + 1 });
    this.#scheduleBackoff();
  }

  #onEvent(event: QueryCacheNotifyEvent): void {
    if (event.type === 'removed') {
      this.#failing.delete(event.query.queryHash);
      return;
    }
    if (event.type !== 'updated') return;
    const { action, query } = event;
    if (action.type === 'error' && isUnavailable(action.error)) {
      this.#lastError = action.error;
      const isNew = !this.#failing.has(query.queryHash);
      this.#failing.add(query.queryHash);
      if (!this.#state.down) {
        this.#set({ down: true, nextRetryAt: null, attempt: 0, newFailures: 1 });
        this.#scheduleBackoff();
      } else if (isNew) {
        this.#set({ ...this.#state, newFailures: this.#state.newFailures + 1 });
      }
    } else if (action.type === 'error' || action.type === 'success') {
      this.#failing.delete(query.queryHash);
      // Something got through: the API is back, so the rest need not wait for the timer.
      if (action.type === 'success' && this.#state.down && !this.#retrying) this.retryNow();
    }
  }

  #scheduleBackoff(): void {
    this.#schedule(backoffDelay(this.#state.attempt, this.#lastError?.retryAfterMs, this.#options.backoff));
  }

  #schedule(delay: number): void {
    clearTimeout(this.#timer);
    this.#set({ ...this.#state, nextRetryAt: this.#now() + delay });
    this.#timer = setTimeout(this.retryNow, delay);
  }

  #set(state: OutageState): void {
    this.#state = state;
    for (const listener of this.#listeners) listener();
  }
}
