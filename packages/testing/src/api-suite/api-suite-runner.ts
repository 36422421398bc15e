import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { SeedGraph } from '@cadre/model';

/** A GraphQL response as the suite reads it: `data` typed from the operation (see codegen.ts). */
export interface ApiResult<T> {
  data?: T | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

/** What the suite's parts share: typed operations that must succeed or fail, and the seeds. */
export interface ApiSuiteRunner {
  /** Runs a typed operation that must succeed, and returns its data. */
  ok: <T, V>(document: TypedDocumentNode<T, V>, variables?: V) => Promise<T>;
  /** Runs an operation that must fail, and returns its first error. */
  error: (
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<{ message: string; extensions?: Record<string, unknown> }>;
  /** The seed graph the store was built from (read once the suite has started). */
  seed: () => SeedGraph;
}

/** The first element of a list the test expects to be non-empty. */
export function first<T>(items: readonly T[]): T {
  expect(items.length).toBeGreaterThan(0);
  return items[0]!;
}
