import { currentRequestId } from './request-scope';

/**
 * Server-side logging: one JSON line per event on stderr, with the request id that the client's
 * response also carries, so an operator finds the stack trace a client was told nothing of.
 */
export interface ServerLog {
  error(message: string, error?: unknown): void;
  warn(message: string): void;
}

function line(level: string, message: string, error?: unknown): string {
  const e = error instanceof Error ? error : undefined;
  return JSON.stringify({
    time: new Date().toISOString(),
    level,
    requestId: currentRequestId(),
    message,
    ...(e ? { error: e.message, stack: e.stack } : error !== undefined ? { error: String(error) } : {}),
  });
}

export const serverLog: ServerLog = {
  error: (message, error) => console.error(line('error', message, error)),
  warn: (message) => console.error(line('warn', message)),
};
