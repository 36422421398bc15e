import { useTranslation } from 'react-i18next';

export type ObligationType = 'MANDATORY' | 'OPTIONAL' | 'GENERAL';

/**
 * A treaty article's obligation type (mandatory "shall adopt", optional "shall consider", general),
 * as a word with a border that differs by type (solid, dashed, none): never colour alone.
 */
export function ObligationBadge({ obligation }: { obligation: ObligationType }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-obligation obligation-${obligation.toLowerCase()}`}>
      {t(`provision.obligationType.${obligation}`)}
    </span>
  );
}
