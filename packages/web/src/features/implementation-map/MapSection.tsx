import { useTranslation } from 'react-i18next';
import { MapChooser, type MapChooserProps } from './MapChooser';

/** The sidebar's way in to the implementation map: what it is, and the chooser. */
export function MapSection(props: MapChooserProps) {
  const { t } = useTranslation();
  return (
    <details className="panel-section map-section">
      <summary>
        <h2 className="panel-section-heading">{t('map.heading')}</h2>
      </summary>
      <p className="muted panel-hint">{t('map.hint')}</p>
      <MapChooser {...props} />
    </details>
  );
}
