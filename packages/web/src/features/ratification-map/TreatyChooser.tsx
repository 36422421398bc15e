import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../../lib/graphql/use-graphql-query';
import { useLang } from '../../lib/i18n/use-lang';
import { RATIFICATION_TREATIES, ratificationTreatiesQuery } from './ratification-query';

export interface TreatyChooserProps {
  treaty: string;
  onTreaty(treaty: string): void;
}

/** Which treaty the map is coloured by: the Palermo Convention or one of its Protocols, by short name. */
export function TreatyChooser({ treaty, onTreaty }: TreatyChooserProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const names = useGraphQLQuery(ratificationTreatiesQuery(lang));
  const nameOf = (treatyId: string): string =>
    names.data?.nodes.find((n) => n.id === treatyId)?.shortName ?? treatyId;
  const choices: readonly string[] = RATIFICATION_TREATIES.includes(treaty as never)
    ? RATIFICATION_TREATIES
    : [...RATIFICATION_TREATIES, treaty];
  return (
    <div className="ratification-chooser">
      <label htmlFor={id}>{t('ratificationMap.treaty')}</label>
      <select id={id} value={treaty} onChange={(e) => onTreaty(e.target.value)}>
        {choices.map((treatyId) => (
          <option key={treatyId} value={treatyId}>
            {nameOf(treatyId)}
          </option>
        ))}
      </select>
    </div>
  );
}
