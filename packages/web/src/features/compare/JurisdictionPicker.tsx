import { useTranslation } from 'react-i18next';
import { MAX_COMPARED } from '../../domain/view-state/regional-views';
import { useGraphQLQuery } from '../../lib/graphql/use-graphql-query';
import { useLang } from '../../lib/i18n/use-lang';
import { describeError } from '../../ui/describe-error';
import { StatusMessage } from '../../ui/StatusMessage';
import { compareChoicesQuery } from './compare-query';

export interface JurisdictionPickerProps {
  chosen: readonly string[];
  onChange(ids: string[]): void;
}

/**
 * Which states to compare: a checkbox per jurisdiction the API offers, in the order of their
 * names. Up to four; the last one chosen stays (the comparison always has a state to start from).
 */
export function JurisdictionPicker({ chosen, onChange }: JurisdictionPickerProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const choices = useGraphQLQuery(compareChoicesQuery(lang));
  const full = chosen.length >= MAX_COMPARED;
  const toggle = (id: string, on: boolean): void =>
    onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <fieldset className="compare-picker">
      <legend>{t('compare.choose', { count: chosen.length, max: MAX_COMPARED })}</legend>
      {choices.status === 'error' ? (
        <StatusMessage kind="error" cause={choices.error} onRetry={choices.retry}>
          {t('compare.choicesFailed', { message: describeError(choices.error, t) })}
        </StatusMessage>
      ) : null}
      <ul>
        {(choices.data?.jurisdictions ?? []).map((j) => {
          const on = chosen.includes(j.id);
          return (
            <li key={j.id}>
              <label>
                <input
                  type="checkbox"
                  checked={on}
                  disabled={on ? chosen.length === 1 : full}
                  onChange={(e) => toggle(j.id, e.target.checked)}
                />{' '}
                {j.name}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
