import createDebug from 'debug';
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { StoreUnavailableError } from '@cadre/store';
import type { CypherQuery } from './cypher/cypher-query';

const logCypher = createDebug('cadre:cypher');

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

/**
 * The one place that opens sessions. Reads go through `executeRead`, so a `neo4j://` routing
 * driver sends them to followers of a cluster and retries them on failover; writes through
 * `executeWrite` to the leader. Every query is logged under DEBUG=cadre:cypher.
 */
export class Neo4jExecutor {
  constructor(
    readonly driver: Driver,
    private readonly database?: string,
  ) {}

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

  /** Runs queries in one write transaction: all of them take effect, or none. */
  write<T>(work: (run: (q: CypherQuery) => Promise<Neo4jRecord[]>) => Promise<T>): Promise<T> {
    return this.transact('WRITE', work);
  }

  private async transact<T>(
    mode: 'READ' | 'WRITE',
    work: (run: (q: CypherQuery) => Promise<Neo4jRecord[]>) => Promise<T>,
  ): Promise<T> {
    const session = this.session(mode);
    try {
      const body = (tx: ManagedTransaction): Promise<T> => work((q) => Neo4jExecutor.run(tx, q));
      return await (mode === 'READ' ? session.executeRead(body) : session.executeWrite(body));
    } catch (error) {
      throw wrap(error);
    } finally {
      await session.close();
    }
  }

  /** One round trip with no retry (health checks). */
  async ping(): Promise<void> {
    const session = this.session('READ');
    try {
      await session.run('RETURN 1');
    } catch (error) {
      throw wrap(error);
    } finally {
      await session.close();
    }
  }

  /** Schema statements cannot share a transaction with writes; each runs in its own. */
  async runEach(queries: CypherQuery[]): Promise<void> {
    const session = this.session('WRITE');
    try {
      for (const q of queries) {
        logCypher('%s', q.text);
        await session.run(q.text, q.params);
      }
    } catch (error) {
      throw wrap(error);
    } finally {
      await session.close();
    }
  }
}

function wrap(error: unknown): unknown {
  return isUnavailable(error)
    ? new StoreUnavailableError(
        `Neo4j cannot be reached (${(error as Error).message?.split('\n')[0] ?? error})`,
        { cause: error },
      )
    : error;
}
