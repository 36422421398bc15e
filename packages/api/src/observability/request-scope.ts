import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What the server knows of the request it is working on, wherever it is in the call chain. */
export interface RequestScope {
  requestId: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** A caller's own id is kept when it is short and plain (a proxy's or a client's trace id). */
const CALLER_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export function newRequestId(callerId?: string | string[]): string {
  return typeof callerId === 'string' && CALLER_ID.test(callerId) ? callerId : randomUUID();
}

/** Runs `work` (and everything it starts) inside the request's scope. */
export function runInRequestScope<T>(requestScope: RequestScope, work: () => T): T {
  return scope.run(requestScope, work);
}

/**
 * The current request's id. Apollo's error formatting has no access to the GraphQL context (and
 * some errors come before there is one), so the id travels with the async call chain instead.
 */
export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}
