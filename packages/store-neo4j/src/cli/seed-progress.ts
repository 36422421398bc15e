import { SingleBar, Presets } from 'cli-progress';
import type { SeedProgress } from '../write-seed-graph';

const PHASES: Record<SeedProgress['phase'], string> = {
  clean: 'removing a leftover generation',
  write: 'writing',
  switch: 'switching to the new graph',
  drop: 'removing the old generation',
};

const perSecond = (rows: number, ms: number): number => (ms > 0 ? Math.round((rows * 1000) / ms) : 0);

/**
 * A progress bar with rate and ETA on a terminal; one plain line per step and per committed batch
 * otherwise (logs, CI, a parent process reading the output). cli-progress (widely used, typed, no
 * native parts) draws the bar and computes the ETA: redrawing one line at a bounded rate, with the
 * cursor hidden and restored, is more than a few lines to get right by hand.
 */
export function seedProgressReporter(out: NodeJS.WriteStream = process.stdout): {
  report: (p: SeedProgress) => void;
  stop: () => void;
} {
  const started = Date.now();
  let phase: SeedProgress['phase'] | undefined;
  if (!out.isTTY)
    return {
      report: ({ phase: next, written, total }) => {
        const rate = perSecond(written, Date.now() - started);
        if (next !== 'write') out.write(`  ${PHASES[next]} ...\n`);
        else if (written > 0) out.write(`  written ${written}/${total} rows (${rate} rows/s)\n`);
        phase = next;
      },
      stop: () => {},
    };
  const bar = new SingleBar(
    {
      stream: out,
      format: '  {phase} [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 20,
    },
    Presets.shades_classic,
  );
  return {
    report: ({ phase: next, written, total }) => {
      const payload = { phase: PHASES[next], rate: perSecond(written, Date.now() - started) };
      if (phase === undefined) bar.start(total, written, payload);
      else bar.update(written, payload);
      phase = next;
    },
    stop: () => bar.stop(),
  };
}
