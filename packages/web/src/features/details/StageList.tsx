import { useTranslation } from 'react-i18next';
import { nodeName } from '../../domain/graph-content/node-names';
import type { StageFieldsFragment } from '../../gql/graphql';
import { formatPartialDate } from '../../lib/format-values';
import { useLang } from '../../lib/i18n/use-lang';
import { CitationList } from './CitationList';

export interface StageListProps {
  stages: readonly StageFieldsFragment[];
  /** Shows the instrument that amended or repealed this one. */
  onSelectNode?(id: string): void;
}

/**
 * An instrument's stages as a small dated list, in the order the sources give them: the stage's
 * name, its date (or "date not given" for an end the sources do not date), who did it or why, and
 * its own citations. A reading of one stage that Cadre does not use is kept and marked as such.
 */
export function StageList({ stages, onSelectNode }: StageListProps) {
  const { t } = useTranslation();
  const lang = useLang();
  if (stages.length === 0) return <p className="muted">{t('stage.none')}</p>;
  const readings = (stage: StageFieldsFragment['stage']): number =>
    stages.filter((s) => s.stage === stage).length;
  return (
    <ol className="stage-list">
      {stages.map((s, i) => {
        const reason = lang === 'fr' ? s.reasonFr : s.reasonEn;
        const note = lang === 'fr' ? s.noteFr : s.noteEn;
        return (
          <li
            key={`${s.stage}-${s.date ?? ''}-${i}`}
            className={s.used ? 'stage' : 'stage stage-other-reading'}
          >
            <p className="stage-line">
              <span className="stage-date">
                {s.date ? formatPartialDate(s.date, lang) : <em>{t('stage.noDate')}</em>}
              </span>{' '}
              <span className="stage-name">{t(`stage.kind.${s.stage}`)}</span>
              {s.inferred ? (
                <span className="badge badge-inferred" title={t('stage.inferredHint')}>
                  {t('stage.inferred')}
                </span>
              ) : null}
              {readings(s.stage) > 1 ? (
                <span className={`badge ${s.used ? 'badge-used' : 'badge-other'}`}>
                  {s.used ? t('stage.used') : t('stage.otherReading')}
                </span>
              ) : null}
            </p>
            {s.by ? (
              <p className="stage-by">
                {onSelectNode ? (
                  <button type="button" className="link-button" onClick={() => onSelectNode(s.by!.id)}>
                    {t('stage.by', { name: nodeName(s.by, lang) })}
                  </button>
                ) : (
                  t('stage.by', { name: nodeName(s.by, lang) })
                )}
              </p>
            ) : null}
            {reason ? <p className="stage-reason">{reason}</p> : null}
            {note ? <p className="stage-note">{note}</p> : null}
            <details className="stage-citations">
              <summary>{t('stage.citations', { count: s.sources.length })}</summary>
              <CitationList citations={s.sources} />
            </details>
          </li>
        );
      })}
    </ol>
  );
}
