import createDebug from 'debug';
import neo4j, {
  isRetryableError,
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
} from 'neo4j-driver';
import { StoreUnavailableError } from '@cadre/store';
import type { CypherQuery } from './cypher/cypher-query';
import { Neo4jAvailability } from './neo4j-availability';

const logCypher = createDebug('cadre:cypher');

/** How long `runEach` retries a query Neo4j refused as transient (the driver's own default). */
export const RUN_EACH_RETRY_MS = 30_000;

/** The server refused the work for now ("try again"), as opposed to a wrong query or no server. */
function isTransient(error: unknown): boolean {
  return ((error as { code?: string }).code ?? '').startsWith('Neo.TransientError');
}

/**
 * Runs `work` again while it fails with an error `canRetry` accepts, backing off from 100 ms to
 * 2 s, for up to `forMs`; then throws the last error.
 */
export async function retryWhile<T>(
  canRetry: (error: unknown) => boolean,
  work: () => PromiseLike<T>,
  forMs: number,
): Promise<T> {
  const deadline = Date.now() + forMs;
  for (let wait = 100; ; wait = Math.min(wait * 2, 2_000)) {
    try {
      return await work();
    } catch (error) {
      if (!canRetry(error) || Date.now() + wait > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** Runs `work` again on a transient refusal (see `retryWhile`). */
export const retryTransient = <T>(work: () => PromiseLike<T>, forMs: number): Promise<T> =>
  retryWhile(isTransient, work, forMs);

/** Driver errors that mean "the database cannot be reached now", not "the query is wrong". */
export function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError') ||
    /ECONNREFUSED|ECONNRESET|Connection was closed|Could not perform discovery|Pool is closed|Failed to connect/i.test(
      String((error as Error).message ?? error),
    )
  );
}

export interface ExecutorOptions {
  /** Longest a read transaction may run on the server, in ms; Neo4j stops it then. Default 10,000. */
  readTimeoutMs?: number;
  /** How long a failed read is tried again when the driver calls its error retryable, in ms. Default 1,000. */
  readRetryMs?: number;
  /** How often Neo4j is probed while it is known down, in ms. Default 1,000. */
  probeIntervalMs?: number;
  /** Where outages and recoveries are reported. */
  log?: (message: string) => void;
}

const firstLine = (error: unknown): string => String((error as Error)?.message ?? error).split('\n')[0] ?? '';

/** Unavailable because the database cannot be reached at all (not a transient conflict inside it). */
function isUnreachable(error: unknown): boolean {
  return isUnavailable(error) && !isTransient(error);
}

/**
 * The one place that opens sessions. Reads go through READ sessions (`executeRead`, or an
 * auto-commit query for a single one: `readQuery`), so a `neo4j://` routing driver sends them to
 * followers of a cluster, and both are retried on failover; writes through
 * `executeWrite` to the leader. Every query is logged under DEBUG=cadre:cypher. Once Neo4j is
 * found unreachable, transactions fail at once until a probe finds it back (neo4j-availability.ts).
 */
export class Neo4jExecutor {
  readonly availability: Neo4jAvailability;
  private readonly readTimeoutMs: number;
  private readonly readRetryMs: number;

  constructor(
    readonly driver: Driver,
    private readonly database?: string,
    options: ExecutorOptions = {},
  ) {
    this.readTimeoutMs = options.readTimeoutMs ?? 10_000;
    this.readRetryMs = options.readRetryMs ?? 1_000;
    this.availability = new Neo4jAvailability({
      ping: () => this.roundTrip(),
      ...(options.probeIntervalMs ? { probeIntervalMs: options.probeIntervalMs } : {}),
      ...(options.log ? { log: options.log } : {}),
    });
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    });
  }

  private static async run(tx: ManagedTransaction, q: CypherQuery): Promise<Neo4jRecord[]> {
    logCypher('%s %o', q.text, q.params);
    return (await tx.run(q.text, q.params)).records;
  }

  /** Runs read queries in one read transaction (one consistent snapshot). */
  read<T>(work: (run: (q: CypherQuery) => Promise<Neo4jRecord[]>) => Promise<T>): Promise<T> {
    return this.transact('READ', work);
  }

  /**
   * Runs one read query, the common case, as an auto-commit transaction in a READ session: routed
   * to readers like `read`, with the same server-side time limit, and tried again here (a new
   * session each time, so a cluster's routing picks another reader) while the driver calls the
   * error retryable, for `readRetryMs`. Not `driver.executeQuery`: that runs a managed
   * transaction, BEGIN and RUN then a COMMIT round trip, where an auto-commit query is one RUN
   * and PULL. Measured on the API bench's N1 query over local Neo4j: p50 1.2–1.4 → 0.5–0.7 ms,
   * 1,100 → 1,800–2,600 queries/s at 32 at once, half the client CPU. One query is one
   * transaction either way, so a read sees one consistent graph. No bookmarks: reads never
   * waited for earlier writes here (the seed is written before the API serves).
   */
  async readQuery(q: CypherQuery): Promise<Neo4jRecord[]> {
    this.availability.assertUp();
    logCypher('%s %o', q.text, q.params);
    try {
      // Not once another call has found Neo4j unreachable: then this read fails at once too.
      const canRetry = (error: unknown): boolean => isRetryableError(error) && !this.availability.isDown;
      return await retryWhile(canRetry, () => this.autoCommitRead(q), this.readRetryMs);
    } catch (error) {
      throw this.wrap(error);
    }
  }

  private async autoCommitRead(q: CypherQuery): Promise<Neo4jRecord[]> {
    const session = this.session('READ');
    try {
      return (await session.run(q.text, q.params, { timeout: this.readTimeoutMs })).records;
    } finally {
      await session.close().catch(() => {});
    }
  }

  /** Runs queries in one write transaction: all of them take effect, or none. */
  write<T>(work: (run: (q: CypherQuery) => Promise<Neo4jRecord[]>) => Promise<T>): Promise<T> {
    return this.transact('WRITE', work);
  }

  private async transact<T>(
    mode: 'READ' | 'WRITE',
    work: (run: (q: CypherQuery) => Promise<Neo4jRecord[]>) => Promise<T>,
  ): Promise<T> {
    this.availability.assertUp();
    const session = this.session(mode);
    try {
      const body = (tx: ManagedTransaction): Promise<T> => work((q) => Neo4jExecutor.run(tx, q));
      // Reads have a server-side time limit (the API's request budget stops waiting anyway);
      // writes (a whole seed graph in one transaction) do not.
      return await (mode === 'READ'
        ? session.executeRead(body, { timeout: this.readTimeoutMs })
        : session.executeWrite(body));
    } catch (error) {
      throw this.wrap(error);
    } finally {
      await session.close().catch(() => {});
    }
  }

  /**
   * One round trip with no retry (health checks). Answers at once while Neo4j is known down
   * (the probe is already watching for it to come back).
   */
  async ping(): Promise<void> {
    this.availability.assertUp();
    try {
      await this.roundTrip();
    } catch (error) {
      throw this.wrap(error);
    }
  }

  private async roundTrip(): Promise<void> {
    const session = this.session('READ');
    try {
      await session.run('RETURN 1');
    } finally {
      await session.close().catch(() => {});
    }
  }

  /**
   * Runs each query in a transaction of its own (schema statements cannot share one with writes,
   * and `CALL … IN TRANSACTIONS` needs an auto-commit one). The driver retries managed
   * transactions but not these, so a query the server refuses as transient ("read outdated data
   * … concurrent data modification", a lock timeout) is run again here, with backoff, for up to
   * `RUN_EACH_RETRY_MS`. That happens when a seeding follows a killed one: the dead client's last
   * transaction is still being rolled back while the new seeding removes its leftover. Every
   * query given here must be safe to run twice (they are idempotent removals and schema
   * statements).
   */
  async runEach(queries: CypherQuery[]): Promise<void> {
    const session = this.session('WRITE');
    try {
      for (const q of queries) {
        logCypher('%s', q.text);
        await retryTransient(() => session.run(q.text, q.params), RUN_EACH_RETRY_MS);
      }
    } catch (error) {
      throw this.wrap(error);
    } finally {
      await session.close().catch(() => {});
    }
  }

  /** An unreachable database becomes a StoreUnavailableError, and known down from now on. */
  wrap(error: unknown): unknown {
    if (error instanceof StoreUnavailableError) return error;
    if (!isUnavailable(error)) return error;
    if (!isUnreachable(error))
      return new StoreUnavailableError(`Neo4j refused the work for now (${firstLine(error)})`, {
        cause: error,
      });
    this.availability.markDown(firstLine(error));
    return new StoreUnavailableError(`Neo4j cannot be reached (${firstLine(error)})`, { cause: error });
  }
}
