import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * A field of the client's selection that resolves to a leaf value read straight off its object
 * (no resolver of its own): charged with its object instead of one by one, so that executors can
 * read it without calling anything (graphql-jit inlines such fields; wrapping every one of them
 * made a depth-2 neighbourhood 1.5× slower).
 */
interface PlainLeaf {
  /** The property the default resolver reads. */
  fieldName: string;
  /** Its key in the answer (alias or name). */
  key: string;
  /** What the key adds to the JSON text: the response key (alias or name), quotes and colon. */
  keySize: number;
  /** The type conditions of the fragments it sits in (all must hold). */
  conditions: readonly string[];
  /** The nodes on its way whose @skip/@include decide, per request, whether it is asked for. */
  guarded: ReadonlyArray<{ directives?: FieldNode['directives'] }>;
}

/** The plain leaves of one selection, and those that apply to each object type met so far. */
interface SelectionPlan {
  nodes: readonly FieldNode[];
  leaves: readonly PlainLeaf[];
  /** Whether a response key occurs twice (merged fields), so that it must be charged once. */
  repeatsKeys: boolean;
  byType: Map<string, readonly PlainLeaf[]>;
}

/** Whether a field is answered by graphql's default resolver and is a leaf (scalar or enum). */
export const isPlainLeaf = (field: GraphQLField<unknown, unknown>): boolean =>
  field.resolve === undefined && isLeafType(getNamedType(field.type));

/** About what a value adds to the answer's JSON: its text, or the brackets of an object or list. */
export function jsonSize(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return value.length + 2;
    case 'number':
    case 'boolean':
      return 6;
    case 'object':
      if (value === null) return 4;
      // A list's objects are charged by their own fields; a list of scalars (kinds) here.
      if (Array.isArray(value)) {
        let size = 2;
        for (const v of value as unknown[])
          size += 1 + (typeof v === 'object' && v !== null ? 2 : jsonSize(v));
        return size;
      }
      return 2;
    default:
      return 4;
  }
}

function collectLeaves(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  conditions: readonly string[],
  guarded: PlainLeaf['guarded'],
  out: PlainLeaf[],
  spread: ReadonlySet<string>,
): void {
  for (const selection of selectionSet?.selections ?? []) {
    const guards = selection.directives?.length ? [...guarded, selection] : guarded;
    if (selection.kind === Kind.FIELD) {
      // Objects are charged by their own field; __typename is part of every object's brackets.
      if (selection.selectionSet || selection.name.value.startsWith('__')) continue;
      const key = (selection.alias ?? selection.name).value;
      out.push({
        fieldName: selection.name.value,
        key,
        keySize: key.length + 3,
        conditions,
        guarded: guards,
      });
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition?.name.value;
      collectLeaves(
        selection.selectionSet,
        fragments,
        on ? [...conditions, on] : conditions,
        guards,
        out,
        spread,
      );
      continue;
    }
    const name = selection.name.value;
    const fragment = fragments[name];
    // Validation refuses cycles; the guard only keeps a hand-made document from looping.
    if (!fragment || spread.has(name)) continue;
    collectLeaves(
      fragment.selectionSet,
      fragments,
      [...conditions, fragment.typeCondition.name.value],
      guards,
      out,
      new Set([...spread, name]),
    );
  }
}

/**
 * Plans by the first of their field nodes (the nodes of a validated, cached document live as long
 * as the document), checked against the whole list: a fragment spread in two places can give two
 * merged lists the same first node.
 */
const plans = new WeakMap<FieldNode, SelectionPlan[]>();

/**
 * Plans by the field-node list itself: graphql-jit hands every call of a compiled field the same
 * list, so a compiled document finds its plan in one look-up (graphql-js makes new lists for each
 * execution and finds it through `plans`).
 */
const byList = new WeakMap<readonly FieldNode[], SelectionPlan>();

