import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../../lib/graphql/use-graphql-query';
import { useLang } from '../../lib/i18n/use-lang';
import { compareChoicesQuery } from './compare-query';

export interface CompareSectionProps {
  /** The states compared already (the view's `compare`): the button goes back to them. */
  compared: readonly string[];
  /** The node in focus: when it is a jurisdiction, a new comparison starts from it. */
  focus: string | null;
  onOpen(ids: string[]): void;
}

/** Mali, where Cadre started, when nothing else says where to start. */
const HOME_JURISDICTION = 'ml-mali';

/** The sidebar's way in to "Compare jurisdictions": what it does, and a button that opens it. */
export function CompareSection({ compared, focus, onOpen }: CompareSectionProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const choices = useGraphQLQuery(compareChoicesQuery(lang));
  const ids = (choices.data?.jurisdictions ?? []).map((j) => j.id);
  const start =
    compared.length > 0
      ? [...compared]
      : [focus && ids.includes(focus) ? focus : ids.includes(HOME_JURISDICTION) ? HOME_JURISDICTION : ids[0]];
  const ready = start.every((id): id is string => Boolean(id));
  return (
    <details className="panel-section compare-entry">
      <summary>
        <h2 className="panel-section-heading">{t('compare.heading')}</h2>
      </summary>
      <p className="muted panel-hint">{t('compare.hint')}</p>
      <button type="button" disabled={!ready} onClick={() => ready && onOpen(start as string[])}>
        {t('compare.open')}
      </button>
    </details>
  );
}
