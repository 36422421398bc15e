import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TourText } from '../../domain/view-state/view-state';
import type { Lang } from '../../lib/i18n/langs';
import { useLang } from '../../lib/i18n/use-lang';
import { BilingualFields } from './BilingualFields';

export interface AddStepFormProps {
  /** False when there is no view to record (no focus yet). */
  canAdd: boolean;
  /** Used as the title (in the interface's language) when none is typed: the focus's name. */
  defaultTitle: string;
  onAdd(title: TourText, caption: TourText): void;
}

const EMPTY = { en: '', fr: '' };

/** "Add current view as a step", with the title and caption the audience will read, in both languages. */
export function AddStepForm({ canAdd, defaultTitle, onAdd }: AddStepFormProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [title, setTitle] = useState(EMPTY);
  const [caption, setCaption] = useState(EMPTY);
  const set =
    (update: typeof setTitle) =>
    (l: Lang, value: string): void =>
      update((current) => ({ ...current, [l]: value }));
  return (
    <form
      className="add-step"
      onSubmit={(e) => {
        e.preventDefault();
        if (!canAdd) return;
        const titles = { en: title.en.trim(), fr: title.fr.trim() };
        // No title typed in either language: the focus's name, in the language it was read in.
        if (!titles.en && !titles.fr) titles[lang] = defaultTitle;
        onAdd(titles, { en: caption.en.trim(), fr: caption.fr.trim() });
        setTitle(EMPTY);
        setCaption(EMPTY);
      }}
    >
      <BilingualFields
        kind="stepTitle"
        value={title}
        onChange={set(setTitle)}
        maxLength={200}
        placeholder={defaultTitle}
      />
      <BilingualFields kind="caption" value={caption} onChange={set(setCaption)} maxLength={2000} multiline />
      <button type="submit" disabled={!canAdd}>
        {t('tour.addStep')}
      </button>
      {canAdd ? null : <p className="muted">{t('tour.needFocus')}</p>}
    </form>
  );
}
