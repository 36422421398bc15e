import {
  defaultFieldResolver,
  getNamedType,
  isCompositeType,
  isObjectType,
  responsePathAsArray,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { isBudgetExceeded } from '../errors';
import { isPlainLeaf, jsonSize, objectLeavesSize } from './charge-object-leaves';
import type { Budget } from './request-budget';

/**
 * Where each request's budget ran out: the path of the first field that failed with the budget's
 * error. Every field after it fails with the same error, and the answer keeps only one
 * (request-limits-plugin.ts): this one. graphql-js lists errors as they happen, so its first is
 * this field; graphql-jit lists nullable fields' errors before non-null ones, so without the
 * path the error kept would depend on the executor.
 */
const firstCuts = new WeakMap<Budget, ReadonlyArray<string | number>>();

export const firstCutPath = (budget: Budget): ReadonlyArray<string | number> | undefined =>
  firstCuts.get(budget);

function noteCut(budget: Budget, info: GraphQLResolveInfo, error: unknown): void {
  if (!firstCuts.has(budget) && isBudgetExceeded(error))
    firstCuts.set(budget, responsePathAsArray(info.path));
}

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

/**
 * What a field's value adds to the answer: its key and value, and for objects the plain leaves
 * asked of them (charge-object-leaves.ts), which have no resolver to charge them one by one.
 */
function sizeOf(composite: boolean, value: unknown, context: unknown, info: GraphQLResolveInfo): number {
  const key = typeof info.path.key === 'string' ? info.path.key.length + 3 : 0;
  return key + jsonSize(value) + (composite ? objectLeavesSize(value, context, info) : 0);
}

/**
 * Resolves one field within the budget: refused once the budget is spent, its value's size
 * charged when known. A plain function rather than a closure made per field: a subgraph's answer
 * resolves a thousand fields, and each would allocate one.
 */
function resolveCharged(
  budget: Budget,
  resolve: GraphQLFieldResolver<unknown, unknown>,
  composite: boolean,
  source: unknown,
  args: Record<string, unknown>,
  context: unknown,
  info: GraphQLResolveInfo,
): unknown {
  let value: unknown;
  try {
    budget.checkField();
    value = resolve(source, args, context, info);
    if (!isPromise(value)) {
      budget.chargeBytes(sizeOf(composite, value, context, info));
      return value;
    }
  } catch (error) {
    noteCut(budget, info, error);
    throw error;
  }
  return value.then(
    (v) => {
      try {
        budget.chargeBytes(sizeOf(composite, v, context, info));
      } catch (error) {
        noteCut(budget, info, error);
        throw error;
      }
      return v;
    },
    (error: unknown) => {
      noteCut(budget, info, error);
      throw error;
    },
  );
}

/**
 * Wraps every field's resolver so that each field first checks the request's budget (time, and
 * whether any part is already spent) and then charges its value's size to the answer. This is
 * what bounds the work of any query shape: graphql-js has no way to stop an execution, but every
 * field it would still resolve fails at once. Plain leaves (no resolver, a scalar or enum: an id,
 * a kind) are left unwrapped and charged with their object, when the field holding it resolves:
 * before they are read, so the bound is as tight, and executors read them without a call. Fields
 * without a budget in their context (a context made by hand) run as before. Changes the schema
 * in place and returns it.
 */
export function chargeAnswerFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    // Introspection is bounded by the (fixed) schema and costed as such.
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (isPlainLeaf(field)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const composite = isCompositeType(getNamedType(field.type));
      field.resolve = (source, args, context: { budget?: Budget } | undefined, info) => {
        const budget = context?.budget;
        if (!budget) return resolve(source, args, context, info);
        // An expensive request gives way to others every so often (request-budget.ts).
        const pause = budget.pace();
        if (pause)
          return pause.then(() => resolveCharged(budget, resolve, composite, source, args, context, info));
        return resolveCharged(budget, resolve, composite, source, args, context, info);
      };
    }
  }
  return schema;
}
