import { defaultFieldResolver, isObjectType, type GraphQLArgument, type GraphQLSchema } from 'graphql';

/** Whether any of `defaulted` is null (or missing) in `args`. */
function lacksAny(args: Record<string, unknown>, defaulted: readonly GraphQLArgument[]): boolean {
  for (const arg of defaulted) if (args[arg.name] == null) return true;
  return false;
}

/**
 * graphql-js fills in an argument's SDL default only when the argument is left out; a client may
 * still send an explicit null (`search(text: "x", first: null)`). This gives such arguments their
 * SDL default as well, so the defaults are written in the SDL alone and every resolver gets what
 * the generated types promise for a defaulted argument (`RequireFields`: never null).
 * Changes the schema's field resolvers in place and returns the schema.
 */
export function applyArgumentDefaults(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const defaulted = field.args.filter((arg) => arg.defaultValue !== undefined);
      if (defaulted.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        // Almost every call has no null to fill (`name(lang:)` on each of a subgraph's nodes):
        // those pass their arguments as they are, without a copy.
        if (!lacksAny(args, defaulted)) return resolve(source, args, context, info);
        const filled = { ...args };
        for (const arg of defaulted) filled[arg.name] ??= arg.defaultValue;
        return resolve(source, filled, context, info);
      };
    }
  }
  return schema;
}
