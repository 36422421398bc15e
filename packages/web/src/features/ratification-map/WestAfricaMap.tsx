import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipationStatus } from '../../gql/graphql';
import { participationFill, ParticipationPattern } from '../../ui/ParticipationPattern';
import { PARTICIPATION_STYLES, participationKey, UNRECORDED_STYLE } from '../../ui/participation-styles';
import { layoutMap } from './geo/layout-map';
import { numericCodeOf } from './geo/west-africa-iso';
import { WEST_AFRICA_SHAPES } from './geo/west-africa-shapes';

/** A state as the map needs it. */
export interface MapState {
  id: string;
  isoCode?: string | null;
  name: string;
  status: ParticipationStatus;
  recorded: boolean;
  /** The status in words with the step it rests on (the API's `explanation`): the state's tooltip. */
  explanation: string;
}

export interface WestAfricaMapProps {
  states: readonly MapState[];
  /** The map's accessible name ("Trafficking in Persons Protocol as of 2010"). */
  label: string;
  onOpen(id: string): void;
}

/** The map's width in SVG units; it scales to its box, the height follows the region's shape. */
const WIDTH = 680;

const STYLE_KEYS = [...(Object.keys(PARTICIPATION_STYLES) as ParticipationStatus[]), 'UNRECORDED'] as const;

/**
 * West Africa coloured by each state's standing in a treaty: an SVG of Natural Earth's shapes, one
 * button per state (a single tab stop; the arrow keys move between states in the table's order,
 * Enter opens the state's framework), each with its status in a <title>. Loaded lazily with the
 * shapes and d3-geo: the legend and the table (the map's text alternative) do not wait for it.
 */
export default function WestAfricaMap({ states, label, onOpen }: WestAfricaMapProps) {
  const { t } = useTranslation();
  const prefix = `ra-${useId().replace(/[^\w-]/g, '')}`;
  const drawn = useMemo(
    () =>
      states.flatMap((s) =>
        numericCodeOf(s.id, s.isoCode) ? [{ ...s, numeric: numericCodeOf(s.id, s.isoCode)! }] : [],
      ),
    [states],
  );
  const codes = useMemo(
    () =>
      drawn
        .map((s) => s.numeric)
        .sort()
        .join(','),
    [drawn],
  );
  const layout = useMemo(() => layoutMap(WEST_AFRICA_SHAPES, new Set(codes.split(',')), WIDTH), [codes]);
  const [active, setActive] = useState(0);
  const buttons = useRef<Array<SVGGElement | null>>([]);
  const current = Math.min(active, Math.max(drawn.length - 1, 0));

  const onKey = (event: KeyboardEvent<SVGGElement>, index: number, id: string): void => {
    const last = drawn.length - 1;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? Math.min(index + 1, last)
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? Math.max(index - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next !== null) {
      event.preventDefault();
      setActive(next);
      buttons.current[next]?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(id);
    }
  };

  const notDrawn = states.filter(
    (s) => !numericCodeOf(s.id, s.isoCode) || !layout.states.has(numericCodeOf(s.id, s.isoCode)!),
  );
  return (
    <figure className="ratification-figure">
      <svg
        className="ratification-svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={label}
      >
        <defs>
          {STYLE_KEYS.map((key) => {
            const style = key === 'UNRECORDED' ? UNRECORDED_STYLE : PARTICIPATION_STYLES[key];
            return style.texture ? (
              <ParticipationPattern key={key} id={`${prefix}-${key}`} style={style} />
            ) : null;
          })}
        </defs>
        <rect className="ratification-sea" width={layout.width} height={layout.height} />
        <g aria-hidden="true">
          {layout.neighbours.map((n) => (
            <path key={n.numeric} className="ratification-neighbour" d={n.d} />
          ))}
        </g>
        {drawn.map((s, index) => {
          const shape = layout.states.get(s.numeric);
          if (!shape) return null;
          const key = participationKey(s.status, s.recorded);
          const style = key === 'UNRECORDED' ? UNRECORDED_STYLE : PARTICIPATION_STYLES[s.status];
          return (
            <g
              key={s.id}
              ref={(el) => {
                buttons.current[index] = el;
              }}
              className={`ratification-state participation-${key}`}
              data-jurisdiction={s.id}
              data-status={key}
              role="button"
              tabIndex={index === current ? 0 : -1}
              aria-label={t('ratificationMap.stateButton', { name: s.name, status: s.explanation })}
              onClick={() => onOpen(s.id)}
              onKeyDown={(e) => onKey(e, index, s.id)}
              onFocus={() => setActive(index)}
            >
              <title>{`${s.name} — ${s.explanation}`}</title>
              <path d={shape.d} fill={participationFill(style, `${prefix}-${key}`)} />
            </g>
          );
        })}
        <g className="ratification-labels" aria-hidden="true">
          {drawn.map((s) => {
            const shape = layout.states.get(s.numeric);
            if (!shape) return null;
            return (
              <g key={s.id}>
                {shape.leader ? (
                  <line
                    className="ratification-leader"
                    x1={shape.leader[0][0]}
                    y1={shape.leader[0][1]}
                    x2={shape.leader[1][0]}
                    y2={shape.leader[1][1]}
                  />
                ) : null}
                <text x={shape.label[0]} y={shape.label[1]} className="ratification-label">
                  {s.name}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption className="ratification-credit">
        {t('ratificationMap.credit')}
        {notDrawn.length > 0
          ? ` ${t('ratificationMap.notDrawn', { names: notDrawn.map((s) => s.name).join(', ') })}`
          : ''}
      </figcaption>
    </figure>
  );
}
