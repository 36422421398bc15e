/** Console errors and uncaught exceptions seen by a page; a run passes only with none. */
export interface BrowserProblems {
  errors: string[];
  /** Requests that failed at the network level (expected only where a test cuts the API). */
  failedRequests: string[];
}

/** Fails with every console error, uncaught exception and stray network failure the page had. */
export function expectNoProblems(problems: BrowserProblems): void {
  expect({ errors: problems.errors, failedRequests: problems.failedRequests }).toEqual({
    errors: [],
    failedRequests: [],
  });
}
