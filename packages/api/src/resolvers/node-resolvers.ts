import { NODE_KINDS, nodeTypeLabel, type NodeKind, type NodeRecord, type TimeBasis } from '@cadre/model';
import type { EventResolvers, PlaceResolvers } from '../generated/resolvers-types';
import { nodeName, shortNodeName } from './explain-path';
import { loadNodeWithRelations } from '../context';
import { relationsKey, relationsQuestion } from './relations-lookahead';

/**
 * Records loaded through `completeLawRecords` always carry a time basis; one built by hand (a test
 * fixture) may not, and is then read from its dates: dated means STATED, else UNDATED.
 */
export function timeBasisOf(x: Pick<NodeRecord, 'timeBasis' | 'validFrom' | 'validTo'>): TimeBasis {
  return x.timeBasis ?? (x.validFrom || x.validTo ? 'STATED' : 'UNDATED');
}

/** The GraphQL type of each node kind; `satisfies Resolvers` checks each is a type implementing Node. */
const TYPE_NAMES = {
  INSTRUMENT: 'Instrument',
  INSTITUTION: 'Institution',
  PROGRAMME: 'Programme',
  EVENT: 'Event',
  PLACE: 'Place',
  CONCEPT: 'Concept',
  PROVISION: 'Provision',
} as const satisfies Record<NodeKind, string>;

export function graphqlTypeOf(node: NodeRecord): (typeof TYPE_NAMES)[NodeKind] {
  return TYPE_NAMES[node.kind];
}

/**
 * The fields every Node type shares, resolved the same way for each family. Checked against
 * Place's resolvers: Place has the Node fields and nothing else.
 */
export const nodeFields = {
  type: (n) => n.type,
  typeLabel: (n, { lang }) => {
    const label = nodeTypeLabel(n.kind, n.type) ?? NODE_KINDS[n.kind].label;
    return lang === 'FR' ? label.fr : label.en;
  },
  name: (n, { lang }) => nodeName(n, lang),
  nameEn: (n) => n.name.en,
  nameFr: (n) => n.name.fr ?? null,
  shortName: (n, { lang }) => shortNodeName(n, lang),
  aliases: (n) => n.aliases,
  validFrom: (n) => n.validFrom ?? null,
  validTo: (n) => n.validTo ?? null,
  timeBasis: (n) => timeBasisOf(n),
  undated: (n) => timeBasisOf(n) === 'UNDATED',
  sources: (n) => n.citations,
  // Answered already when `Query.node` looked ahead; else one store call that also brings the
  // far ends, so `from`/`to` need no further look-up.
  relations: async (n, args, context) => {
    const question = relationsQuestion(args);
    const key = relationsKey(n.id, question);
    return (
      context.relations.get(key) ??
      (await loadNodeWithRelations(context, n.id, question, key))?.relations ??
      []
    );
  },
} satisfies PlaceResolvers;

export const eventFields = {
  participantsAtLeast: (n) => n.participantsAtLeast ?? false,
} satisfies EventResolvers;
