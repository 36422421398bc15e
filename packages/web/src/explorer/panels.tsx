import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';

/** Which side panels are open. Layout, not view: it stays out of the URL (a shared link opens as the reader's screen allows). */
export interface Panels {
  sidebar: boolean;
  details: boolean;
}

/**
 * Below this width (a 1024×768 projector, a small laptop) the sidebar starts folded, so the graph
 * gets about 700 px instead of 444; the details stay, as they carry the evidence.
 */
export const WIDE_SCREEN = '(min-width: 1200px)';

export function initialPanels(): Panels {
  const wide = typeof window.matchMedia === 'function' ? window.matchMedia(WIDE_SCREEN).matches : true;
  return { sidebar: wide, details: true };
}

/** The list's single Tab stop (KeyboardList gives it tabindex 0). */
const LIST_STOP = '#cadre-sidebar ul[aria-label] [tabindex="0"]';

/**
 * "Skip to the lists of the graph": the first Tab stop of the page. It opens the sidebar when it is
 * folded and puts the keyboard on the node list (the graph's text alternative); with no graph yet,
 * it goes to the main content.
 */
export function SkipLink({ hasLists, onOpenSidebar }: { hasLists: boolean; onOpenSidebar(): void }) {
  const { t } = useTranslation();
  const target = hasLists ? '#cadre-sidebar' : '#cadre-main';
  return (
    <a
      className="skip-link"
      href={target}
      onClick={(e) => {
        e.preventDefault();
        if (!hasLists) {
          document.querySelector<HTMLElement>('#cadre-main')?.focus();
          return;
        }
        // Rendered at once, so the list is there to take the focus.
        flushSync(onOpenSidebar);
        document.querySelector<HTMLElement>(LIST_STOP)?.focus();
      }}
    >
      {hasLists ? t('layout2.skipToLists') : t('layout2.skipToMain')}
    </a>
  );
}
