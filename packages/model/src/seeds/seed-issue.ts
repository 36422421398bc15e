import { cutForMessage } from './cut-for-message';

/** One problem found in graph-seeds/, located precisely enough to fix it without searching. */
export interface SeedIssue {
  /** Path relative to the seeds folder, e.g. "nodes/instruments.yaml". */
  file: string;
  /** 1-based line of the entry (or of the syntax error), when known. */
  line?: number;
  /** The entry's id (or "#<index>" when it has none). */
  entry?: string;
  /** Dotted path of the field inside the entry, e.g. "citations.0.quote". */
  field?: string;
  message: string;
}

export function formatSeedIssue(issue: SeedIssue): string {
  const where = [
    issue.line ? `${issue.file}:${issue.line}` : issue.file,
    issue.entry && cutForMessage(issue.entry, 80),
    issue.field,
  ]
    .filter(Boolean)
    .join(' › ');
  return `${where}: ${cutForMessage(issue.message)}`;
}

/** Thrown when graph-seeds/ has any error: nothing is loaded then. */
export class SeedValidationError extends Error {
  constructor(readonly issues: SeedIssue[]) {
    super(
      `graph-seeds has ${issues.length} error${issues.length === 1 ? '' : 's'}; nothing was loaded:\n` +
        issues.map((i) => `  - ${formatSeedIssue(i)}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}
