import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_VIEW_STATE, type Tour } from '../../domain/view-state/view-state';
import { viewAddress } from '../../domain/view-url/view-address';
import { viewReducer } from '../../domain/view-state/view-reducer';
import type { Lang } from '../../lib/i18n/langs';

/** The link that opens `tour` at its first step, in `lang`: the whole tour travels in the URL. */
export function tourLink(tour: Tour, lang: Lang): string {
  const state = viewReducer({ ...DEFAULT_VIEW_STATE, lang }, { type: 'startTour', tour });
  return viewAddress(state);
}

/** "Share as link": shows the link, and copies it where the browser lets the page do so. */
export function TourShare({ tour, lang }: { tour: Tour; lang: Lang }) {
  const { t } = useTranslation();
  const id = useId();
  const [shared, setShared] = useState<{ link: string; copied: boolean } | null>(null);

  const share = (): void => {
    const link = tourLink(tour, lang);
    setShared({ link, copied: false });
    navigator.clipboard?.writeText(link).then(
      () => setShared({ link, copied: true }),
      () => {
        // No clipboard permission: the field below holds the link to copy by hand.
      },
    );
  };

  return (
    <div className="tour-share">
      <button type="button" onClick={share}>
        {t('tour.share')}
      </button>
      {shared ? (
        <>
          <label htmlFor={id} className="tour-share-label">
            {shared.copied ? t('tour.linkCopied') : t('tour.linkToCopy')}
          </label>
          <input id={id} type="text" readOnly value={shared.link} onFocus={(e) => e.target.select()} />
        </>
      ) : null}
    </div>
  );
}
