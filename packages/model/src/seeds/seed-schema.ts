import { z } from 'zod';
import { NODE_KIND_NAMES, RELATION_KIND_NAMES } from '../vocabulary';
import {
  entryIntoForceRuleEntry,
  grammarEntry,
  localizedText,
  participationEntry,
  stageEntry,
} from './law-schema';
import { type citationEntry, citations, idSchema, partialDate, text } from './seed-primitives';

export { citationEntry, idSchema, partialDate } from './seed-primitives';

/**
 * The shape of the YAML entries in graph-seeds/ (documented in graph-seeds/README.md). Objects are
 * strict: an unknown or misspelt field is an error, not silently dropped data.
 */
export const sourceEntry = z.strictObject({
  id: idSchema,
  type: z.enum(['ARTICLE', 'REFERENCE']),
  title: text,
  file: text.optional(),
  publishedOn: partialDate.optional(),
  url: z.url().optional(),
  publisher: text.optional(),
});

const aliasEntry = z.strictObject({ name: text, source: idSchema.optional() });

const money = z.strictObject({
  amount: z.number().positive(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR or XOF'),
  period: text.optional(),
});

const nodeBase = {
  id: idSchema,
  type: text,
  name: z.strictObject({ en: text, fr: text.optional() }),
  shortName: z.strictObject({ en: text, fr: text.optional() }).optional(),
  aliases: z.array(aliasEntry).optional(),
  /** Required on every node but provisions (checked by the validator, with a clearer message). */
  grammar: grammarEntry.optional(),
  citations,
};

export const nodeEntry = z.discriminatedUnion('kind', [
  z.strictObject({
    ...nodeBase,
    kind: z.literal('INSTRUMENT'),
    number: text.optional(),
    stages: z.array(stageEntry).optional(),
    entryIntoForceRule: entryIntoForceRuleEntry.optional(),
  }),
  z.strictObject({
    ...nodeBase,
    kind: z.literal('INSTITUTION'),
    establishedOn: partialDate.optional(),
    dissolvedOn: partialDate.optional(),
    budget: money.optional(),
  }),
  z.strictObject({
    ...nodeBase,
    kind: z.literal('PROGRAMME'),
    startDate: partialDate.optional(),
    endDate: partialDate.optional(),
    budget: money.optional(),
  }),
  z.strictObject({
    ...nodeBase,
    kind: z.literal('EVENT'),
    startDate: partialDate,
    endDate: partialDate.optional(),
    participants: z.number().int().nonnegative().optional(),
    participantsAtLeast: z.boolean().optional(),
    women: z.number().int().nonnegative().optional(),
  }),
  z.strictObject({ ...nodeBase, kind: z.literal('PLACE') }),
  z.strictObject({ ...nodeBase, kind: z.literal('CONCEPT') }),
  // A provision's names and grammar are built from its instrument (the PART_OF relation).
  z.strictObject({
    id: idSchema,
    kind: z.literal('PROVISION'),
    type: text,
    number: text,
    heading: localizedText.optional(),
    summary: localizedText.optional(),
    obligation: z.enum(['MANDATORY', 'OPTIONAL', 'GENERAL']).optional(),
    obligationNote: localizedText.optional(),
    aliases: z.array(aliasEntry).optional(),
    citations,
  }),
]);

export const relationEntry = z.strictObject({
  id: idSchema.optional(),
  kind: z.enum(RELATION_KIND_NAMES as [string, ...string[]]),
  from: idSchema,
  to: idSchema,
  validFrom: partialDate.optional(),
  validTo: partialDate.optional(),
  inferred: z.boolean().optional(),
  note: localizedText.optional(),
  participation: participationEntry.optional(),
  citations,
});

export type SourceEntry = z.infer<typeof sourceEntry>;
export type NodeEntry = z.infer<typeof nodeEntry>;
export type RelationEntry = z.infer<typeof relationEntry>;
export type CitationEntry = z.infer<typeof citationEntry>;

/** Kept for error messages: the kinds a node entry may have. */
export const KNOWN_NODE_KINDS = NODE_KIND_NAMES;
