import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PANELS, type Panel } from '../domain/view-state/view-state';

export interface MainTabsProps {
  panel: Panel;
  onPanel(panel: Panel): void;
}

export const mainTabId = (panel: Panel): string => `main-tab-${panel}`;
export const MAIN_PANEL_ID = 'main-panel';

/**
 * "Graph" and "Implementation map" as WAI-ARIA tabs over the main area, once a map has been opened:
 * Left and Right (Home, End) move between them and show the one reached.
 */
export function MainTabs({ panel, onPanel }: MainTabsProps) {
  const { t } = useTranslation();
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const onKey = (event: KeyboardEvent<HTMLButtonElement>): void => {
    const index = PANELS.indexOf(panel);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % PANELS.length
        : event.key === 'ArrowLeft'
          ? (index + PANELS.length - 1) % PANELS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? PANELS.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    onPanel(PANELS[next]!);
    tabs.current[next]?.focus();
  };
  return (
    <div className="main-tabs" role="tablist" aria-label={t('map.tabs')}>
      {PANELS.map((p, i) => (
        <button
          key={p}
          ref={(el) => {
            tabs.current[i] = el;
          }}
          id={mainTabId(p)}
          type="button"
          role="tab"
          aria-selected={p === panel}
          aria-controls={MAIN_PANEL_ID}
          tabIndex={p === panel ? 0 : -1}
          onClick={() => onPanel(p)}
          onKeyDown={onKey}
        >
          {p === 'graph' ? t('map.graphTab') : t('map.mapTab')}
        </button>
      ))}
    </div>
  );
}
