/**
 * Every limit that keeps one request from taking the server down, with its default and the
 * `CADRE_*` environment setting that changes it (README "Operations"). Sized for a 2-core
 * machine serving the 1M-relation graph Cadre is designed for.
 */
export interface ServerLimits {
  /** Wall-clock time one request may take, in ms (`CADRE_REQUEST_TIMEOUT_MS`). Default 10,000. */
  requestTimeoutMs: number;
  /** Store calls one request may make, after batching (`CADRE_MAX_STORE_CALLS`). Default 1,000. */
  maxStoreCalls: number;
  /** Nodes, relations and sources the store may hand one request (`CADRE_MAX_ELEMENTS`). Default 100,000. */
  maxElements: number;
  /** Estimated bytes of one answer's JSON (`CADRE_MAX_RESPONSE_BYTES`). Default 8,000,000. */
  maxResponseBytes: number;
  /** Highest estimated cost of an operation (`CADRE_MAX_COST`). Default 50,000. */
  maxCost: number;
  /** From this estimated cost on, an operation is expensive (`CADRE_EXPENSIVE_COST`). Default 30,000. */
  expensiveCost: number;
  /** Expensive operations run at once (`CADRE_EXPENSIVE_CONCURRENCY`). Default 2, one per core. */
  expensiveConcurrency: number;
  /** Expensive operations waiting for a turn before the next gets a 503 (`CADRE_EXPENSIVE_QUEUE`). Default 4. */
  expensiveQueue: number;
  /** Deepest selection (`CADRE_MAX_DEPTH`). Default 12: a path's node's relations' sources' source. */
  maxDepth: number;
  /** Aliases in one document (`CADRE_MAX_ALIASES`). Default 30. */
  maxAliases: number;
  /** Directives in one document (`CADRE_MAX_DIRECTIVES`). Default 20. */
  maxDirectives: number;
  /** Lexical tokens in one document (`CADRE_MAX_TOKENS`). Default 3,000 (GraphiQL's introspection has about 300). */
  maxTokens: number;
  /** Whether the schema can be introspected (`CADRE_INTROSPECTION`, "false" turns it off). Default on. */
  introspection: boolean;
  /**
   * Not a bound: a request answered after this many ms or more is logged with its time
   * (`CADRE_SLOW_REQUEST_MS`; 0 logs every request). Default 1,000.
   */
  slowRequestMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  requestTimeoutMs: 10_000,
  maxStoreCalls: 1_000,
  maxElements: 100_000,
  maxResponseBytes: 8_000_000,
  maxCost: 50_000,
  expensiveCost: 30_000,
  expensiveConcurrency: 2,
  expensiveQueue: 4,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 3_000,
  introspection: true,
  slowRequestMs: 1_000,
};

const ENV_NAMES: Record<keyof ServerLimits, string> = {
  requestTimeoutMs: 'CADRE_REQUEST_TIMEOUT_MS',
  maxStoreCalls: 'CADRE_MAX_STORE_CALLS',
  maxElements: 'CADRE_MAX_ELEMENTS',
  maxResponseBytes: 'CADRE_MAX_RESPONSE_BYTES',
  maxCost: 'CADRE_MAX_COST',
  expensiveCost: 'CADRE_EXPENSIVE_COST',
  expensiveConcurrency: 'CADRE_EXPENSIVE_CONCURRENCY',
  expensiveQueue: 'CADRE_EXPENSIVE_QUEUE',
  maxDepth: 'CADRE_MAX_DEPTH',
  maxAliases: 'CADRE_MAX_ALIASES',
  maxDirectives: 'CADRE_MAX_DIRECTIVES',
  maxTokens: 'CADRE_MAX_TOKENS',
  introspection: 'CADRE_INTROSPECTION',
  slowRequestMs: 'CADRE_SLOW_REQUEST_MS',
};

/**
 * The limits from the environment. A setting that is not a whole number (or, for introspection,
 * not true/false) stops the start with its name: a typo must not silently leave a limit off.
 */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerLimits {
  const limits = { ...DEFAULT_LIMITS };
  const introspection = env[ENV_NAMES.introspection]?.trim();
  if (introspection) {
    if (!/^(true|false|1|0)$/i.test(introspection))
      throw new Error(`${ENV_NAMES.introspection} must be true or false (got "${introspection}")`);
    limits.introspection = /^(true|1)$/i.test(introspection);
  }
  for (const key of Object.keys(ENV_NAMES) as Array<keyof ServerLimits>) {
    if (key === 'introspection') continue;
    const name = ENV_NAMES[key];
    const raw = env[name]?.trim();
    if (!raw) continue;
    // Queue length may be 0 (no waiting), and the slow-request threshold (log every request);
    // everything else must be at least 1.
    const min = key === 'expensiveQueue' || key === 'slowRequestMs' ? 0 : 1;
    if (!/^\d+$/.test(raw) || Number(raw) < min || !Number.isSafeInteger(Number(raw)))
      throw new Error(`${name} must be a whole number of at least ${min} (got "${raw}")`);
    limits[key] = Number(raw);
  }
  return limits;
}