function planFor(info: GraphQLResolveInfo): SelectionPlan {
  const nodes = info.fieldNodes;
  const listed = byList.get(nodes);
  if (listed) return listed;
  const known = plans.get(nodes[0]!) ?? [];
  let plan = known.find((p) => p.nodes.length === nodes.length && p.nodes.every((n, i) => n === nodes[i]));
  if (!plan) {
    const leaves: PlainLeaf[] = [];
    for (const node of nodes) collectLeaves(node.selectionSet, info.fragments, [], [], leaves, new Set());
    const keys = new Set(leaves.map((l) => l.key));
    plan = { nodes: [...nodes], leaves, repeatsKeys: keys.size < leaves.length, byType: new Map() };
    plans.set(nodes[0]!, [...known, plan]);
  }
  byList.set(nodes, plan);
  return plan;
}

/** The plain leaves of `plan` that an object of `type` is asked for (before @skip/@include). */
function leavesOf(
  plan: SelectionPlan,
  type: GraphQLObjectType,
  info: GraphQLResolveInfo,
): readonly PlainLeaf[] {
  let leaves = plan.byType.get(type.name);
  if (leaves) return leaves;
  const fields = type.getFields();
  const holds = (condition: string): boolean => {
    if (condition === type.name) return true;
    const named = info.schema.getType(condition);
    return named !== undefined && isAbstractType(named) && info.schema.isSubType(named, type);
  };
  leaves = plan.leaves.filter((l) => {
    const field = fields[l.fieldName];
    return field !== undefined && isPlainLeaf(field) && l.conditions.every(holds);
  });
  plan.byType.set(type.name, leaves);
  return leaves;
}

const asked = (leaf: PlainLeaf, variables: Record<string, unknown>): boolean =>
  leaf.guarded.every(
    (node) =>
      getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true &&
      getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false,
  );

/** The object type of one value of the field (`returned`, its named type), when it can be told without waiting. */
function objectTypeOf(
  returned: GraphQLNamedType,
  value: object,
  context: unknown,
  info: GraphQLResolveInfo,
): GraphQLObjectType | undefined {
  if (isObjectType(returned)) return returned;
  if (!isAbstractType(returned)) return undefined;
  const name = returned.resolveType?.(value, context, info, returned);
  const type = typeof name === 'string' ? info.schema.getType(name) : undefined;
  return isObjectType(type) ? type : undefined;
}

/** What the plain leaves asked of one object add, read the way the default resolver reads them. */
function leavesSize(
  leaves: readonly PlainLeaf[],
  repeatsKeys: boolean,
  record: Record<string, unknown>,
  info: GraphQLResolveInfo,
): number {
  const charged = repeatsKeys ? new Set<string>() : undefined;
  let size = 0;
  for (const leaf of leaves) {
    if (leaf.guarded.length && !asked(leaf, info.variableValues)) continue;
    if (charged) {
      if (charged.has(leaf.key)) continue;
      charged.add(leaf.key);
    }
    size += leaf.keySize + jsonSize(record[leaf.fieldName]);
  }
  return size;
}

/**
 * What the plain leaves asked of `value`'s objects (one, or the objects of a list, nested
 * lists included) add to the answer. An object whose type cannot be told at once is charged for
 * every plain leaf of the selection it holds. The plan and the named type are found once for a
 * whole list: a neighbourhood's list holds hundreds of objects.
 */
export function objectLeavesSize(value: unknown, context: unknown, info: GraphQLResolveInfo): number {
  if (value === null || typeof value !== 'object') return 0;
  const plan = planFor(info);
  if (plan.leaves.length === 0) return 0;
  const returned = getNamedType(info.returnType);
  const sizeIn = (v: object): number => {
    if (Array.isArray(v)) {
      let size = 0;
      for (const item of v as unknown[]) if (item !== null && typeof item === 'object') size += sizeIn(item);
      return size;
    }
    const type = objectTypeOf(returned, v, context, info);
    const leaves = type ? leavesOf(plan, type, info) : plan.leaves;
    return leavesSize(leaves, plan.repeatsKeys, v as Record<string, unknown>, info);
  };
  return sizeIn(value);
}
