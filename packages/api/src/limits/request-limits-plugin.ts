import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../context';
import { tooCostly, tryAgainLater } from '../errors';
import { ConcurrencyGate } from './concurrency-gate';
import { createCostEstimate } from './query-cost';
import type { ServerLimits } from './server-limits';

/** Codes of a spent budget: one of each is enough for the client (every later field repeats it). */
const BUDGET_CODES = new Set(['TIME_BUDGET_EXCEEDED', 'STORE_BUDGET_EXCEEDED', 'RESPONSE_TOO_LARGE']);

/**
 * The request limits that need the resolved operation: the cost check (refused with
 * QUERY_TOO_COSTLY, 400, before any resolver runs), the expensive lane (operations costing
 * `expensiveCost` or more run at most `expensiveConcurrency` at once, with `expensiveQueue`
 * waiting; the next gets SERVER_BUSY, 503 with Retry-After, at once), and the end of each
 * request's budget.
 */
export function requestLimitsPlugin(
  schema: GraphQLSchema,
  limits: ServerLimits,
): ApolloServerPlugin<GraphQLContext> & { gate: ConcurrencyGate } {
  const gate = new ConcurrencyGate(limits.expensiveConcurrency, limits.expensiveQueue);
  const estimate = createCostEstimate(schema);
  // Turns held in the expensive lane, by request, so that every way a request ends gives it back.
  const turns = new WeakMap<object, () => void>();
  const finish = (context: GraphQLContext | undefined): void => {
    if (!context) return;
    turns.get(context)?.();
    context.budget?.dispose();
  };
  return {
    gate,
    async unexpectedErrorProcessingRequest({ requestContext }) {
      finish(requestContext.contextValue);
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, contextValue }) {
          // An unknown operationName: Apollo answers it with a 400 of its own.
          if (!operation) return;
          const result = estimate(document, operation, request.variables);
          if (result.kind === 'bad-variables') return;
          if (result.kind === 'too-many-fields')
            throw tooCostly(`more than ${result.fields} fields`, limits.maxCost);
          if (result.cost > limits.maxCost) throw tooCostly(Math.round(result.cost), limits.maxCost);
          if (result.cost < limits.expensiveCost) return;
          const entry = gate.tryEnter();
          if (!entry)
            throw tryAgainLater(
              'SERVER_BUSY',
              'The server is busy with other costly requests; try again in a moment, or ask for less.',
              1,
            );
          turns.set(contextValue, await waitForTurn(entry, contextValue));
          contextValue.budget?.enterExpensiveLane();
        },
        async willSendResponse({ response, contextValue }) {
          finish(contextValue);
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const seen = new Set<string>();
          response.body.singleResult.errors = response.body.singleResult.errors.filter((e) => {
            const code = String(e.extensions?.code);
            if (!BUDGET_CODES.has(code)) return true;
            if (seen.has(code)) return false;
            seen.add(code);
            return true;
          });
        },
      };
    },
  };
}

/**
 * Waits for a turn in the expensive lane within the request's time budget. A request whose time
 * runs out while queued gives its turn back as soon as it comes, so no turn is ever lost.
 */
async function waitForTurn(
  entry: Promise<() => void>,
  context: GraphQLContext | undefined,
): Promise<() => void> {
  if (!context?.budget) return entry;
  try {
    return await context.budget.race(entry);
  } catch (error) {
    void entry.then((release) => release());
    throw error;
  }
}
