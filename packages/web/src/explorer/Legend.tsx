import { useTranslation } from 'react-i18next';
import { useLang } from '../lib/i18n/use-lang';
import { useVocabulary } from '../domain/vocabulary/vocabulary-context';
import { KindSwatch } from '../ui/KindSwatch';

/** What shapes, colours and line styles mean; shapes and line styles carry the meaning, not colour alone. */
export function Legend() {
  const { t } = useTranslation();
  const lang = useLang();
  const vocabulary = useVocabulary();
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="visually-hidden">
        {t('legend.heading')}
      </h2>
      <ul>
        {vocabulary.nodeKinds.map((kind) => (
          <li key={kind}>
            <KindSwatch kind={kind} size={14} /> {vocabulary.nodeKindLabel(kind, lang)}
          </li>
        ))}
        <li>
          <span className="edge-swatch" aria-hidden="true" /> {t('legend.stated')}
        </li>
        <li>
          <span className="edge-swatch dashed" aria-hidden="true" /> {t('legend.inferred')}
        </li>
        <li>
          <span className="node-state-swatch not-in-force" aria-hidden="true" /> {t('legend.notInForce')}
        </li>
        <li>
          <span className="node-state-swatch undated" aria-hidden="true" /> {t('legend.undated')}
        </li>
      </ul>
    </section>
  );
}
