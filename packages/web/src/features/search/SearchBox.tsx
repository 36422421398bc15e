import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../ui/describe-error';
import { KindSwatch } from '../../ui/KindSwatch';
import { nodeName } from '../../domain/graph-content/node-names';
import { useLang } from '../../lib/i18n/use-lang';
import { useVocabulary } from '../../domain/vocabulary/vocabulary-context';
import { useSearchSuggestions, type Suggestion } from './use-search-suggestions';

export interface SearchBoxProps {
  /** Called with the chosen node's id. */
  onChoose(id: string): void;
  /** Accessible name; default "Search" (the header's search). Other pickers name what they pick. */
  label?: string;
  placeholder?: string;
}

/**
 * A combobox with a listbox of suggestions (WAI-ARIA 1.2 pattern): focus stays in the input and
 * aria-activedescendant points at the highlighted option. Down/Up move, Enter chooses, Escape
 * closes then clears.
 */
export function SearchBox({ onChoose, label, placeholder }: SearchBoxProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const vocabulary = useVocabulary();
  const id = useId();
  const listId = `${id}-listbox`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const state = useSearchSuggestions(text, open);
  const results = state.status === 'done' ? state.results : [];
  const expanded = open && results.length > 0;
  const optionId = (i: number): string => `${id}-option-${i}`;

  const choose = (s: Suggestion): void => {
    setText('');
    setOpen(false);
    setActive(-1);
    onChoose(s.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setOpen(true);
        if (results.length > 0) setActive((i) => (i + 1) % results.length);
        break;
      case 'ArrowUp':
        e.preventDefault();
        setOpen(true);
        if (results.length > 0) setActive((i) => (i <= 0 ? results.length - 1 : i - 1));
        break;
      case 'Enter': {
        const chosen = results[active] ?? (expanded ? results[0] : undefined);
        if (chosen) {
          e.preventDefault();
          choose(chosen);
        }
        break;
      }
      case 'Escape':
        if (expanded) setOpen(false);
        else setText('');
        setActive(-1);
        break;
    }
  };

  const describe = (s: Suggestion): string => {
    const type = vocabulary.typeLabel(s.kind, s.type, lang);
    const number = s.__typename === 'Instrument' && s.number ? ` ${s.number}` : '';
    return `${vocabulary.nodeKindLabel(s.kind, lang)} · ${type}${number}`;
  };

  let message = '';
  if (open && state.status === 'loading') message = t('search.searching');
  if (open && state.status === 'done' && results.length === 0)
    message = t('search.noMatch', { text: state.text });
  if (open && state.status === 'done' && results.length > 0)
    message = t('search.count', { count: results.length });
  if (open && state.status === 'error')
    message = t('search.failed', { message: describeError(state.error, t) });

  return (
    <div className="search">
      <label htmlFor={id} className="visually-hidden">
        {label ?? t('search.label')}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        placeholder={placeholder ?? t('search.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('search.hint')}
      </span>
      <ul
        id={listId}
        role="listbox"
        aria-label={t('search.suggestions')}
        className="search-results"
        hidden={!expanded}
      >
        {results.map((s, i) => (
          <li
            key={s.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(s);
            }}
            onMouseMove={() => setActive(i)}
          >
            <KindSwatch kind={s.kind} />
            <span className="search-result-text">
              <span className="search-result-name">{nodeName(s, lang)}</span>
              <span className="search-result-kind">{describe(s)}</span>
            </span>
          </li>
        ))}
      </ul>
      <div
        role="status"
        aria-live="polite"
        className={message && !expanded ? 'search-message' : 'visually-hidden'}
      >
        {message}
      </div>
    </div>
  );
}
