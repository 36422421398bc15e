import { DEFAULT_VIEW_STATE, type ViewState } from '../view-state/view-state';
import { publicBase } from './public-base';
import { encodeViewState } from './view-state-url';

export interface AddressOptions {
  /** The explorer's origin; defaults to the public address (CADRE_PUBLIC_URL), else this page's. */
  origin?: string;
  /** The explorer's path; defaults to the public address's, else this page's (the explorer may be served under a prefix). */
  path?: string;
}

const here = (): { origin: string; path: string } =>
  publicBase() ??
  (typeof window === 'undefined'
    ? { origin: '', path: '/' }
    : { origin: window.location.origin, path: window.location.pathname });

/**
 * The shareable address of a view: the explorer's page with the view in its query string, so the
 * link opens the same view anywhere. Exports, citations and tour links all use this one.
 */
export function viewAddress(view: Partial<ViewState>, options: AddressOptions = {}): string {
  const origin = options.origin ?? here().origin;
  // A given origin with no path means that origin's root, not this page's path.
  const path = options.path ?? (options.origin ? '/' : here().path);
  return `${origin}${path}${encodeViewState({ ...DEFAULT_VIEW_STATE, ...view })}`;
}
