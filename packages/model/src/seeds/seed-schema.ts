import { z } from 'zod';
import { partialDateProblem } from '../partial-date';
import { ID_PATTERN } from '../patterns';
import { NODE_KIND_NAMES, RELATION_KIND_NAMES } from '../vocabulary';

/**
 * The shape of the YAML entries in graph-seeds/ (documented in graph-seeds/README.md). Objects are
 * strict: an unknown or misspelt field is an error, not silently dropped data.
 */
const text = z.string().trim().min(1, 'must not be empty');

export const partialDate = z.string().superRefine((value, ctx) => {
  const problem = partialDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'ids are lowercase a-z, 0-9, "-" and "." (e.g. ml-law-2012-023)');

export const sourceEntry = z.strictObject({
  id: idSchema,
  type: z.enum(['ARTICLE', 'REFERENCE']),
  title: text,
  file: text.optional(),
  publishedOn: partialDate.optional(),
  url: z.url().optional(),
  publisher: text.optional(),
});

export const citationEntry = z.strictObject({
  source: idSchema,
  quote: text,
  confidence: z.enum(['high', 'medium']).optional(),
});

const citations = z.array(citationEntry).min(1, 'needs at least one citation');

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
  citations,
};

export const nodeEntry = z.discriminatedUnion('kind', [
  z.strictObject({
    ...nodeBase,
    kind: z.literal('INSTRUMENT'),
    number: text.optional(),
    adoptedOn: partialDate.optional(),
    signedOn: partialDate.optional(),
    inForceOn: partialDate.optional(),
    launchedOn: partialDate.optional(),
    endedOn: partialDate.optional(),
    endNote: text.optional(),
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
]);

export const relationEntry = z.strictObject({
  id: idSchema.optional(),
  kind: z.enum(RELATION_KIND_NAMES as [string, ...string[]]),
  from: idSchema,
  to: idSchema,
  validFrom: partialDate.optional(),
  validTo: partialDate.optional(),
  inferred: z.boolean().optional(),
  note: text.optional(),
  citations,
});

export type SourceEntry = z.infer<typeof sourceEntry>;
export type NodeEntry = z.infer<typeof nodeEntry>;
export type RelationEntry = z.infer<typeof relationEntry>;
export type CitationEntry = z.infer<typeof citationEntry>;

/** Kept for error messages: the kinds a node entry may have. */
export const KNOWN_NODE_KINDS = NODE_KIND_NAMES;
