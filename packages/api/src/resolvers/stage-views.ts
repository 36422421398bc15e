import { preferReading, type StageRecord } from '@cadre/model';
import type { StageView } from '../schema.mappers';

/**
 * Every stage of an instrument with whether it is the reading used: of several readings of one
 * stage kind, the best-supported dated one (the model's `preferReading`, as `inForceOn` uses);
 * an undated stage is used when its kind has no dated reading (the first such, on a tie).
 */
export function stageViews(stages: readonly StageRecord[]): StageView[] {
  const used = new Set<StageRecord>();
  for (const kind of new Set(stages.map((s) => s.stage))) {
    const readings = stages.filter((s) => s.stage === kind);
    const chosen = preferReading(readings.filter((s) => s.date !== undefined)).used ?? readings[0];
    if (chosen) used.add(chosen);
  }
  return stages.map((stage) => ({ stage, used: used.has(stage) }));
}

/** One stage as the API shows it, found among its instrument's stages for `used`. */
export function stageView(stages: readonly StageRecord[], stage: StageRecord): StageView {
  return stageViews(stages).find((v) => v.stage === stage) ?? { stage, used: false };
}
