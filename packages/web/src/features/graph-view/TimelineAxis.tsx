import type cytoscape from 'cytoscape';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tickStep, type TimelineAxis as Axis } from './timeline-layout';
import { useVocabulary } from '../../domain/vocabulary/vocabulary-context';
import { useLang } from '../../lib/i18n/use-lang';
import type { NodeKind } from '../../gql/graphql';

interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The timeline layout's time axis, drawn over the canvas in screen coordinates so its year labels
 * keep their size at any zoom (as Cytoscape elements they would shrink, and would count as nodes).
 * It follows every pan and zoom, once per frame.
 */
export function TimelineAxis({ cy, axis }: { cy: cytoscape.Core | null; axis: Axis | null }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const lang = useLang();
  const [viewport, setViewport] = useState<Viewport | null>(null);

  useEffect(() => {
    if (!cy || !axis) return undefined;
    let frame = 0;
    const update = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setViewport({ zoom: cy.zoom(), pan: { ...cy.pan() } }));
    };
    update();
    cy.on('viewport resize', update);
    return () => {
      cancelAnimationFrame(frame);
      cy.off('viewport resize', update);
    };
  }, [cy, axis]);

  if (!cy || !axis || !viewport) return null;
  const { zoom, pan } = viewport;
  const x = (year: number): number => (axis.x0 + (year - axis.startYear) * axis.pxPerYear) * zoom + pan.x;
  const y = axis.axisY * zoom + pan.y;
  const step = tickStep(axis.pxPerYear * zoom);
  const years: number[] = [];
  for (let year = Math.ceil(axis.startYear / step) * step; year <= axis.endYear; year += step)
    years.push(year);
  // The undated band's line sits between the axis labels and the first undated row, whatever the zoom.
  const bandY = axis.undatedY === null ? null : Math.max(y + 42, (axis.undatedY - 40) * zoom + pan.y);

  return (
    <svg className="timeline-axis" aria-hidden="true" data-testid="timeline-axis">
      <line className="timeline-axis-line" x1={x(axis.startYear)} x2={x(axis.endYear)} y1={y} y2={y} />
      {years.map((year) => (
        <g key={year}>
          <line className="timeline-tick" x1={x(year)} x2={x(year)} y1={y - 5} y2={y + 5} />
          <text className="timeline-year" x={x(year)} y={y + 19} textAnchor="middle">
            {year}
          </text>
        </g>
      ))}
      {bandY === null ? null : (
        <>
          <line
            className="timeline-band-line"
            x1={x(axis.startYear)}
            x2={x(axis.endYear)}
            y1={bandY}
            y2={bandY}
          />
          <text className="timeline-band-label" x={x(axis.endYear)} y={bandY - 5} textAnchor="end">
            {t('graph.undated')}
          </text>
        </>
      )}
      {/* Each row of the undated band says which kind it holds, at the left edge of the view. */}
      {axis.rows.map((row) => (
        <text
          key={row.kind}
          className="timeline-row-label"
          x={8}
          y={row.y * zoom + pan.y - 14 * Math.min(zoom, 1.5)}
        >
          {vocabulary.nodeKindPlural(row.kind as NodeKind, lang)}
        </text>
      ))}
    </svg>
  );
}
