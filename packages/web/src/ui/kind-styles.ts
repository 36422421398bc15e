/**
 * How each node kind looks. Colours are the Okabe–Ito palette (distinguishable with the common
 * colour-vision deficiencies; its yellow is left out, too pale on white), and every kind also has
 * its own shape, so colour is never the only cue. Shared by the graph, the legend and the lists.
 * Provisions (articles) are a tag, the shape of a label hanging off its instrument.
 */
export type KindShape =
  'round-rectangle' | 'hexagon' | 'diamond' | 'star' | 'ellipse' | 'triangle' | 'rectangle' | 'tag';

export interface KindStyle {
  color: string;
  shape: KindShape;
}

export const KIND_STYLES: Readonly<Record<string, KindStyle>> = {
  INSTRUMENT: { color: '#0072B2', shape: 'round-rectangle' },
  INSTITUTION: { color: '#D55E00', shape: 'hexagon' },
  PROGRAMME: { color: '#009E73', shape: 'diamond' },
  EVENT: { color: '#CC79A7', shape: 'star' },
  PLACE: { color: '#56B4E9', shape: 'ellipse' },
  CONCEPT: { color: '#E69F00', shape: 'triangle' },
  // Okabe–Ito has no eighth colour that holds on white; Paul Tol's indigo is as safe and stays dark.
  PROVISION: { color: '#332288', shape: 'tag' },
};

/** For a kind the explorer does not know yet (the vocabulary grew): grey squares. */
export const UNKNOWN_KIND_STYLE: KindStyle = { color: '#999999', shape: 'rectangle' };

export const kindStyle = (kind: string): KindStyle => KIND_STYLES[kind] ?? UNKNOWN_KIND_STYLE;

/** Edge colours: stated relations solid, an analyst's reading dashed (line style, not colour). */
export const EDGE_COLOR = '#6b6b6b';
export const SELECTED_COLOR = '#000000';
/** Paths between two chosen nodes: the Okabe–Ito blue, darker so it holds against the dimmed rest. */
export const PATH_COLOR = '#005a8c';
