import { useId } from 'react';
import { participationFill, ParticipationPattern } from './ParticipationPattern';
import { participationKey, participationStyle } from './participation-styles';
import type { ParticipationStatus } from '../gql/graphql';

/** A small square in a state's participation style, beside its words (never instead of them). */
export function ParticipationSwatch({
  status,
  recorded = true,
  size = 14,
}: {
  status: ParticipationStatus;
  recorded?: boolean;
  size?: number;
}) {
  const id = `swatch-${useId().replace(/[^\w-]/g, '')}`;
  const style = participationStyle(status, recorded);
  return (
    <svg
      className={`participation-swatch participation-${participationKey(status, recorded)}`}
      width={size}
      height={size}
      viewBox="0 0 14 14"
      aria-hidden="true"
      focusable="false"
    >
      {style.texture ? (
        <defs>
          <ParticipationPattern id={id} style={style} />
        </defs>
      ) : null}
      <rect x="0.5" y="0.5" width="13" height="13" fill={participationFill(style, id)} stroke="#555" />
    </svg>
  );
}
