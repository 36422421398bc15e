export interface Neo4jStoreOptions {
  /** bolt://, neo4j:// (routing: clusters, Aura) or their +s/+ssc variants. */
  uri: string;
  user?: string;
  password?: string;
  /** Database name; the server's default when omitted. */
  database?: string;
  /** Where connection problems and recoveries are reported. Default console.log. */
  log?: (message: string) => void;
  /** Most search candidates fetched from the full-text index before ranking. Default 1,000. */
  searchCandidates?: number;
  /** Longest a read transaction may run on the server, in ms. Default 10,000. */
  readTimeoutMs?: number;
  /** How long a read or transaction that failed for want of the database is retried, in ms. Default 1,000. */
  maxRetryMs?: number;
}

/** Where `npm run neo4j` serves a local Neo4j, and so where `npm run seed` writes by default. */
export const DEFAULT_NEO4J_URI = 'bolt://127.0.0.1:7687';

/**
 * The connection options from NEO4J_URI (default: the local server), NEO4J_USER, NEO4J_PASSWORD
 * and NEO4J_DATABASE, read the same way by the API and by `npm run seed`. Without NEO4J_USER
 * there is no authentication (a local server with auth disabled).
 */
export function neo4jOptionsFromEnv(env: NodeJS.ProcessEnv): Neo4jStoreOptions {
  return {
    uri: env.NEO4J_URI ?? DEFAULT_NEO4J_URI,
    ...(env.NEO4J_USER ? { user: env.NEO4J_USER } : {}),
    ...(env.NEO4J_PASSWORD ? { password: env.NEO4J_PASSWORD } : {}),
    ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
  };
}
