import type { GraphQLError } from 'graphql';
import { budgetExceeded } from '../errors';
import type { ServerLimits } from './server-limits';

export type BudgetLimits = Pick<
  ServerLimits,
  'requestTimeoutMs' | 'maxStoreCalls' | 'maxElements' | 'maxResponseBytes'
>;

/** A request's budget as the rest of the API sees it (structural, so that builds of the API agree). */
export interface Budget {
  check(): void;
  /**
   * `check` for one field of the answer: whether the budget is spent, every time; the clock only
   * every FIELDS_PER_CLOCK fields, as a field of an in-memory answer takes about a microsecond.
   */
  checkField(): void;
  chargeStoreCall(): void;
  chargeElements(count: number): void;
  chargeBytes(count: number): void;
  race<T>(work: Promise<T>): Promise<T>;
  readonly used: { ms: number; storeCalls: number; elements: number; bytes: number };
  /** Marks the request as running in the expensive lane: from now on it gives way (see `pace`). */
  enterExpensiveLane(): void;
  /**
   * For a request in the expensive lane, now and then (before each store call, every
   * FIELDS_PER_SLICE fields), a promise that settles on the next turn of the event loop;
   * otherwise undefined.
   */
  pace(storeCall?: boolean): Promise<void> | undefined;
  dispose(): void;
}

/**
 * Fields an expensive request resolves between two turns of the event loop. Resolvers of the
 * embedded store settle at once, so without a pause a whole costly request would run as one
 * block and every cheap request arriving meanwhile would wait behind it (and behind each costly
 * request queued before it). A slice of a thousand fields takes a few milliseconds.
 */
const FIELDS_PER_SLICE = 1000;

/**
 * Fields checked between two readings of the clock. Reading it is most of what checking one field
 * costs; 32 fields of an in-memory answer take some tens of microseconds, far within any time
 * budget, and every store call still reads it (each is also raced against the deadline).
 */
const FIELDS_PER_CLOCK = 32;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * What one request may still spend: wall-clock time, store calls, elements handed over by the
 * store, and bytes of answer. Checked before every field and every store call, whatever the
 * query's shape, so no request outlives its budget by more than one store call (which is itself
 * raced against the deadline). Once spent it stays spent: every later field fails at once with
 * the same error, and graphql-js unwinds in a few milliseconds.
 */
export class RequestBudget implements Budget {
  readonly startedAt = Date.now();
  readonly deadline: number;
  private storeCalls = 0;
  private elements = 0;
  private bytes = 0;
  private spent: GraphQLError | undefined;
  private timer: NodeJS.Timeout | undefined;
  private expiry: Promise<never> | undefined;
  private expensive = false;
  private sinceLastPause = 0;
  private fieldsChecked = 0;

  constructor(readonly limits: BudgetLimits) {
    this.deadline = this.startedAt + limits.requestTimeoutMs;
  }

  /** Throws the budget's error once any part of it is spent. */
  check(): void {
    if (this.spent) throw this.spent;
    if (Date.now() > this.deadline) this.timeUp();
  }

  checkField(): void {
    if (this.spent) throw this.spent;
    if (this.fieldsChecked++ % FIELDS_PER_CLOCK === 0 && Date.now() > this.deadline) this.timeUp();
  }

  chargeStoreCall(): void {
    this.check();
    if (++this.storeCalls > this.limits.maxStoreCalls)
      this.exceed(
        'STORE_BUDGET_EXCEEDED',
        `The request needed more than ${this.limits.maxStoreCalls} store calls; ask for less at a time.`,
        this.limits.maxStoreCalls,
      );
  }

  chargeElements(count: number): void {
    this.elements += count;
    if (this.elements > this.limits.maxElements)
      this.exceed(
        'STORE_BUDGET_EXCEEDED',
        `The request visited more than ${this.limits.maxElements} nodes, relations and sources; ask for less at a time.`,
        this.limits.maxElements,
      );
  }

  chargeBytes(count: number): void {
    this.bytes += count;
    if (this.bytes > this.limits.maxResponseBytes)
      this.exceed(
        'RESPONSE_TOO_LARGE',
        `The answer would be larger than ${this.limits.maxResponseBytes} bytes; ask for fewer fields or smaller pages.`,
        this.limits.maxResponseBytes,
      );
  }

  /** Settles with `work`, or fails when the deadline passes first (the work's result is dropped). */
  race<T>(work: Promise<T>): Promise<T> {
    this.expiry ??= this.startExpiry();
    return Promise.race([work, this.expiry]);
  }

  /** A promise that fails when the deadline passes (started by the first race, once a request). */
  private startExpiry(): Promise<never> {
    const expiry = new Promise<never>((_, reject) => {
      this.timer = setTimeout(
        () => {
          try {
            this.timeUp();
          } catch (error) {
            reject(error);
          }
        },
        Math.max(this.deadline - Date.now(), 0) + 1,
      );
      // A timer must not keep a stopping server alive.
      this.timer.unref();
    });
    // The expiry may never be awaited by anyone else; an unhandled rejection would crash Node.
    expiry.catch(() => {});
    return expiry;
  }

  enterExpensiveLane(): void {
    this.expensive = true;
  }

  pace(storeCall = false): Promise<void> | undefined {
    if (!this.expensive) return undefined;
    if (!storeCall && ++this.sinceLastPause < FIELDS_PER_SLICE) return undefined;
    this.sinceLastPause = 0;
    return nextTurn();
  }

  /** What the request spent, for logs and tests. */
  get used(): { ms: number; storeCalls: number; elements: number; bytes: number } {
    return {
      ms: Date.now() - this.startedAt,
      storeCalls: this.storeCalls,
      elements: this.elements,
      bytes: this.bytes,
    };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  private timeUp(): never {
    return this.exceed(
      'TIME_BUDGET_EXCEEDED',
      `The request took longer than ${this.limits.requestTimeoutMs} ms and was stopped; ask for less at a time.`,
      this.limits.requestTimeoutMs,
    );
  }

  private exceed(
    code: 'TIME_BUDGET_EXCEEDED' | 'STORE_BUDGET_EXCEEDED' | 'RESPONSE_TOO_LARGE',
    message: string,
    limit: number,
  ): never {
    this.spent ??= budgetExceeded(code, message, limit);
    throw this.spent;
  }
}
