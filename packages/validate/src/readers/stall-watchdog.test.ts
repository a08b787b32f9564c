import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StallWatchdog } from './stall-watchdog.js';

const never = new Promise<never>(() => undefined);

describe('stall watchdog', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('turns a promise that never settles into a rejection', async () => {
    const watchdog = new StallWatchdog(1000);
    const stuck = watchdog.race(never);
    vi.advanceTimersByTime(1500);
    await expect(stuck).rejects.toThrow('no progress for 1 seconds');
  });

  it('does not trip while the consumer holds things up, nor while progress is made', async () => {
    const watchdog = new StallWatchdog(1000);
    watchdog.pause();
    vi.advanceTimersByTime(5000);
    watchdog.touch();
    vi.advanceTimersByTime(5000);
    watchdog.resume();
    vi.advanceTimersByTime(800);
    watchdog.touch();
    vi.advanceTimersByTime(800);
    await expect(watchdog.race(Promise.resolve('done'))).resolves.toBe('done');
    const stuck = watchdog.race(never);
    vi.advanceTimersByTime(1500);
    await expect(stuck).rejects.toThrow('no progress');
  });
});
