import {
  GraphQLError,
  getVariableValues,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { costEstimator } from './cost-model';

/**
 * What identifies an estimate: the document's text, the operation and the variables. None (no
 * caching) when the variables cannot be written out, as JSON nested thousands deep cannot.
 */
function cacheKey(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): string | undefined {
  const source = document.loc?.source.body;
  if (source === undefined) return undefined;
  try {
    return `${operation.name?.value ?? ''}\u0000${JSON.stringify(variables ?? {})}\u0000${source}`;
  } catch {
    return undefined;
  }
}

/** Estimates remembered (oldest forgotten first). */
const RECENT_ESTIMATES = 500;

/** Fields (fragments expanded) graphql-query-complexity walks at most before it gives up. */
const MAX_WALKED_FIELDS = 10_000;

export type CostEstimate =
  | { kind: 'cost'; cost: number }
  /** Variables that do not fit their types: execution refuses them (400) before any resolver runs. */
  | { kind: 'bad-variables' }
  /** So many fields once fragments are expanded that the walk stopped: too costly whatever the sizes. */
  | { kind: 'too-many-fields'; fields: number };

/**
 * The estimated cost of the operation Apollo resolved, by graphql-query-complexity (kept, widely
 * used) with Cadre's cost model. Variables are coerced first, as execution would: the library
 * throws on values that do not fit (a 500 for a client's mistake), and bad variables are the
 * executor's to refuse with its own clear message.
 */
export function createCostEstimate(schema: GraphQLSchema) {
  const estimator = costEstimator(schema);
  // The last estimates, by document and variables: a flood repeats one request, and refusing
  // it again must cost as little as possible. Apollo keeps the parsed documents themselves.
  const recent = new Map<string, CostEstimate>();
  return (
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | undefined,
  ): CostEstimate => {
    const key = cacheKey(document, operation, variables);
    const known = key === undefined ? undefined : recent.get(key);
    if (known) return known;
    const estimate = estimateOnce(document, operation, variables);
    if (key !== undefined && key.length < 20_000) {
      if (recent.size >= RECENT_ESTIMATES) recent.delete(recent.keys().next().value!);
      recent.set(key, estimate);
    }
    return estimate;
  };

  function estimateOnce(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | undefined,
  ): CostEstimate {
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
    if (coerced.errors) return { kind: 'bad-variables' };
    try {
      const cost = getComplexity({
        schema,
        query: document,
        variables: variables ?? {},
        // Only a named operation can be picked by name (an anonymous one is alone in its document).
        ...(operation.name ? { operationName: operation.name.value } : {}),
        estimators: [estimator],
        maxQueryNodes: MAX_WALKED_FIELDS,
      });
      return { kind: 'cost', cost };
    } catch (error) {
      if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message))
        return { kind: 'too-many-fields', fields: MAX_WALKED_FIELDS };
      throw error;
    }
  }
}
