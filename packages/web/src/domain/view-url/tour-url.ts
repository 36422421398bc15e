import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { builtinTour } from '../tour/builtin-tours';
import { stepView, type StepView, type Tour } from '../view-state/view-state';
import { validateTour } from '../tour/tour-schema';

/** Marks a compressed tour (and its encoding's version) in the `tour` URL parameter. */
const COMPRESSED = 'z1.';

/** A step view without its default values: a shorter link. */
function compactView(view: StepView): Partial<StepView> {
  const defaults = stepView({ focus: view.focus });
  return Object.fromEntries(
    Object.entries(view).filter(
      ([key, value]) =>
        JSON.stringify(value) !== JSON.stringify(defaults[key as keyof StepView]) || key === 'focus',
    ),
  );
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * A tour as a URL parameter: a built-in tour by its id; any other as its JSON, deflated and in
 * base64url (a seven-step tour takes about a kilobyte), so a link carries the whole tour.
 */
export function encodeTourParam(tour: Tour): string {
  if (tour.id && builtinTour(tour.id)) return tour.id;
  const json = JSON.stringify({
    title: tour.title,
    steps: tour.steps.map((s) => ({ ...s, view: compactView(s.view) })),
  });
  return COMPRESSED + toBase64Url(deflateSync(strToU8(json), { level: 9 }));
}

/** The tour a `tour` parameter stands for, or null when it is unknown, damaged or invalid. */
export function decodeTourParam(param: string | null): Tour | null {
  if (!param) return null;
  const builtin = builtinTour(param);
  if (builtin) return builtin;
  if (!param.startsWith(COMPRESSED) || param.length > 100_000) return null;
  try {
    const json = strFromU8(inflateSync(fromBase64Url(param.slice(COMPRESSED.length))));
    return validateTour(JSON.parse(json)).tour;
  } catch {
    // A truncated or hand-edited link: drop the tour, as the codec drops any malformed value.
    return null;
  }
}
