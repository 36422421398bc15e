import { isPartialDate } from '@cadre/model/partial-date';
import { ID_PATTERN, KIND_PATTERN, parseDefaultRelationId } from '@cadre/model/patterns';
import { z } from 'zod';
import type { NodeKind, RelationKind } from '../../gql/graphql';
import { LAYOUTS } from './view-state';

/**
 * The values a view is made of, written once for every way a view comes in from outside: the URL
 * (domain/view-url), a tour link and a tour file (domain/tour/tour-schema.ts). Each schema's error
 * message is the problem's code (see TourProblemCode), so a tour file's problems can be worded.
 */

/**
 * Ids as the API writes them: a node's or source's ("ml-law-2012-023"), a relation's
 * ("ml-mali.PARTY_TO.un-tip-protocol"). The shapes are the model's own (browser-safe entry).
 */
const isId = (value: string): boolean =>
  value.length <= 200 && (ID_PATTERN.test(value) || parseDefaultRelationId(value) !== undefined);

export const idSchema = z.string({ error: 'badId' }).refine(isId, 'badId');

const kind = <K extends string>() =>
  z
    .string({ error: 'badKind' })
    .regex(KIND_PATTERN, 'badKind')
    .transform((value) => value as K);
export const nodeKindSchema = kind<NodeKind>();
export const relationKindSchema = kind<RelationKind>();

/** ISO partial dates ("2012", "2012-07", "2012-07-12"), the month and day checked to exist. */
export const partialDateSchema = z.string({ error: 'badDate' }).refine(isPartialDate, 'badDate');

export const layoutSchema = z.enum(LAYOUTS, { error: 'badLayout' });

const selectionShape = z.object({ type: z.enum(['node', 'relation']), id: idSchema });

/** A selection, right or wrong as a whole (one problem, at its own place, whatever is wrong in it). */
export const selectionSchema = z.unknown().transform((value, ctx) => {
  const result = selectionShape.safeParse(value);
  if (result.success) return result.data;
  ctx.addIssue({ code: 'custom', message: 'badSelection', input: value });
  return z.NEVER;
});
