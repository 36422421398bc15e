import { useTranslation } from 'react-i18next';
import type { InForceStatusFieldsFragment } from '../../gql/graphql';
import { formatPartialDate } from '../../lib/format-values';
import { useLang } from '../../lib/i18n/use-lang';
import { describeInForce } from '../../domain/law/describe-in-force';

export interface InForceStatusProps {
  status: InForceStatusFieldsFragment;
  /** The view's date; null when the view shows today. */
  asOf: string | null;
}

/** "In force?" on the time slider's date: the answer, what it rests on, and the caveats the sources leave. */
export function InForceStatus({ status, asOf }: InForceStatusProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const when = asOf ? t('status.asOf', { date: formatPartialDate(asOf, lang) }) : t('status.today');
  const others = status.alternatives.filter((a) => a.date);
  return (
    <section aria-labelledby="details-status" className="in-force">
      <h3 id="details-status">{t('status.heading')}</h3>
      <p className={`in-force-status in-force-${status.status}`} data-status={status.status}>
        <strong>{when}</strong> · {describeInForce(status, t, lang)}
      </p>
      {others.length > 0 ? (
        <p className="muted">
          {t('status.alternatives', {
            dates: others.map((a) => formatPartialDate(a.date!, lang)).join(', '),
          })}
        </p>
      ) : null}
      {status.undatedEnd ? (
        <p className="muted">
          {t('status.undatedEnd', {
            stage: t(`stage.kind.${status.undatedEnd.stage}`).toLocaleLowerCase(lang),
          })}
        </p>
      ) : null}
    </section>
  );
}
