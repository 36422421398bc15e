import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import type { Budget } from './request-budget';

/** About what a value adds to the answer's JSON: its text, or the brackets of an object or list. */
function jsonSize(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return value.length + 2;
    case 'number':
    case 'boolean':
      return 6;
    case 'object':
      if (value === null) return 4;
      // A list's objects are charged by their own fields; a list of scalars (kinds) here.
      if (Array.isArray(value))
        return value.reduce<number>(
          (n, v) => n + 1 + (typeof v === 'object' && v !== null ? 2 : jsonSize(v)),
          2,
        );
      return 2;
    default:
      return 4;
  }
}

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

/**
 * Wraps every field's resolver so that each field first checks the request's budget (time, and
 * whether any part is already spent) and then charges its value's size to the answer. This is
 * what bounds the work of any query shape: graphql-js has no way to stop an execution, but every
 * field it would still resolve fails at once. Fields without a budget in their context (a
 * context made by hand) run as before. Changes the schema in place and returns it.
 */
export function chargeAnswerFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    // Introspection is bounded by the (fixed) schema and costed as such.
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const keySize = field.name.length + 3;
      field.resolve = (source, args, context: { budget?: Budget } | undefined, info) => {
        const budget = context?.budget;
        if (!budget) return resolve(source, args, context, info);
        const run = (): unknown => {
          budget.check();
          const value = resolve(source, args, context, info);
          if (isPromise(value))
            return value.then((v) => {
              budget.chargeBytes(keySize + jsonSize(v));
              return v;
            });
          budget.chargeBytes(keySize + jsonSize(value));
          return value;
        };
        // An expensive request gives way to others every so often (request-budget.ts).
        const pause = budget.pace();
        return pause ? pause.then(run) : run();
      };
    }
  }
  return schema;
}
