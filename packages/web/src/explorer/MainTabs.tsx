import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Panel } from '../domain/view-state/view-state';

export interface MainTabsProps {
  panel: Panel;
  /** The panels open (the graph first), in PANELS order. */
  panels: readonly Panel[];
  onPanel(panel: Panel): void;
}

const TAB_LABEL: Record<Panel, string> = {
  graph: 'map.graphTab',
  map: 'map.mapTab',
  compare: 'compare.tab',
  ratification: 'ratificationMap.tab',
};

export const mainTabId = (panel: Panel): string => `main-tab-${panel}`;
export const MAIN_PANEL_ID = 'main-panel';

/**
 * "Graph", "Implementation map", "Compare", "Ratification map" as WAI-ARIA tabs over the main area,
 * the graph's and those of the views opened:
 * Left and Right (Home, End) move between them and show the one reached.
 */
export function MainTabs({ panel, panels, onPanel }: MainTabsProps) {
  const { t } = useTranslation();
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const onKey = (event: KeyboardEvent<HTMLButtonElement>): void => {
    const index = panels.indexOf(panel);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % panels.length
        : event.key === 'ArrowLeft'
          ? (index + panels.length - 1) % panels.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? panels.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    onPanel(panels[next]!);
    tabs.current[next]?.focus();
  };
  return (
    <div className="main-tabs" role="tablist" aria-label={t('map.tabs')}>
      {panels.map((p, i) => (
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
          {t(TAB_LABEL[p])}
        </button>
      ))}
    </div>
  );
}
