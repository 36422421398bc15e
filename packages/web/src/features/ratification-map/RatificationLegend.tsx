import { useTranslation } from 'react-i18next';
import { ParticipationSwatch } from '../../ui/ParticipationSwatch';
import type { RatificationMapData } from './ratification-query';

/**
 * The map's key: every status in the API's order with its swatch, words, count and meaning (zero
 * counts too, so the key keeps its shape while Play runs), and the states with no participation
 * recorded at all shown apart, hatched: a gap in the graph, not a state that did not sign.
 */
export function RatificationLegend({ legend }: { legend: RatificationMapData['legend'] }) {
  const { t } = useTranslation();
  return (
    <section className="ratification-legend" aria-labelledby="ratification-legend-heading">
      <h3 id="ratification-legend-heading">{t('ratificationMap.legend')}</h3>
      <ul>
        {legend.map((entry) => (
          <li key={entry.status} data-status={entry.status}>
            <ParticipationSwatch status={entry.status} />
            <span className="ratification-legend-label">
              {entry.label}: <strong className="ratification-legend-count">{entry.count}</strong>
            </span>
            <span className="ratification-legend-description">{entry.description}</span>
            {entry.unrecordedCount > 0 ? (
              <ul>
                <li data-status="UNRECORDED">
                  <ParticipationSwatch status={entry.status} recorded={false} />
                  <span className="ratification-legend-label">
                    {t('ratificationMap.unrecorded')}:{' '}
                    <strong className="ratification-legend-count">{entry.unrecordedCount}</strong>
                  </span>
                </li>
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
