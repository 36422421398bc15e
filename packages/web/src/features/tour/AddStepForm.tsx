import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface AddStepFormProps {
  /** False when there is no view to record (no focus yet). */
  canAdd: boolean;
  /** Used as the title when none is typed: the focus's name. */
  defaultTitle: string;
  onAdd(title: string, caption: string): void;
}

/** "Add current view as a step", with the title and caption the audience will read. */
export function AddStepForm({ canAdd, defaultTitle, onAdd }: AddStepFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [caption, setCaption] = useState('');
  return (
    <form
      className="add-step"
      onSubmit={(e) => {
        e.preventDefault();
        if (!canAdd) return;
        onAdd(title.trim() || defaultTitle, caption.trim());
        setTitle('');
        setCaption('');
      }}
    >
      <label htmlFor={`${id}-title`}>{t('tour.stepTitle')}</label>
      <input
        id={`${id}-title`}
        type="text"
        maxLength={200}
        value={title}
        placeholder={defaultTitle}
        onChange={(e) => setTitle(e.target.value)}
      />
      <label htmlFor={`${id}-caption`}>{t('tour.stepCaption')}</label>
      <textarea
        id={`${id}-caption`}
        rows={3}
        maxLength={2000}
        value={caption}
        onChange={(e) => setCaption(e.target.value)}
      />
      <button type="submit" disabled={!canAdd}>
        {t('tour.addStep')}
      </button>
      {canAdd ? null : <p className="muted">{t('tour.needFocus')}</p>}
    </form>
  );
}
