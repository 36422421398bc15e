import { kindStyle, type KindShape } from './kind-styles';

// SVG outlines matching Cytoscape's shapes, drawn in a 20×20 box.
const POLYGONS: Partial<Record<KindShape, string>> = {
  hexagon: '5,2 15,2 19,10 15,18 5,18 1,10',
  diamond: '10,1 19,10 10,19 1,10',
  star: '10,1 12.6,7 19,7.3 14,11.4 15.6,18 10,14.3 4.4,18 6,11.4 1,7.3 7.4,7',
  triangle: '10,1.5 19,18.5 1,18.5',
  tag: '1,3 13,3 19,10 13,17 1,17',
};

/** The node kind's shape and colour, as a decorative icon (the kind is always named beside it). */
export function KindSwatch({ kind, size = 16 }: { kind: string; size?: number }) {
  const { color, shape } = kindStyle(kind);
  const common = { fill: color, stroke: '#333', strokeWidth: 1.2 };
  const points = POLYGONS[shape];
  return (
    <svg
      className="kind-swatch"
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
      data-kind={kind}
    >
      {points ? (
        <polygon points={points} {...common} />
      ) : shape === 'ellipse' ? (
        <circle cx="10" cy="10" r="8.5" {...common} />
      ) : (
        <rect x="2" y="3" width="16" height="14" rx={shape === 'round-rectangle' ? 4 : 0} {...common} />
      )}
    </svg>
  );
}
