import type { NodeKind, RelationKind } from '../gql/graphql';
import { type Tour, type TourStep, type TourText, type StepView } from './tour';
import { LAYOUTS, type LayoutName, type Selection } from './view-state';

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

// Same patterns as the URL codec: ids and kinds as the API writes them, ISO partial dates.
const ID = /^[A-Za-z0-9._:-]{1,200}$/;
const KIND = /^[A-Z][A-Z_]{0,39}$/;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => {
  const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
};

/**
 * Checks a parsed tour (from a file or a link) field by field and collects every problem with
 * its path, so a trainer can fix a hand-edited file in one go. Optional view fields get defaults.
 */
export function validateTour(value: unknown): TourValidation {
  const problems: TourProblem[] = [];
  const fail = (path: string, code: TourProblemCode, v?: unknown): void => {
    problems.push(v === undefined ? { path, code } : { path, code, value: show(v) });
  };

  const text = (v: unknown, path: string, max: number, required: boolean): TourText | undefined => {
    if (v === undefined || v === null) {
      if (required) fail(path, 'missing');
      return required ? undefined : '';
    }
    if (typeof v === 'string') {
      if (v.length > max) fail(path, 'tooLong');
      else if (required && v.trim() === '') fail(path, 'missing');
      return v;
    }
    if (isObject(v) && typeof v.en === 'string' && typeof v.fr === 'string') {
      if (v.en.length > max || v.fr.length > max) fail(path, 'tooLong');
      return { en: v.en, fr: v.fr };
    }
    fail(path, 'notText', v);
    return undefined;
  };

  const list = <T extends string>(v: unknown, path: string, pattern: RegExp, code: TourProblemCode): T[] => {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      fail(path, 'notList', v);
      return [];
    }
    v.forEach((item, i) => {
      if (typeof item !== 'string' || !pattern.test(item)) fail(`${path}[${i}]`, code, item);
    });
    return v.filter((item): item is T => typeof item === 'string' && pattern.test(item));
  };

  const id = (v: unknown, path: string, required: boolean): string | null => {
    if (v === undefined || v === null) {
      if (required) fail(path, 'missing');
      return null;
    }
    if (typeof v !== 'string' || !ID.test(v)) {
      fail(path, 'badId', v);
      return null;
    }
    return v;
  };

  const selection = (v: unknown, path: string): Selection => {
    if (v === undefined || v === null) return null;
    if (
      isObject(v) &&
      (v.type === 'node' || v.type === 'relation') &&
      typeof v.id === 'string' &&
      ID.test(v.id)
    )
      return { type: v.type, id: v.id };
    fail(path, 'badSelection', v);
    return null;
  };

  const view = (v: unknown, path: string): StepView | undefined => {
    if (!isObject(v)) {
      fail(path, v === undefined ? 'missing' : 'notObject', v);
      return undefined;
    }
    const focus = id(v.focus, `${path}.focus`, true);
    let layout: LayoutName = 'fcose';
    if (v.layout !== undefined && v.layout !== null) {
      if (LAYOUTS.includes(v.layout as LayoutName)) layout = v.layout as LayoutName;
      else fail(`${path}.layout`, 'badLayout', v.layout);
    }
    let asOf: string | null = null;
    if (v.asOf !== undefined && v.asOf !== null) {
      if (typeof v.asOf === 'string' && PARTIAL_DATE.test(v.asOf)) asOf = v.asOf;
      else fail(`${path}.asOf`, 'badDate', v.asOf);
    }
    return {
      focus: focus ?? '',
      expanded: list(v.expanded, `${path}.expanded`, ID, 'badId'),
      removed: list(v.removed, `${path}.removed`, ID, 'badId'),
      hiddenNodeKinds: list<NodeKind>(v.hiddenNodeKinds, `${path}.hiddenNodeKinds`, KIND, 'badKind'),
      hiddenRelationKinds: list<RelationKind>(
        v.hiddenRelationKinds,
        `${path}.hiddenRelationKinds`,
        KIND,
        'badKind',
      ),
      layout,
      asOf,
      selected: selection(v.selected, `${path}.selected`),
      pathFrom: id(v.pathFrom, `${path}.pathFrom`, false),
      pathTo: id(v.pathTo, `${path}.pathTo`, false),
    };
  };

  if (!isObject(value)) {
    fail('', 'notObject', value);
    return { tour: null, problems };
  }
  if (value.format !== undefined && value.format !== TOUR_FORMAT) fail('format', 'badFormat', value.format);
  const title = text(value.title, 'title', MAX_TITLE, false);
  const steps: TourStep[] = [];
  if (!Array.isArray(value.steps)) {
    fail('steps', value.steps === undefined ? 'missing' : 'notList', value.steps);
  } else if (value.steps.length > MAX_STEPS) {
    fail('steps', 'tooManySteps');
  } else {
    value.steps.forEach((s, i) => {
      const path = `steps[${i}]`;
      if (!isObject(s)) {
        fail(path, 'notObject', s);
        return;
      }
      const stepTitle = text(s.title, `${path}.title`, MAX_TITLE, true);
      const caption = text(s.caption, `${path}.caption`, MAX_CAPTION, false);
      const stepViewValue = view(s.view, `${path}.view`);
      if (stepTitle !== undefined && caption !== undefined && stepViewValue)
        steps.push({ title: stepTitle, caption, view: stepViewValue });
    });
  }
  if (problems.length > 0 || title === undefined) return { tour: null, problems };
  return { tour: { title, steps }, problems: [] };
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
