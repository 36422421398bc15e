import { NODE_KINDS, nodeTypeLabel, type NodeKind, type NodeRecord } from '@cadre/model';
import type { GraphQLContext } from '../context';
import type { Direction, Lang, RelationKind } from '../generated/resolvers-types';
import { nodeName, shortNodeName } from './explain-path';
import { requirePartialDate } from './partial-date-scalar';

const TYPE_NAMES: Record<NodeKind, string> = {
  INSTRUMENT: 'Instrument',
  INSTITUTION: 'Institution',
  PROGRAMME: 'Programme',
  EVENT: 'Event',
  PLACE: 'Place',
  CONCEPT: 'Concept',
};

export function graphqlTypeOf(node: NodeRecord): string {
  return TYPE_NAMES[node.kind];
}

/** The fields every Node type shares, resolved the same way for each family. */
export const nodeFields = {
  type: (n: NodeRecord) => n.type,
  typeLabel: (n: NodeRecord, { lang }: { lang?: Lang | null }) => {
    const label = nodeTypeLabel(n.kind, n.type) ?? NODE_KINDS[n.kind].label;
    return lang === 'FR' ? label.fr : label.en;
  },
  name: (n: NodeRecord, { lang }: { lang?: Lang | null }) => nodeName(n, lang ?? 'EN'),
  nameEn: (n: NodeRecord) => n.name.en,
  nameFr: (n: NodeRecord) => n.name.fr ?? null,
  shortName: (n: NodeRecord, { lang }: { lang?: Lang | null }) => shortNodeName(n, lang ?? 'EN'),
  aliases: (n: NodeRecord) => n.aliases,
  validFrom: (n: NodeRecord) => n.validFrom ?? null,
  validTo: (n: NodeRecord) => n.validTo ?? null,
  sources: (n: NodeRecord) => n.citations,
  relations: (
    n: NodeRecord,
    args: { direction?: Direction | null; kinds?: RelationKind[] | null; asOf?: string | null },
    { store }: GraphQLContext,
  ) =>
    store.relationsOf(n.id, {
      direction: args.direction ?? 'BOTH',
      ...(args.kinds ? { kinds: args.kinds } : {}),
      ...(args.asOf ? { asOf: requirePartialDate(args.asOf, 'asOf') } : {}),
    }),
};

export const eventFields = {
  participantsAtLeast: (n: NodeRecord) => n.participantsAtLeast ?? false,
};
