import {
  INFERRED_MARKER,
  NODE_KINDS,
  NODE_KIND_NAMES,
  RELATION_KINDS,
  RELATION_KIND_NAMES,
  confidenceLabel,
  nodeTypeLabel,
  nodeTypesOf,
  passesThroughHub,
  type Confidence,
  type NodeRecord,
} from '@cadre/model';
import type { Confidence as GraphQLConfidence, Resolvers } from '../generated/resolvers-types';
import { encodeCursor } from './cursor';
import { explainPath, relationSentence } from './explain-path';
import { comparisonResolvers } from './comparison-resolvers';
import { implementationResolvers } from './implementation-map-resolvers';
import { instrumentFields, provisionFields } from './instrument-resolvers';
import {
  entryIntoForceRuleResolvers,
  inForceStatusResolvers,
  participationClaimResolvers,
  participationResolvers,
  partyBasisResolvers,
  partyStatusOnResolvers,
  stageResolvers,
} from './law-resolvers';
import { modelLang, pick, pickText } from './localized';
import { eventFields, graphqlTypeOf, nodeFields, timeBasisOf } from './node-resolvers';
import { PartialDateScalar } from './partial-date-scalar';
import { queryResolvers } from './query-resolvers';
import { treatyStandingResolvers } from './treaty-standing-resolvers';

const CONFIDENCE = { high: 'HIGH', medium: 'MEDIUM' } as const satisfies Record<
  Confidence,
  GraphQLConfidence
>;

/** Loads a relation's end; a relation always has both ends in a consistent store. */
async function end(load: (id: string) => Promise<NodeRecord | null>, id: string): Promise<NodeRecord> {
  const node = await load(id);
  if (!node) throw new Error(`Relation end "${id}" is missing from the store`);
  return node;
}

/** Every resolver map, checked against the types generated from the SDL (`npm run codegen`). */
export const resolvers = {
  PartialDate: PartialDateScalar,
  Query: queryResolvers,
  Node: { __resolveType: (n) => graphqlTypeOf(n) },
  Instrument: { ...nodeFields, ...instrumentFields },
  Institution: { ...nodeFields },
  Programme: { ...nodeFields },
  Event: { ...nodeFields, ...eventFields },
  Place: { ...nodeFields },
  Concept: { ...nodeFields },
  Provision: { ...nodeFields, ...provisionFields },
  Relation: {
    // Synchronous when the request already holds the end (context.ts, `known`).
    from: (r, _, { nodes, known }) => known.get(r.from) ?? end((id) => nodes.load(id), r.from),
    to: (r, _, { nodes, known }) => known.get(r.to) ?? end((id) => nodes.load(id), r.to),
    validFrom: (r) => r.validFrom ?? null,
    validTo: (r) => r.validTo ?? null,
    timeBasis: (r) => timeBasisOf(r),
    undated: (r) => timeBasisOf(r) === 'UNDATED',
    inferredLabel: (r, { lang }) => (r.inferred ? pick(INFERRED_MARKER, lang) : null),
    note: (r, { lang }) => pickText(r.note, lang),
    participation: (r) => r.participation ?? null,
    sources: (r) => r.citations,
    label: (r, { lang }) => pick(RELATION_KINDS[r.kind].label, lang),
    sentence: async (r, { lang }, { nodes }) => {
      const [from, to] = await Promise.all([
        end((id) => nodes.load(id), r.from),
        end((id) => nodes.load(id), r.to),
      ]);
      return relationSentence(r, from, to, lang);
    },
  },
  Citation: {
    source: async (c, _, { sources }) => {
      const source = await sources.load(c.sourceId);
      if (!source) throw new Error(`Citation source "${c.sourceId}" is missing from the store`);
      return source;
    },
    verbatim: async (c, _, { sources }) => (await sources.load(c.sourceId))?.type === 'ARTICLE',
    confidence: (c) => (c.confidence ? CONFIDENCE[c.confidence] : null),
    confidenceLabel: (c, { lang }) => confidenceLabel(c.confidence, modelLang(lang)),
  },
  Alias: {
    source: (a, _, { sources }) => (a.sourceId ? sources.load(a.sourceId) : null),
  },
  Source: {
    publishedOn: (s) => s.publishedOn ?? null,
    url: (s) => s.url ?? null,
    publisher: (s) => s.publisher ?? null,
  },
  Path: {
    length: (p) => p.relations.length,
    throughHub: (p) => passesThroughHub(p),
    explanation: (p, { lang }) => explainPath(p.nodes, p.relations, lang),
  },
  Stage: stageResolvers,
  InForceStatus: inForceStatusResolvers,
  EntryIntoForceRule: entryIntoForceRuleResolvers,
  Participation: participationResolvers,
  ParticipationClaim: participationClaimResolvers,
  PartyBasis: partyBasisResolvers,
  PartyStatusOn: partyStatusOnResolvers,
  ...implementationResolvers,
  ...comparisonResolvers,
  ...treatyStandingResolvers,
  NodeConnection: {
    edges: ({ page }) => page.nodes.map((node, i) => ({ node, cursor: encodeCursor(page.cursors[i] ?? '') })),
    pageInfo: (c) => c,
    totalCount: ({ page }) => page.totalCount,
  },
  PageInfo: {
    hasNextPage: ({ page }) => page.hasNextPage,
    hasPreviousPage: ({ after }) => after !== undefined,
    startCursor: ({ page }) => (page.cursors[0] ? encodeCursor(page.cursors[0]) : null),
    endCursor: ({ page }) => {
      const last = page.cursors[page.cursors.length - 1];
      return last ? encodeCursor(last) : null;
    },
  },
  Vocabulary: {
    nodeKinds: () => NODE_KIND_NAMES.map((kind) => ({ kind })),
    relationKinds: () => RELATION_KIND_NAMES.map((kind) => ({ kind })),
  },
  NodeKindInfo: {
    label: ({ kind }, { lang }) => pick(NODE_KINDS[kind].label, lang),
    plural: ({ kind }, { lang }) => pick(NODE_KINDS[kind].plural, lang),
    types: ({ kind }) => nodeTypesOf(kind).map((type) => ({ kind, type })),
  },
  NodeTypeInfo: {
    label: ({ kind, type }, { lang }) => pick(nodeTypeLabel(kind, type) ?? NODE_KINDS[kind].label, lang),
  },
  RelationKindInfo: {
    label: ({ kind }, { lang }) => pick(RELATION_KINDS[kind].label, lang),
    verb: ({ kind }, { lang }) => pick(RELATION_KINDS[kind].verb, lang),
    fromKinds: ({ kind }) => [...RELATION_KINDS[kind].from],
    toKinds: ({ kind }) => [...RELATION_KINDS[kind].to],
  },
} satisfies Resolvers;
