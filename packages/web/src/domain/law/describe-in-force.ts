import type { TFunction } from 'i18next';
import type { InForceStatusFieldsFragment } from '../../gql/graphql';
import { formatPartialDate } from '../../lib/format-values';
import type { Lang } from '../../lib/i18n/langs';

/**
 * Whether an instrument was in force on a date, in one sentence that names the stage it rests on:
 * "Adopted, not yet in force (entry into force 25 December 2003)", "In force since 12 July 2012 —
 * basis: promulgation (no entry-into-force date in the sources)". Adopted is never said as in force.
 */
export function describeInForce(status: InForceStatusFieldsFragment, t: TFunction, lang: Lang): string {
  const { basis } = status;
  const date = basis?.date ? formatPartialDate(basis.date, lang) : '';
  const stage = basis ? t(`stage.kind.${basis.stage}`).toLocaleLowerCase(lang) : '';
  switch (status.status) {
    case 'UNDATED':
      return t('status.UNDATED');
    case 'NOT_YET_ADOPTED':
      return t('status.NOT_YET_ADOPTED', { stage, date });
    case 'ENDED':
      return t('status.ENDED', { stage, date });
    case 'ADOPTED_NOT_IN_FORCE':
      if (!basis?.date) return t('status.ADOPTED_NOT_IN_FORCE_noDate');
      return status.substitute
        ? t('status.ADOPTED_NOT_IN_FORCE_substitute', { stage, date })
        : t('status.ADOPTED_NOT_IN_FORCE', { date });
    case 'IN_FORCE':
      return `${t('status.IN_FORCE', { date })} — ${t(status.substitute ? 'status.basisSubstitute' : 'status.basis', { stage })}`;
  }
}
