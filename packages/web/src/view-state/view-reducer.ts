import type { NodeKind, RelationKind } from '../gql/graphql';
import { DEFAULT_VIEW_STATE, type Lang, type LayoutName, type Selection, type ViewState } from './view-state';

export type ViewAction =
  | { type: 'focus'; id: string }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'remove'; id: string }
  | { type: 'restoreRemoved' }
  | { type: 'select'; selection: Selection }
  | { type: 'setLayout'; layout: LayoutName }
  | { type: 'setLang'; lang: Lang }
  | { type: 'setAsOf'; asOf: string | null }
  | { type: 'setNodeKindVisible'; kind: NodeKind; visible: boolean }
  | { type: 'setRelationKindVisible'; kind: RelationKind; visible: boolean }
  | { type: 'home' }
  | { type: 'replace'; state: ViewState };

/**
 * Actions that change what is in the graph get their own browser history entry (Back undoes an
 * expansion); selection, filters, layout and language replace the current one.
 */
export const HISTORY_ACTIONS: ReadonlySet<ViewAction['type']> = new Set(['focus', 'expand', 'collapse', 'remove', 'restoreRemoved', 'home']);

const without = <T>(items: readonly T[], item: T): T[] => items.filter((x) => x !== item);
const withItem = <T>(items: readonly T[], item: T): T[] => (items.includes(item) ? [...items] : [...items, item]);
const toggled = <T>(hidden: readonly T[], item: T, visible: boolean): T[] => (visible ? without(hidden, item) : withItem(hidden, item));

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'focus':
      // A new centre starts a new exploration; filters, layout, language and date stay.
      return { ...state, focus: action.id, expanded: [], removed: [], selected: { type: 'node', id: action.id } };
    case 'expand':
      if (action.id === state.focus) return { ...state, removed: without(state.removed, action.id) };
      return { ...state, expanded: withItem(state.expanded, action.id), removed: without(state.removed, action.id) };
    case 'collapse':
      return { ...state, expanded: without(state.expanded, action.id) };
    case 'remove': {
      if (action.id === state.focus) return state;
      const selected = state.selected?.type === 'node' && state.selected.id === action.id ? null : state.selected;
      return { ...state, removed: withItem(state.removed, action.id), expanded: without(state.expanded, action.id), selected };
    }
    case 'restoreRemoved':
      return { ...state, removed: [] };
    case 'select':
      return { ...state, selected: action.selection };
    case 'setLayout':
      return { ...state, layout: action.layout };
    case 'setLang':
      return { ...state, lang: action.lang };
    case 'setAsOf':
      return { ...state, asOf: action.asOf };
    case 'setNodeKindVisible':
      return { ...state, hiddenNodeKinds: toggled(state.hiddenNodeKinds, action.kind, action.visible) };
    case 'setRelationKindVisible':
      return { ...state, hiddenRelationKinds: toggled(state.hiddenRelationKinds, action.kind, action.visible) };
    case 'home':
      return { ...DEFAULT_VIEW_STATE, lang: state.lang, layout: state.layout };
    case 'replace':
      return action.state;
  }
}
