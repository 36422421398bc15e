import { useId, useState } from 'react';
import { DismissButton } from '../../ui/DismissButton';
import { useTranslation } from 'react-i18next';
import type { Tour } from '../../domain/view-state/view-state';
import type { TourProblem } from '../../domain/tour/tour-schema';
import { readTourFile } from './tour-file';

/** Past this many, the rest of a broken file's problems are counted, not listed. */
const PROBLEMS_SHOWN = 6;

/** A problem as a sentence naming where it is: "steps[2].view.layout: “spiral” is not a layout…". */
export function useDescribeProblem(): (problem: TourProblem) => string {
  const { t } = useTranslation();
  return (problem) => {
    const what = t(`tour.problem.${problem.code}`, { value: problem.value ?? '' });
    return problem.path ? `${problem.path}: ${what}` : what;
  };
}

/** Loads a tour saved as a file; a bad file gets a list of what is wrong in it, and nothing starts. */
export function TourFileLoader({ onLoad }: { onLoad(tour: Tour): void }) {
  const { t } = useTranslation();
  const id = useId();
  const describe = useDescribeProblem();
  const [error, setError] = useState<{ file: string; problems: TourProblem[] } | null>(null);

  const load = async (file: File): Promise<void> => {
    const result = readTourFile(await file.text());
    if (result.tour) {
      setError(null);
      onLoad(result.tour);
    } else {
      setError({ file: file.name, problems: result.problems });
    }
  };

  return (
    <div className="tour-loader">
      <label htmlFor={id}>{t('tour.loadFile')}</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void load(file);
        }}
      />
      {error ? (
        <div className="status status-error tour-file-error" role="alert">
          <div className="status-text">
            <p>{t('tour.badFile', { file: error.file })}</p>
            <ul>
              {error.problems.slice(0, PROBLEMS_SHOWN).map((p, i) => (
                <li key={i}>{describe(p)}</li>
              ))}
            </ul>
            {error.problems.length > PROBLEMS_SHOWN ? (
              <p>{t('tour.moreProblems', { count: error.problems.length - PROBLEMS_SHOWN })}</p>
            ) : null}
          </div>
          <DismissButton onDismiss={() => setError(null)} />
        </div>
      ) : null}
    </div>
  );
}
