import { z } from 'zod';
import type { NodeKind, RelationKind } from '../../gql/graphql';
import { LAYOUTS } from './view-state';

/**
 * The values a view is made of, written once for every way a view comes in from outside: the URL
 * (domain/view-url), a tour link and a tour file (domain/tour/tour-schema.ts). Each schema's error
 * message is the problem's code (see TourProblemCode), so a tour file's problems can be worded.
 */

/** Ids as the API writes them ("ml-law-2012-023", "ml-mali.PARTY_TO.un-tip-protocol"). */
export const ID_PATTERN = /^[A-Za-z0-9._:-]{1,200}$/;
/** Node and relation kinds ("INSTRUMENT", "PARTY_TO"). */
export const KIND_PATTERN = /^[A-Z][A-Z_]{0,39}$/;
// TODO(model): take from @cadre/model once exported browser-safe (its partial-date module has the
// same pattern, but the package's entry point also loads the seed readers, which need Node).
/** ISO partial dates: "2012", "2012-07", "2012-07-12". */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const idSchema = z.string({ error: 'badId' }).regex(ID_PATTERN, 'badId');

const kind = <K extends string>() =>
  z
    .string({ error: 'badKind' })
    .regex(KIND_PATTERN, 'badKind')
    .transform((value) => value as K);
export const nodeKindSchema = kind<NodeKind>();
export const relationKindSchema = kind<RelationKind>();

export const partialDateSchema = z.string({ error: 'badDate' }).regex(PARTIAL_DATE_PATTERN, 'badDate');

export const layoutSchema = z.enum(LAYOUTS, { error: 'badLayout' });

const selectionShape = z.object({ type: z.enum(['node', 'relation']), id: idSchema });

/** A selection, right or wrong as a whole (one problem, at its own place, whatever is wrong in it). */
export const selectionSchema = z.unknown().transform((value, ctx) => {
  const result = selectionShape.safeParse(value);
  if (result.success) return result.data;
  ctx.addIssue({ code: 'custom', message: 'badSelection', input: value });
  return z.NEVER;
});
