/**
 * The states the map draws, matched to Natural Earth's shapes by ISO 3166-1 code. The API's
 * `Jurisdiction.isoCode` is null for now (the seeds give none: the two letters that start an id
 * like `ml-mali` are a naming convention, not data), so the 17 jurisdictions of the West African
 * seeds are matched here, once. world-atlas names its countries by the numeric code, as a string
 * of three digits.
 */
export const JURISDICTION_ISO: Readonly<Record<string, { alpha2: string; numeric: string }>> = {
  'bj-benin': { alpha2: 'BJ', numeric: '204' },
  'bf-burkina-faso': { alpha2: 'BF', numeric: '854' },
  'cv-cabo-verde': { alpha2: 'CV', numeric: '132' },
  'td-chad': { alpha2: 'TD', numeric: '148' },
  'ci-cote-divoire': { alpha2: 'CI', numeric: '384' },
  'gm-gambia': { alpha2: 'GM', numeric: '270' },
  'gh-ghana': { alpha2: 'GH', numeric: '288' },
  'gn-guinea': { alpha2: 'GN', numeric: '324' },
  'gw-guinea-bissau': { alpha2: 'GW', numeric: '624' },
  'lr-liberia': { alpha2: 'LR', numeric: '430' },
  'ml-mali': { alpha2: 'ML', numeric: '466' },
  'mr-mauritania': { alpha2: 'MR', numeric: '478' },
  'ne-niger': { alpha2: 'NE', numeric: '562' },
  'ng-nigeria': { alpha2: 'NG', numeric: '566' },
  'sn-senegal': { alpha2: 'SN', numeric: '686' },
  'sl-sierra-leone': { alpha2: 'SL', numeric: '694' },
  'tg-togo': { alpha2: 'TG', numeric: '768' },
};

/**
 * Countries around them, drawn in grey for orientation only (cut at the frame): Western Sahara,
 * Morocco, Algeria, Libya, Sudan, the Central African Republic, Cameroon, Equatorial Guinea.
 */
export const NEIGHBOUR_NUMERIC = ['732', '504', '012', '434', '729', '140', '120', '226'] as const;

/** Every shape the map needs: what the build keeps of Natural Earth's countries (see vite.config.ts). */
export const MAP_SHAPE_IDS: readonly string[] = [
  ...Object.values(JURISDICTION_ISO).map((c) => c.numeric),
  ...NEIGHBOUR_NUMERIC,
];

/**
 * The numeric code of a jurisdiction: from the API's ISO alpha-2 code when it gives one, else
 * from the table above; undefined for a jurisdiction the map has no shape for.
 */
export function numericCodeOf(id: string, isoCode?: string | null): string | undefined {
  if (isoCode) {
    const known = Object.values(JURISDICTION_ISO).find((c) => c.alpha2 === isoCode.toUpperCase());
    if (known) return known.numeric;
  }
  return JURISDICTION_ISO[id]?.numeric;
}
