import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { NODE_KIND_NAMES, RELATION_KIND_NAMES, nodeTypesOf } from '@cadre/model';
import { CAPS } from './argument-caps';

/**
 * What one field may cost, in units of about one resolved field: `size` is how many items a list
 * field may return (its children's cost is multiplied by it), `work` what the store does for it.
 */
interface FieldCost {
  size?: (args: Record<string, unknown>) => number;
  work?: (args: Record<string, unknown>) => number;
}

/** An argument as a number within [1, cap], or its fallback when absent (a variable not sent). */
const arg = (args: Record<string, unknown>, name: string, fallback: number, cap: number): number => {
  const value = args[name];
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(value, 1), cap) : fallback;
};

const fixed = (n: number) => (): number => n;

/**
 * The sizes the stores can actually return. Lists bounded by an argument take it (capped, as the
 * resolvers refuse more); lists bounded by the vocabulary take its size; the rest are bounded
 * by what the seeds hold (a node has at most 5 aliases and 10 citations today) with room to grow.
 * Store work: a neighbourhood visits up to `limit` nodes per level; shortest-path search grows
 * about four-fold per hop (both stores search from both ends); a full-text search and a
 * relations look-up are one indexed store call each.
 */
function graphCosts(): Record<string, FieldCost> {
  const maxTypesPerKind = Math.max(...NODE_KIND_NAMES.map((k) => nodeTypesOf(k).length));
  return {
    'Query.nodes': {
      size: (a) => (Array.isArray(a.ids) ? Math.min(a.ids.length, CAPS.nodeIds) : CAPS.nodeIds),
    },
    'Query.search': { size: (a) => arg(a, 'first', 20, CAPS.searchFirst), work: fixed(50) },
    'Query.neighborhood': {
      size: (a) => arg(a, 'limit', 500, CAPS.limit),
      work: (a) => arg(a, 'limit', 500, CAPS.limit) * 3 ** (arg(a, 'depth', 1, CAPS.depth) - 1),
    },
    'Query.paths': {
      size: (a) => arg(a, 'first', 3, CAPS.pathsFirst),
      work: (a) => (arg(a, 'first', 3, CAPS.pathsFirst) * 4 ** arg(a, 'maxHops', 4, CAPS.maxHops)) / 8,
    },
    'Query.listNodes': {
      size: (a) => arg(a, 'first', 50, CAPS.listFirst),
      work: (a) => 10 + arg(a, 'first', 50, CAPS.listFirst),
    },
    'Query.sources': { size: fixed(100) },
    // The parent field's size already counts these (a neighbourhood's `limit`, a page's `first`);
    // an induced subgraph has about two relations per node in view.
    'Subgraph.nodes': { size: fixed(1) },
    'Subgraph.relations': { size: fixed(2) },
    'Path.nodes': { size: fixed(CAPS.maxHops + 1) },
    'Path.relations': { size: fixed(CAPS.maxHops) },
    'NodeConnection.edges': { size: fixed(1) },
    // The seeds give a relation at most 6 citations; 10 leaves room.
    'Relation.sources': { size: fixed(10) },
    // A sentence is built from the grammar data of both ends and the verb (sentences/ in the
    // model): about 8 µs, some fifteen plain fields. Charged as half that, a page of 200 nodes with
    // ten relations' sentences in two languages is expensive (it took 32 ms of the event loop
    // and, charged as a plain field, 50 clients of it held a cheap query 1.6 s at p50).
    'Relation.sentence': { work: fixed(7) },
    'GraphStats.nodesByKind': { size: fixed(NODE_KIND_NAMES.length) },
    'GraphStats.relationsByKind': { size: fixed(RELATION_KIND_NAMES.length) },
    'Vocabulary.nodeKinds': { size: fixed(NODE_KIND_NAMES.length) },
    'Vocabulary.relationKinds': { size: fixed(RELATION_KIND_NAMES.length) },
    'NodeKindInfo.types': { size: fixed(maxTypesPerKind) },
    // Law as law. An implementation map is five batched store reads whatever is selected; a treaty
    // has about 40 articles (UNTOC 41, the SOM Protocol 25), each with a few national provisions
    // and measures; an instrument has a dozen stages at most, a participation a few claims each.
    'Query.implementationMap': { work: fixed(100) },
    'ImplementationMap.articles': { size: fixed(45) },
    'ImplementationMap.treatyMeasures': { size: fixed(10) },
    // Averages over a treaty's articles, as for a subgraph's relations: most articles have no link
    // and none has more than three in the seeds, so a whole map holds about two links an article.
    'ArticleImplementation.provisions': { size: fixed(1.5) },
    'ArticleImplementation.relatedMeasures': { size: fixed(0.5) },
    'Instrument.stages': { size: fixed(12) },
    'Instrument.provisions': { size: fixed(45) },
    'Stage.sources': { size: fixed(5) },
    'EntryIntoForceRule.sources': { size: fixed(5) },
    'InForceStatus.alternatives': { size: fixed(5) },
    'PartyStatusOn.alternatives': { size: fixed(5) },
    'Participation.signature': { size: fixed(3) },
    'Participation.consent': { size: fixed(3) },
    'Participation.entryIntoForce': { size: fixed(3) },
    'Participation.partyBy': { size: fixed(3) },
    'Participation.alternatives': { size: fixed(5) },
    'ParticipationClaim.sources': { size: fixed(5) },
    'ImplementationMap.statusCounts': { size: fixed(3) },
    // Compare jurisdictions (2-4 states, up to 6 treaties) and the ratification map: about seven
    // batched reads whatever the number of states, then the maps computed in process. A few dozen
    // countries in all; a state has a few dozen national texts, a handful of bodies.
    'Query.compareJurisdictions': { work: fixed(300) },
    'Query.ratificationMap': { work: fixed(50) },
    'Query.jurisdictions': { size: fixed(60), work: fixed(20) },
    'JurisdictionComparison.profiles': { size: fixed(CAPS.compareIds) },
    'JurisdictionComparison.treaties': { size: fixed(CAPS.compareTreaties) },
    'JurisdictionComparison.columns': { size: fixed(8) },
    'JurisdictionProfile.participation': { size: fixed(CAPS.compareTreaties) },
    'JurisdictionProfile.implementation': { size: fixed(CAPS.compareTreaties) },
    'JurisdictionProfile.coverage': { size: fixed(8) },
    'JurisdictionProfile.instruments': { size: fixed(25) },
    'JurisdictionProfile.coordinationBodies': { size: fixed(10) },
    'NationalInstrument.appliesIn': { size: fixed(3) },
    'NationalInstrument.columns': { size: fixed(8) },
    'NationalInstrument.concepts': { size: fixed(10) },
    'NationalInstrument.sources': { size: fixed(10) },
    'ConceptLink.columns': { size: fixed(8) },
    'CoverageColumn.concepts': { size: fixed(10) },
    'CoverageCell.links': { size: fixed(20) },
    'CoverageCell.sources': { size: fixed(10) },
    'CoordinationBody.addresses': { size: fixed(10) },
    'CoordinationBody.basedIn': { size: fixed(3) },
    'CoordinationBody.columns': { size: fixed(8) },
    'CoordinationBody.establishedBy': { size: fixed(3) },
    'CoordinationBody.sources': { size: fixed(10) },
    'TreatyStanding.signedRelations': { size: fixed(3) },
    'TreatyStanding.sources': { size: fixed(10) },
    'RatificationMap.rows': { size: fixed(60) },
    'RatificationMap.legend': { size: fixed(6) },
    'RelationKindInfo.fromKinds': { size: fixed(NODE_KIND_NAMES.length) },
    'RelationKindInfo.toKinds': { size: fixed(NODE_KIND_NAMES.length) },
  };
}

