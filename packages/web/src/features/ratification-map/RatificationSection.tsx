import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_RATIFICATION_TREATY } from '../../domain/view-state/regional-views';
import { useGraphQLQuery } from '../../lib/graphql/use-graphql-query';
import { useLang } from '../../lib/i18n/use-lang';
import { RATIFICATION_TREATIES, ratificationTreatiesQuery } from './ratification-query';

export interface RatificationSectionProps {
  /** The map's treaty when one is open: the chooser starts from it. */
  treaty: string | null;
  onOpen(treaty: string): void;
}

/** The sidebar's way in to the ratification map: what it shows, a treaty, and "Show the map". */
export function RatificationSection({ treaty, onOpen }: RatificationSectionProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [chosen, setChosen] = useState(treaty ?? DEFAULT_RATIFICATION_TREATY);
  const names = useGraphQLQuery(ratificationTreatiesQuery(lang));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onOpen(chosen);
  };
  return (
    <details className="panel-section ratification-section">
      <summary>
        <h2 className="panel-section-heading">{t('ratificationMap.heading')}</h2>
      </summary>
      <p className="muted panel-hint">{t('ratificationMap.hint')}</p>
      <form className="ratification-section-form" onSubmit={submit}>
        <label htmlFor={id}>{t('ratificationMap.treaty')}</label>
        <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {RATIFICATION_TREATIES.map((treatyId) => (
            <option key={treatyId} value={treatyId}>
              {names.data?.nodes.find((n) => n.id === treatyId)?.shortName ?? treatyId}
            </option>
          ))}
        </select>
        <button type="submit">{t('ratificationMap.open')}</button>
      </form>
    </details>
  );
}
