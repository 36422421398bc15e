import { StoreUnavailableError } from '@cadre/store';

export interface AvailabilityOptions {
  /** One round trip to the database with no retry; resolves when it answered. */
  ping: () => Promise<void>;
  /**
   * How often the database is probed while it is known down, in ms. Default 250: a probe of a
   * database that is not listening fails in a millisecond, and service resumes that much sooner.
   */
  probeIntervalMs?: number;
  /** Longest a probe may take before it counts as failed, in ms. Default 2,000. */
  probeTimeoutMs?: number;
  log?: (message: string) => void;
}

/**
 * What the store knows of the database's reachability. Once a call has found Neo4j unreachable,
 * every call fails at once (StoreUnavailableError, which the API answers as a 503) instead of
 * each waiting out the driver's connection timeouts and retries; a probe pings the database every
 * quarter second meanwhile and opens the way again as soon as one answers. Nothing else changes
 * while the database is up.
 */
export class Neo4jAvailability {
  private downSince: number | undefined;
  private reason = '';
  private probe: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly interval: number;
  private readonly timeout: number;

  constructor(private readonly options: AvailabilityOptions) {
    this.interval = options.probeIntervalMs ?? 250;
    this.timeout = options.probeTimeoutMs ?? 2_000;
  }

  get isDown(): boolean {
    return this.downSince !== undefined;
  }

  /** Throws at once while the database is known down. */
  assertUp(): void {
    if (this.downSince === undefined) return;
    const seconds = Math.round((Date.now() - this.downSince) / 1000);
    throw new StoreUnavailableError(`Neo4j has been unreachable for ${seconds} s (${this.reason})`);
  }

  markDown(reason: string): void {
    if (this.closed || this.downSince !== undefined) return;
    this.downSince = Date.now();
    this.reason = reason;
    this.options.log?.(
      `Neo4j is unreachable (${reason}); failing fast and probing every ${this.interval} ms.`,
    );
    this.scheduleProbe();
  }

  markUp(): void {
    if (this.downSince === undefined) return;
    const seconds = ((Date.now() - this.downSince) / 1000).toFixed(1);
    this.downSince = undefined;
    if (this.probe) clearTimeout(this.probe);
    this.probe = undefined;
    this.options.log?.(`Neo4j answers again after ${seconds} s; serving from it.`);
  }

  close(): void {
    this.closed = true;
    if (this.probe) clearTimeout(this.probe);
  }

  private scheduleProbe(): void {
    if (this.closed) return;
    this.probe = setTimeout(() => void this.runProbe(), this.interval);
    // The probe must never keep a stopping process alive.
    this.probe.unref();
  }

  private async runProbe(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.options.ping(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${this.timeout} ms`)), this.timeout);
        }),
      ]);
      this.markUp();
    } catch {
      this.scheduleProbe();
    } finally {
      if (timer) clearTimeout(timer);
    }
  }
}
