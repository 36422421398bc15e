import type { BrowserProblems } from './browser';

/** Fails with every console error, uncaught exception and stray network failure the page had. */
export function expectNoProblems(problems: BrowserProblems): void {
  expect({ errors: problems.errors, failedRequests: problems.failedRequests }).toEqual({
    errors: [],
    failedRequests: [],
  });
}
