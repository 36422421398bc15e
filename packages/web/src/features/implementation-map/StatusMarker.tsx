import { useTranslation } from 'react-i18next';
import type { ArticleImplementationStatus } from '../../gql/graphql';

/** A shape per status (filled, half, empty), so the marker reads without colour; the words follow it. */
const SHAPES: Record<ArticleImplementationStatus, string> = {
  PROVISION_CITED: '●',
  RELATED_MEASURE_ONLY: '◐',
  NOTHING_IN_GRAPH: '○',
};

/** An article's status: a colour-blind-safe marker and its name, with what it means as a tooltip. */
export function StatusMarker({ status }: { status: ArticleImplementationStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`map-status map-status-${status}`} title={t(`map.statusHint.${status}`)}>
      <span className="map-status-marker" aria-hidden="true">
        {SHAPES[status]}
      </span>{' '}
      {t(`map.status.${status}`)}
    </span>
  );
}
