import type { ParticipationStyle } from './participation-styles';

/**
 * An SVG <pattern> drawing a participation style's fill and texture, to put in an SVG's <defs> and
 * use as `fill="url(#id)"`. Stripes and hatching run in opposite directions, so a striped and a
 * hatched state never look alike, even in greyscale.
 */
export function ParticipationPattern({ id, style }: { id: string; style: ParticipationStyle }) {
  const { texture } = style;
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6">
      <rect width="6" height="6" fill={style.fill} />
      {texture?.kind === 'stripes' ? (
        <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke={texture.color} strokeWidth="1.6" />
      ) : null}
      {texture?.kind === 'hatch' ? (
        <path d="M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2" stroke={texture.color} strokeWidth="0.9" />
      ) : null}
      {texture?.kind === 'dots' ? <circle cx="3" cy="3" r="1.2" fill={texture.color} /> : null}
    </pattern>
  );
}

/** A fill for an SVG shape: the plain colour, or the pattern `id` when the style has a texture. */
export const participationFill = (style: ParticipationStyle, patternId: string): string =>
  style.texture ? `url(#${patternId})` : style.fill;
