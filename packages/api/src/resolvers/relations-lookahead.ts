import {
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
} from 'graphql';
import type { NodeWithRelationsOptions } from '@cadre/store';
import type { Direction, NodeRelationsArgs } from '../generated/resolvers-types';
import { CAPS, requireInRange } from '../limits/argument-caps';
import { requirePartialDate } from './partial-date-scalar';

/** A node's `relations` arguments as its resolver gets them: the SDL's defaults filled in. */
type RelationsArgs = NodeRelationsArgs & { direction: Direction; first: number };

/**
 * What a node's `relations(direction, kinds, asOf, first)` asks of the store, checked: the
 * store cuts to `first`, so the cost estimate can count on it.
 */
export function relationsQuestion(args: RelationsArgs): NodeWithRelationsOptions {
  return {
    direction: args.direction,
    first: requireInRange('first', args.first, 1, CAPS.relationsFirst),
    ...(args.kinds ? { kinds: args.kinds } : {}),
    ...(args.asOf ? { asOf: requirePartialDate(args.asOf, 'asOf') } : {}),
  };
}

/** The key under which a node's answered relations wait for its `relations` field (context.ts). */
export function relationsKey(id: string, q: NodeWithRelationsOptions): string {
  return JSON.stringify([id, q.direction, q.kinds ?? null, q.asOf ?? null, q.first ?? null]);
}

/**
 * Look-ahead for `Query.node`: the `relations` field selected directly under it, as its resolver
 * will be asked (SDL defaults filled in, also for explicit nulls: see applyArgumentDefaults), so
 * that the node and its relations come in one store call. Kept small on purpose: a `relations`
 * inside a fragment, under a directive, or with arguments that do not pass the checks is left to
 * its own resolver (one more round trip, same answer, and the errors it gives).
 */
export function selectedRelations(info: GraphQLResolveInfo): NodeWithRelationsOptions | undefined {
  const type = getNamedType(info.returnType);
  if (!isInterfaceType(type) && !isObjectType(type)) return undefined;
  const field = type.getFields()['relations'];
  const selected = info.fieldNodes
    .flatMap((f) => f.selectionSet?.selections ?? [])
    .find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'relations');
  if (!field || !selected || selected.directives?.length) return undefined;
  try {
    const args: Record<string, unknown> = getArgumentValues(field, selected, info.variableValues);
    for (const arg of field.args) if (arg.defaultValue !== undefined) args[arg.name] ??= arg.defaultValue;
    return relationsQuestion(args as RelationsArgs);
  } catch {
    return undefined;
  }
}
