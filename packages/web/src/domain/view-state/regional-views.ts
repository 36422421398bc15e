/**
 * The region-wide views: "Compare jurisdictions" (two to four states side by side) and the
 * ratification map (every state's standing in one treaty). Both follow the view's date (`asOf`)
 * and live in the URL beside it (`compare=ml-mali,ne-niger,sn-senegal`, `ratification=un-tip-protocol`).
 * Kept in their own module so the view state's type only gains these two fields.
 */
export interface RegionalViews {
  /** The jurisdictions compared, in the order chosen (at most MAX_COMPARED); empty when none is. */
  compare: string[];
  /** The treaty the ratification map colours the states by; null when no map is open. */
  ratificationTreaty: string | null;
}

export const REGIONAL_DEFAULTS: RegionalViews = { compare: [], ratificationTreaty: null };

/** The API compares two to four jurisdictions at once. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** The treaty a new ratification map starts from: the Trafficking in Persons Protocol. */
export const DEFAULT_RATIFICATION_TREATY = 'un-tip-protocol';

/** Ids chosen for a comparison: each once, in the order given, no more than the API takes. */
export const comparedIds = (ids: readonly string[]): string[] => [...new Set(ids)].slice(0, MAX_COMPARED);
