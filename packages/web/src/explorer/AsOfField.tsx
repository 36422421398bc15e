import { isPartialDate } from '@cadre/model/partial-date';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface AsOfFieldProps {
  asOf: string | null;
  onAsOf(asOf: string | null): void;
  /** The link's `asOf` when it was not a date (the view fell back to today): shown, and named. */
  refusedInLink?: string | null;
}

/**
 * The view's date as typed: an ISO partial date, "2013", "2013-07" or "2013-07-12", the dates the
 * graph itself holds. Not an <input type="date">: that takes full dates only (a year from the slider
 * or a shared link showed as its 1 January) and writes them in the browser's locale, not the page's
 * (mm/dd/yyyy in the French UI of an English browser). ISO reads the same in both languages.
 * The date is taken on Enter or on leaving the field; a wrong one is named and not taken; an empty
 * field is today; Escape puts back the view's date.
 */
export function AsOfField({ asOf, onAsOf, refusedInLink = null }: AsOfFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(refusedInLink ?? asOf ?? '');
  const [shown, setShown] = useState(asOf);
  // The date refused on Enter or on leaving, named until the field is edited (not at every
  // keystroke: "201" on the way to "2013" is not a mistake yet).
  const [refused, setRefused] = useState<string | null>(refusedInLink);
  // A date from a link that was not one: the view silently showing today would pass for that date.
  const [fromLink, setFromLink] = useState(refusedInLink !== null);
  // The view's date changed elsewhere (the slider, Today, a link): the field follows it.
  if (shown !== asOf) {
    setShown(asOf);
    setDraft(asOf ?? '');
    setRefused(null);
  }
  const typed = draft.trim();
  const wrong = refused !== null && refused === typed;

  const commit = (): void => {
    if (typed !== '' && !isPartialDate(typed)) {
      // Leaving the field as the link left it keeps the link's message; a date typed is the reader's.
      if (typed !== refused) {
        setRefused(typed);
        setFromLink(false);
      }
      return;
    }
    const next = typed === '' ? null : typed;
    if (next !== asOf) onAsOf(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') commit();
    else if (event.key === 'Escape') {
      setDraft(asOf ?? '');
      setRefused(null);
    }
  };

  return (
    <span className="as-of-field">
      <label htmlFor={`${id}-asof`}>{t('toolbar.asOf')}</label>
      <input
        id={`${id}-asof`}
        type="text"
        inputMode="numeric"
        size={10}
        maxLength={10}
        spellCheck={false}
        autoComplete="off"
        placeholder={t('toolbar.asOfPlaceholder')}
        title={t('toolbar.asOfHint')}
        value={draft}
        aria-invalid={wrong}
        aria-describedby={wrong ? `${id}-asof-error` : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          setRefused(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      {wrong ? (
        <span id={`${id}-asof-error`} className="as-of-error" role="alert">
          {t(fromLink ? 'toolbar.asOfWrongInLink' : 'toolbar.asOfWrong', { value: typed })}
        </span>
      ) : null}
    </span>
  );
}
