import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../ui/describe-error';
import { KindSwatch } from '../../ui/KindSwatch';
import { nodeName } from '../../domain/graph-content/node-names';
import { useLang } from '../../lib/i18n/use-lang';
import { useVocabulary } from '../../domain/vocabulary/vocabulary-context';
import { SEARCH_MAX, SEARCH_PAGE, useSearchSuggestions, type Suggestion } from './use-search-suggestions';

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
  // How many suggestions to ask for: a page, and a page more with each "Show more".
  const [first, setFirst] = useState(SEARCH_PAGE);
  const state = useSearchSuggestions(text, open, first);
  const results = state.status === 'done' ? state.results : [];
  // A full page may hide more: the last option offers them.
  const hasMore = results.length >= first && first < SEARCH_MAX;
  const optionCount = results.length + (hasMore ? 1 : 0);
  const expanded = open && results.length > 0;
  const optionId = (i: number): string => `${id}-option-${i}`;
  const showMore = (): void => {
    // The keyboard stays on the first new suggestion once they come.
    setActive(results.length);
    setFirst((f) => Math.min(f + SEARCH_PAGE, SEARCH_MAX));
  };

  const choose = (s: Suggestion): void => {
    setText('');
    setOpen(false);
    setActive(-1);
    setFirst(SEARCH_PAGE);
    onChoose(s.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setOpen(true);
        if (optionCount > 0) setActive((i) => (i + 1) % optionCount);
        break;
      case 'ArrowUp':
        e.preventDefault();
        setOpen(true);
        if (optionCount > 0) setActive((i) => (i <= 0 ? optionCount - 1 : i - 1));
        break;
      case 'Enter': {
        if (expanded && hasMore && active === results.length) {
          e.preventDefault();
          showMore();
          break;
        }
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
    message = hasMore
      ? t('search2.countMore', { count: results.length })
      : t('search.count', { count: results.length });
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
          setFirst(SEARCH_PAGE);
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
        {hasMore ? (
          <li
            id={optionId(results.length)}
            role="option"
            aria-selected={active === results.length}
            className={active === results.length ? 'search-more active' : 'search-more'}
            onMouseDown={(e) => {
              e.preventDefault();
              showMore();
            }}
            onMouseMove={() => setActive(results.length)}
          >
            <span aria-hidden="true">＋</span> {t('search2.more')}
          </li>
        ) : null}
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
