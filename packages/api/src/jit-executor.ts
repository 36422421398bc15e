import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  getVariableValues,
  Kind,
  visit,
  BREAK,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { GraphQLContext } from './context';

/** Which engine executes operations: graphql-jit (compiled documents) or plain graphql-js. */
export type ExecutorName = 'jit' | 'graphql-js';

export const EXECUTOR_ENV_NAME = 'CADRE_EXECUTOR';

/**
 * CADRE_EXECUTOR, `jit` when unset; any other value than `jit` or `graphql-js` stops the start
 * with its name. graphql-jit is the default since plain leaves (ids, kinds) are charged with
 * their object (limits/charge-object-leaves.ts) and so compile to a property read: a depth-2
 * neighbourhood executes about 2.5× faster in-process than with graphql-js (README,
 * "Benchmarks"). It writes client documents into generated code: the one injection path found is
 * guarded below, and every API suite runs on both executors, answers compared byte for byte
 * (`compare-executors.ts`). `graphql-js` is the plain reference executor, for a deployment that
 * will not run generated code.
 */
export function executorFromEnv(value = process.env[EXECUTOR_ENV_NAME]): ExecutorName {
  const name = value?.trim() || 'jit';
  if (name === 'jit' || name === 'graphql-js') return name;
  throw new Error(`${EXECUTOR_ENV_NAME} must be "jit" or "graphql-js", not "${name}"`);
}

type Gateway = ApolloServerOptionsWithGateway<GraphQLContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

export interface JitOptions {
  /** Documents remembered as seen (a hash and a count each) until they compile. */
  seen: number;
  /** Compiled documents kept (a few kB of generated code each, bounded by CADRE_MAX_TOKENS). */
  compiled: number;
  /** The sight of a document that compiles it (tests compile at the first). */
  compileAtSight: number;
}

export const DEFAULT_JIT_OPTIONS: JitOptions = { seen: 2000, compiled: 500, compileAtSight: 2 };

/**
 * graphql-jit turns the literal arguments of a document into JavaScript source with
 * JSON.stringify, then rewrites every `"__MAGIC_DATE__<uuid><anything but a quote>"` in that
 * source into `new Date(<anything>)` (its `objectStringify`). A client's string literal holding
 * that public marker therefore becomes code in the compiled function: with 0.8.9,
 * `"<marker>1,(globalThis.x=1)"` runs `globalThis.x=1` (no graphql-jit issue names this). No
 * honest Cadre query carries the marker, so any document with a string literal containing
 * `__MAGIC_` (escapes decoded) is left to graphql-js. The rest of the generated source is safe
 * from the client: every name that reaches it (fields, aliases, fragments, variables, types)
 * has passed the lexer's GraphQL name rule `[_A-Za-z][_0-9A-Za-z]*`; variable values are passed
 * as data, and variable defaults JSON.stringify'd without that rewrite; PartialDate literals are
 * parsed (digits and dashes) before they are embedded; and only validated documents get here.
 */
export function hasJitMarker(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING](node) {
      if (!node.value.includes('__MAGIC_')) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** A compiled document, or the mark that it is left to graphql-js (it failed to compile). */
type CacheEntry = CompiledQuery | 'graphql-js';

function compile(schema: GraphQLSchema, document: DocumentNode, operationName?: string): CacheEntry {
  if (hasJitMarker(document)) return 'graphql-js';
  try {
    const result = compileQuery(schema, document, operationName);
    return isCompiledQuery(result) ? result : 'graphql-js';
  } catch {
    // A document graphql-jit cannot compile (it validated, so graphql-js can run it).
    return 'graphql-js';
  }
}

/**
 * The executor behind Apollo Server's `gateway` option (Apollo 4 and 5 have no other way to
 * replace graphql-js's `execute`; Apollo still parses, validates and runs every plugin hook
 * around it). A document is compiled the second time it is seen: a flood of one-off documents
 * then costs a hash lookup each, not a compilation, and both caches are LRU-bounded by count.
 * Anything graphql-jit might answer differently goes to graphql-js's `execute` instead: unseen
 * or uncompilable documents, and variables graphql-js's coercion refuses (so that their errors,
 * and Apollo's 400 for them, are graphql-js's own).
 */
export function jitGateway(schema: GraphQLSchema, options: Partial<JitOptions> = {}): Gateway {
  const { compileAtSight, ...sizes } = { ...DEFAULT_JIT_OPTIONS, ...options };
  const seen = new LRUCache<string, number>({ max: sizes.seen });
  const compiled = new LRUCache<string, CacheEntry>({ max: sizes.compiled });

  const compiledFor = (key: string, document: DocumentNode, operationName?: string) => {
    const cached = compiled.get(key);
    if (cached) return cached;
    const sights = (seen.get(key) ?? 0) + 1;
    if (sights < compileAtSight) {
      seen.set(key, sights);
      return 'graphql-js';
    }
    seen.delete(key);
    const entry = compile(schema, document, operationName);
    compiled.set(key, entry);
    return entry;
  };

  const executor: Executor = async ({ request, document, operation, queryHash, context }) => {
    const { variables, operationName } = request;
    const viaGraphqlJs = (): Promise<ExecutionResult> | ExecutionResult =>
      execute({
        schema,
        document,
        contextValue: context,
        variableValues: variables,
        operationName,
      });
    // No operation by that name (Apollo still calls the executor): graphql-js answers with its
    // own error. graphql-jit would run something else: with operationName "" it picks a
    // document's one anonymous operation, which graphql-js, and Apollo, never take "" to name.
    if (!operation) return viaGraphqlJs();
    const entry = compiledFor(`${queryHash}:${operationName ?? ''}`, document, operationName);
    if (entry === 'graphql-js') return viaGraphqlJs();
    if (operation.variableDefinitions?.length) {
      const coerced = getVariableValues(schema, operation.variableDefinitions, variables ?? {});
      if (coerced.errors) return viaGraphqlJs();
    }
    const { data, errors } = await entry.query(undefined, context, variables);
    // graphql-js's key order (errors first), so that the JSON text is the same too.
    return errors?.length ? { errors, data } : { data };
  };

  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      // The schema never changes; Apollo asks once to learn it.
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    stop: async () => {},
  };
}
