import { z } from 'zod';
import {
  idSchema,
  layoutSchema,
  nodeKindSchema,
  partialDateSchema,
  relationKindSchema,
  selectionSchema,
} from '../view-state/value-schemas';
import { stepView, type StepView, type Tour, type TourText } from '../view-state/view-state';

/** What can be wrong in a tour (a file or a link); the UI words each code in both languages. */
export type TourProblemCode =
  | 'notJson'
  | 'notObject'
  | 'missing'
  | 'notText'
  | 'tooLong'
  | 'notList'
  | 'noSteps'
  | 'tooManySteps'
  | 'badId'
  | 'badKind'
  | 'badLayout'
  | 'badDate'
  | 'badSelection'
  | 'badFormat';

export interface TourProblem {
  /** Where, as a path into the file: "steps[2].view.layout" ("" for the whole file). */
  path: string;
  code: TourProblemCode;
  /** The offending value, shortened, when there is one worth showing. */
  value?: string;
}

export type TourValidation = { tour: Tour; problems: [] } | { tour: null; problems: TourProblem[] };

/** The format tag a tour file carries, so a stray JSON file is told apart from a tour. */
export const TOUR_FORMAT = 'cadre-tour';
export const MAX_STEPS = 100;
const MAX_TITLE = 200;
const MAX_CAPTION = 2000;

/** A missing value is "missing"; any other value of the wrong type is `code`. */
const missingOr =
  (code: TourProblemCode) =>
  (issue: { input?: unknown }): TourProblemCode =>
    issue.input === undefined || issue.input === null ? 'missing' : code;

/** A title or caption: plain text, or the same text in English and French; "" when optional and absent. */
function tourText(max: number, required: boolean): z.ZodType<TourText> {
  const plain = z.string().max(max, 'tooLong');
  const bilingual = z
    .object({ en: z.string(), fr: z.string() })
    .refine((t) => t.en.length <= max && t.fr.length <= max, 'tooLong');
  const text = z.union([required ? plain.refine((t) => t.trim() !== '', 'missing') : plain, bilingual], {
    error: missingOr('notText'),
  });
  return required ? text : text.nullish().transform((t) => t ?? '');
}

/** A field a step may leave out (or write as null): it then takes the view's default. */
const optional = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((value): z.output<T> | undefined => value ?? undefined);

const list = <T extends z.ZodType>(item: T) => optional(z.array(item, { error: missingOr('notList') }));

// The fields in the order problems are listed.
const stepViewSchema: z.ZodType<StepView> = z
  .object(
    {
      focus: z.string({ error: missingOr('badId') }).pipe(idSchema),
      layout: optional(layoutSchema),
      asOf: optional(partialDateSchema),
      expanded: list(idSchema),
      removed: list(idSchema),
      articles: list(idSchema),
      hiddenNodeKinds: list(nodeKindSchema),
      hiddenRelationKinds: list(relationKindSchema),
      selected: optional(selectionSchema),
      pathFrom: optional(idSchema),
      pathTo: optional(idSchema),
      avoidKinds: list(nodeKindSchema),
    },
    { error: missingOr('notObject') },
  )
  .transform((view) =>
    stepView(
      Object.fromEntries(
        Object.entries(view).filter(([, value]) => value !== undefined),
      ) as Partial<StepView> & {
        focus: string;
      },
    ),
  );

const stepSchema = z.object(
  {
    title: tourText(MAX_TITLE, true),
    caption: tourText(MAX_CAPTION, false),
    view: stepViewSchema,
  },
  { error: 'notObject' },
);

/**
 * A tour as a file or a link carries it. Every problem is collected with its path, so a trainer can
 * fix a hand-edited file in one go; optional view fields get the view's defaults.
 */
export const tourSchema = z.object(
  {
    format: z.literal(TOUR_FORMAT, { error: 'badFormat' }).optional(),
    title: tourText(MAX_TITLE, false),
    steps: z
      .array(z.unknown(), { error: missingOr('notList') })
      .max(MAX_STEPS, 'tooManySteps')
      // Past the limit the steps themselves are not looked at.
      .pipe(z.array(stepSchema)),
  },
  { error: 'notObject' },
);

// Codes that say everything: the value adds nothing ("missing", or too long to be worth showing).
const WITHOUT_VALUE: ReadonlySet<string> = new Set(['missing', 'tooLong', 'tooManySteps']);

const show = (v: unknown): string => {
  const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
};

/** "steps[2].view.layout" from zod's ['steps', 2, 'view', 'layout']. */
const pathText = (path: ReadonlyArray<PropertyKey>): string =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');

function toProblem(issue: z.core.$ZodIssue): TourProblem {
  const code = issue.message as TourProblemCode;
  const problem: TourProblem = { path: pathText(issue.path), code };
  if (!WITHOUT_VALUE.has(code) && issue.input !== undefined) problem.value = show(issue.input);
  return problem;
}

/** Checks a parsed tour (from a file or a link) and names every problem with its place. */
export function validateTour(value: unknown): TourValidation {
  const result = tourSchema.safeParse(value, { reportInput: true });
  if (result.success) return { tour: { title: result.data.title, steps: result.data.steps }, problems: [] };
  return { tour: null, problems: result.error.issues.map(toProblem) };
}

/** Parses a tour file's text; a file that is not JSON is one problem, not an exception. */
export function parseTour(text: string): TourValidation {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { tour: null, problems: [{ path: '', code: 'notJson' }] };
  }
  return validateTour(value);
}
