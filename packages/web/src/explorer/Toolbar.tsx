import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYOUTS, type LayoutName } from '../domain/view-state/view-state';
import { AsOfField } from './AsOfField';

export interface ToolbarProps {
  layout: LayoutName;
  asOf: string | null;
  /** The link's date when it was not a date (see AsOfField). */
  refusedLinkDate?: string | null;
  removedCount: number;
  onLayout(layout: LayoutName): void;
  onAsOf(asOf: string | null): void;
  onFit(): void;
  onRelayout(): void;
  onRestoreRemoved(): void;
  /** More tools (the export menu), after the built-in ones. */
  children?: ReactNode;
}

/** Graph controls. A time slider, paths and exports are meant to join here as their own small components. */
export function Toolbar({
  layout,
  asOf,
  refusedLinkDate = null,
  removedCount,
  onLayout,
  onAsOf,
  onFit,
  onRelayout,
  onRestoreRemoved,
  children,
}: ToolbarProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="toolbar" role="group" aria-label={t('toolbar.label')}>
      <label htmlFor={`${id}-layout`}>{t('toolbar.layout')}</label>
      <select id={`${id}-layout`} value={layout} onChange={(e) => onLayout(e.target.value as LayoutName)}>
        {LAYOUTS.map((l) => (
          <option key={l} value={l}>
            {t(`layout.${l}`)}
          </option>
        ))}
      </select>
      <button type="button" onClick={onRelayout}>
        {t('toolbar.relayout')}
      </button>
      <button type="button" onClick={onFit}>
        {t('toolbar.fit')}
      </button>
      <AsOfField asOf={asOf} onAsOf={onAsOf} refusedInLink={refusedLinkDate} />
      {asOf ? (
        <button type="button" onClick={() => onAsOf(null)}>
          {t('toolbar.today')}
        </button>
      ) : null}
      {removedCount > 0 ? (
        <button type="button" onClick={onRestoreRemoved}>
          {t('toolbar.restore', { count: removedCount })}
        </button>
      ) : null}
      {children}
    </div>
  );
}