/** The Node fields, for the interface and every type implementing it. */
function nodeCosts(schema: GraphQLSchema): Record<string, FieldCost> {
  const node = schema.getType('Node');
  const types = node && isInterfaceType(node) ? [node, ...schema.getPossibleTypes(node)] : [];
  return Object.fromEntries(
    types.flatMap((t) => [
      [`${t.name}.relations`, { size: (a) => arg(a, 'first', 100, CAPS.relationsFirst), work: fixed(5) }],
      [`${t.name}.aliases`, { size: fixed(10) }],
      [`${t.name}.sources`, { size: fixed(20) }],
    ]),
  );
}

/**
 * Introspection lists take the schema's own averages (it is fixed and known): GraphiQL's
 * introspection query costs what it returns, while nesting `fields { type { fields ... } }`
 * multiplies quickly and is refused.
 */
function introspectionCosts(schema: GraphQLSchema): Record<string, FieldCost> {
  const types = Object.values(schema.getTypeMap());
  const mean = (counts: number[]): number =>
    Math.max(1, Math.ceil(counts.reduce((a, b) => a + b, 0) / Math.max(counts.length, 1)));
  const withFields = types.filter((t) => isObjectType(t) || isInterfaceType(t));
  const fields = withFields.flatMap((t) => Object.values(t.getFields()));
  const directives = schema.getDirectives();
  return {
    '__Schema.types': { size: fixed(types.length) },
    '__Schema.directives': { size: fixed(directives.length) },
    '__Type.fields': { size: fixed(mean(withFields.map((t) => Object.keys(t.getFields()).length))) },
    '__Type.interfaces': {
      size: fixed(mean(withFields.map((t) => t.getInterfaces().length))),
    },
    '__Type.possibleTypes': {
      size: fixed(
        mean(
          types
            .filter((t) => isInterfaceType(t) || isUnionType(t))
            .map((t) => schema.getPossibleTypes(t as never).length),
        ),
      ),
    },
    '__Type.enumValues': {
      size: fixed(mean(types.filter(isEnumType).map((t) => t.getValues().length))),
    },
    '__Type.inputFields': {
      size: fixed(mean(types.filter(isInputObjectType).map((t) => Object.keys(t.getFields()).length))),
    },
    '__Field.args': { size: fixed(mean(fields.map((f) => f.args.length))) },
    '__Directive.args': { size: fixed(mean(directives.map((d) => d.args.length))) },
    '__Directive.locations': { size: fixed(mean(directives.map((d) => d.locations.length))) },
    // A type reference wraps another (non-null, list) in about half the cases and ends in a
    // named type after one to three: the nine levels GraphiQL asks for are mostly null.
    '__Type.ofType': { size: fixed(0.5) },
  };
}

/** Every list field of the schema with the size it is costed at, for the test that none is left out. */
export function costedFields(schema: GraphQLSchema): Map<string, FieldCost> {
  return new Map(Object.entries({ ...graphCosts(), ...nodeCosts(schema), ...introspectionCosts(schema) }));
}

/** A list field nobody sized (a new field): costed as if it could hold this many. */
export const UNSIZED_LIST = 100;

/**
 * The estimator graphql-query-complexity runs: every field costs 1 plus its children, a sized
 * field (a list, or a neighbourhood) its size times its children's cost, and store work is added.
 */
export function costEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const costs = costedFields(schema);
  return ({ type, field, args, childComplexity }) => {
    const rule = costs.get(`${type.name}.${field.name}`);
    const size = rule?.size
      ? rule.size(args)
      : isListType(getNullableType(field.type))
        ? UNSIZED_LIST
        : undefined;
    const work = rule?.work?.(args) ?? 0;
    return work + (size === undefined ? 1 + childComplexity : size * Math.max(childComplexity, 1));
  };
}
