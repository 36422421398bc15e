/**
 * Server-side logging: one JSON line per event on stderr, with the request id that the client's
 * response also carries (when the event belongs to a request), so an operator finds the stack
 * trace a client was told nothing of.
 */
export interface ServerLog {
  error(message: string, error?: unknown, requestId?: string): void;
  warn(message: string, requestId?: string): void;
}

function line(level: string, message: string, error: unknown, requestId: string | undefined): string {
  const e = error instanceof Error ? error : undefined;
  return JSON.stringify({
    time: new Date().toISOString(),
    level,
    requestId,
    message,
    ...(e ? { error: e.message, stack: e.stack } : error !== undefined ? { error: String(error) } : {}),
  });
}

export const serverLog: ServerLog = {
  error: (message, error, requestId) => console.error(line('error', message, error, requestId)),
  warn: (message, requestId) => console.error(line('warn', message, undefined, requestId)),
};
