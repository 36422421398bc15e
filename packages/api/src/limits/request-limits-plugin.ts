import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../context';
import { BUDGET_CODES, tooCostly, tryAgainLater } from '../errors';
import { firstCutPath } from './charge-answer-fields';
import { ConcurrencyGate } from './concurrency-gate';
import { createCostEstimate } from './query-cost';
import type { ServerLimits } from './server-limits';

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
          // A turn of the event loop before running: on the embedded store a request's store calls
          // settle at once, so an expensive request would otherwise run start to end in one go;
          // this lets the requests that arrived meanwhile be read (and the lane refuse them) first.
          await new Promise<void>((resolve) => setImmediate(resolve));
        },
        async willSendResponse({ response, contextValue }) {
          finish(contextValue);
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          // One error of each budget code is enough for the client (every later field repeats
          // it): the one of the field where the budget ran out, else the first.
          const errors = response.body.singleResult.errors;
          const cut = contextValue.budget && firstCutPath(contextValue.budget);
          const atCut = cut && errors.find((e) => samePath(e.path, cut));
          const kept = new Map<string, GraphQLFormattedError>();
          if (atCut) kept.set(String(atCut.extensions?.code), atCut);
          for (const e of errors) {
            const code = String(e.extensions?.code);
            if (BUDGET_CODES.has(code) && !kept.has(code)) kept.set(code, e);
          }
          response.body.singleResult.errors = errors.filter(
            (e) =>
              !BUDGET_CODES.has(String(e.extensions?.code)) || kept.get(String(e.extensions?.code)) === e,
          );
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

const samePath = (
  path: ReadonlyArray<string | number> | undefined,
  cut: ReadonlyArray<string | number>,
): boolean => path?.length === cut.length && path.every((p, i) => p === cut[i]);
