import { z } from 'zod';
import { partialDateProblem } from '../partial-date';
import { ID_PATTERN } from '../patterns';

/** The building blocks every seed shape shares (seed-schema.ts, law-schema.ts). */
export const text = z.string().trim().min(1, 'must not be empty');

export const partialDate = z.string().superRefine((value, ctx) => {
  const problem = partialDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'ids are lowercase a-z, 0-9, "-" and "." (e.g. ml-law-2012-023)');

export const citationEntry = z.strictObject({
  source: idSchema,
  quote: text,
  confidence: z.enum(['high', 'medium']).optional(),
});

export const citations = z.array(citationEntry).min(1, 'needs at least one citation');
