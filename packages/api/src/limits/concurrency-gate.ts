/**
 * A counting semaphore with a bounded queue. For expensive operations: at most `concurrency` run
 * at once and at most `queue` wait; past that `tryEnter` says no at once, so a flood of costly
 * requests gets fast refusals and cheap requests (which never pass the gate) keep the CPU.
 */
export class ConcurrencyGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly concurrency: number,
    readonly queue: number,
  ) {}

  /** A release function when there is room now, without waiting for a promise; otherwise undefined. */
  enterNow(): (() => void) | undefined {
    if (this.running >= this.concurrency || this.waiting.length > 0) return undefined;
    this.running++;
    return this.releaser();
  }

  /** Resolves with a release function once there is room; undefined when running and queue are full. */
  tryEnter(): Promise<() => void> | undefined {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.queue) return undefined;
    return new Promise((resolve) => this.waiting.push(() => resolve(this.releaser())));
  }

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** A release that counts once however often it is called (a response may end on several paths). */
  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next in line; otherwise it is freed.
      if (next) next();
      else this.running--;
    };
  }
}
