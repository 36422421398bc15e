import type { NodeRecord } from '@cadre/model';
import { badInput, notFound } from '../errors';
import type { QueryResolvers } from '../generated/resolvers-types';
import { CAPS, requireInRange, requireSearchText } from '../limits/argument-caps';
import { loadNodeWithRelations, rememberNodes } from '../context';
import { decodeCursor } from './cursor';
import { comparisonQueries } from './comparison-queries';
import { implementationMapQuery } from './implementation-map-resolvers';
import { relationsKey, selectedRelations } from './relations-lookahead';

const present = <T>(x: T | null | undefined): x is T => x !== null && x !== undefined;
const opt = <K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } =>
  (present(value) ? { [key]: value } : {}) as { [P in K]?: V };

/** Defaulted arguments (first, depth, limit, maxHops) arrive filled in from the SDL (see applyArgumentDefaults). */
export const queryResolvers = {
  // With its relations selected, the node comes with them and their ends in one store call.
  node: async (_, { id }, context, info) => {
    const relations = selectedRelations(info);
    if (!relations || context.known.has(id)) return context.nodes.load(id);
    return (await loadNodeWithRelations(context, id, relations, relationsKey(id, relations)))?.node ?? null;
  },

  nodes: async (_, { ids }, { nodes }) => {
    if (ids.length > CAPS.nodeIds)
      throw badInput(`"ids" may hold at most ${CAPS.nodeIds} ids (got ${ids.length})`, 'ids');
    return (await nodes.loadMany(ids)).filter((n): n is NodeRecord => present(n) && !(n instanceof Error));
  },

  relation: (_, { id }, { store }) => store.getRelation(id),

  search: async (_, { text, kinds, first }, context) => {
    const found = await context.store.search(requireSearchText(text), {
      first: requireInRange('first', first, 1, CAPS.searchFirst),
      ...opt('kinds', kinds),
    });
    rememberNodes(context, found);
    return found;
  },

  neighborhood: async (_, args, context) => {
    const { store } = context;
    const options = {
      depth: requireInRange('depth', args.depth, 1, CAPS.depth),
      limit: requireInRange('limit', args.limit, 1, CAPS.limit),
      ...opt('asOf', args.asOf),
      ...opt('kinds', args.kinds),
      ...opt('relationKinds', args.relationKinds),
    };
    const sub = await store.neighborhood(args.id, options);
    if (sub) {
      rememberNodes(context, sub.nodes);
      return sub;
    }
    // The centre exists but did not stand on that date: an empty view, not an error.
    if (await store.getNode(args.id)) return { nodes: [], relations: [], truncated: false };
    throw notFound('node', args.id);
  },

  paths: async (_, args, context) => {
    const { store, nodes } = context;
    const options = {
      maxHops: requireInRange('maxHops', args.maxHops, 1, CAPS.maxHops),
      first: requireInRange('first', args.first, 1, CAPS.pathsFirst),
      ...opt('asOf', args.asOf),
      ...opt('avoidKinds', args.avoidKinds),
      ...opt('avoidRelationKinds', args.avoidRelationKinds),
    };
    if (args.from === args.to) {
      if (!(await nodes.load(args.from))) throw notFound('node', args.from);
      throw badInput('"from" and "to" must be different nodes', 'to');
    }
    const found = await store.paths(args.from, args.to, options);
    // A path found holds both ends; only no path at all needs them looked up, to tell why.
    if (found.length === 0) {
      const [from, to] = await Promise.all([nodes.load(args.from), nodes.load(args.to)]);
      if (!from) throw notFound('node', args.from);
      if (!to) throw notFound('node', args.to);
    }
    for (const p of found) rememberNodes(context, p.nodes);
    return found;
  },

  listNodes: async (_, args, { store }) => {
    const after = present(args.after) ? decodeCursor(args.after) : undefined;
    const page = await store.listNodes({
      first: requireInRange('first', args.first, 1, CAPS.listFirst),
      ...opt('kinds', args.kinds),
      ...opt('dateFrom', args.dateFrom),
      ...opt('dateTo', args.dateTo),
      ...opt('after', after),
    });
    return { page, ...opt('after', after) };
  },

  implementationMap: implementationMapQuery,
  ...comparisonQueries,

  sources: (_, __, { store }) => store.listSources(),
  stats: (_, __, { store }) => store.stats(),
  vocabulary: () => ({}),
} satisfies QueryResolvers;
