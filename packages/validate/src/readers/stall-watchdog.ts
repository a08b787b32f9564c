/**
 * A last-resort guard around a third-party stream parser: if it makes no progress for `idleMs`
 * (it waits on a promise nothing will settle), `race` rejects instead of waiting forever. The timer
 * keeps the process alive on purpose, so a stuck read ends in a message, not in a silent exit.
 * Progress is a timestamp, not a re-armed timer, because it is marked once per row.
 */
export class StallWatchdog {
  private failure: Error | undefined;
  /** Rejects the race in progress; one at a time, so nothing piles up on a long-lived promise. */
  private rejectCurrent: ((error: Error) => void) | undefined;
  /** A Node.js timer (which can stop holding the process open); a plain number in a browser, where nothing needs to. */
  private readonly interval: ReturnType<typeof setInterval> & { unref?: () => void; ref?: () => void };
  private lastProgress = Date.now();
  private paused = false;

  constructor(private readonly idleMs: number) {
    this.interval = setInterval(() => this.check(), Math.max(10, idleMs / 4));
  }

  /** Progress was made: restart the idle clock. */
  touch(): void {
    this.lastProgress = Date.now();
  }

  /**
   * The caller, not the parser, holds things up (the consumer is busy with a row). The timer then
   * stops holding the process open, so a consumer that drops the rows half-way can still exit.
   */
  pause(): void {
    this.paused = true;
    this.interval.unref?.();
  }

  /** The parser is in charge again. */
  resume(): void {
    this.paused = false;
    this.interval.ref?.();
    this.touch();
  }

  stop(): void {
    clearInterval(this.interval);
  }

  fail(error: Error): void {
    this.stop();
    this.failure = error;
    this.rejectCurrent?.(error);
  }

  race<T>(work: Promise<T>): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      this.rejectCurrent = reject;
      work.then(resolve, reject);
    });
  }

  private check(): void {
    if (!this.paused && Date.now() - this.lastProgress > this.idleMs) {
      this.fail(new Error(`the workbook reader made no progress for ${Math.round(this.idleMs / 1000)} seconds`));
    }
  }
}
