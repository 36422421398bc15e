import { z } from 'zod';
import { STAGE_KIND_NAMES } from '../law/stage-kinds';
import { citations, idSchema, partialDate, text } from './seed-primitives';

/**
 * Seed shapes for "law as law" (graph-seeds/README.md): stages, participation, the treaty's
 * entry-into-force rule and the grammar of names. Kept apart from seed-schema.ts so that the
 * lifecycle format reads in one place.
 */
export const localizedText = z.strictObject({ en: text, fr: text });

/** Defaults keep the YAML short: singular, no elision, capitalised, "à" for places. */
export const grammarEntry = z.strictObject({
  en: z.strictObject({
    article: z.enum(['the', 'none']),
    number: z.enum(['s', 'p']).default('s'),
    lowercase: z.boolean().default(false),
  }),
  fr: z.strictObject({
    gender: z.enum(['m', 'f']),
    number: z.enum(['s', 'p']).default('s'),
    article: z.enum(['def', 'none']),
    elision: z.boolean().default(false),
    lowercase: z.boolean().default(false),
    locative: z.enum(['a', 'en', 'dans']).default('a'),
  }),
});

export const stageEntry = z.strictObject({
  stage: z.enum(STAGE_KIND_NAMES as [string, ...string[]]),
  date: partialDate.optional(),
  /** AMENDED/REPEALED: the amending or repealing instrument's id. */
  by: idSchema.optional(),
  reason: localizedText.optional(),
  note: localizedText.optional(),
  inferred: z.boolean().optional(),
  citations,
});

const datedClaim = { date: partialDate, note: localizedText.optional(), citations };

export const participationEntry = z.strictObject({
  signature: z.array(z.strictObject(datedClaim)).optional(),
  consent: z
    .array(
      z.strictObject({
        ...datedClaim,
        kind: z.enum(['RATIFICATION', 'ACCESSION', 'ACCEPTANCE', 'APPROVAL', 'SUCCESSION']),
        act: z.enum(['DEPOSIT', 'NATIONAL_ACT', 'UNSPECIFIED']),
        actName: text.optional(),
      }),
    )
    .optional(),
  entryIntoForce: z.array(z.strictObject(datedClaim)).optional(),
  partyBy: z.array(z.strictObject(datedClaim)).optional(),
});

export const entryIntoForceRuleEntry = z.strictObject({
  daysAfterDeposit: z.number().int().nonnegative(),
  notBeforeTreatyInForce: z.boolean(),
  article: text.optional(),
  citations,
});

export type StageEntry = z.infer<typeof stageEntry>;
export type ParticipationEntry = z.infer<typeof participationEntry>;
