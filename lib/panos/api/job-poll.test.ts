import { describe, expect, it, vi } from 'vitest';
import { PanosError } from '../panos-error';
import { defaultSleep, pollDelays, pollUntil } from './job-poll';

describe('pollDelays', () => {
  it('starts fast, doubles, caps at maxDelayMs, stops within maxWaitMs', () => {
    expect(pollDelays({ maxWaitMs: 10_000 })).toEqual([250, 500, 1000, 2000, 2000, 2000, 2000]);
    expect(pollDelays({ firstDelayMs: 100, factor: 3, maxDelayMs: 500, maxWaitMs: 1500 })).toEqual([
      100, 300, 500, 500,
    ]);
    expect(pollDelays({ firstDelayMs: 0, maxDelayMs: 0, maxWaitMs: 3 })).toEqual([0, 1, 1, 1]);
    expect(pollDelays({ maxWaitMs: 100 })).toEqual([]);
  });
});

describe('pollUntil', () => {
  it('checks after each wait until a value comes', async () => {
    const sleeps: number[] = [];
    const answers = [undefined, undefined, 'done'];
    const result = await pollUntil(async () => answers.shift(), {
      sleep: async (ms) => void sleeps.push(ms),
      what: 'The job',
    });
    expect(result).toBe('done');
    expect(sleeps).toEqual([250, 500, 1000]);
  });

  it('gives up with a timeout error', async () => {
    const check = vi.fn(async () => undefined);
    const error = await pollUntil(check, {
      poll: { maxWaitMs: 1000 },
      sleep: async () => {},
      what: 'The job',
    }).catch((e) => e);
    expect(error).toBeInstanceOf(PanosError);
    expect(error).toMatchObject({ kind: 'timeout', message: 'The job did not finish within 1 s.' });
    expect(check).toHaveBeenCalledTimes(2); // 250 + 500 ms; 1000 more would pass the limit
  });

  it('by default polls for the production 30 s before it gives up', async () => {
    const sleeps: number[] = [];
    const error = await pollUntil(async () => undefined, {
      sleep: async (ms) => void sleeps.push(ms),
      what: 'The job',
    }).catch((e) => e);
    expect(error).toMatchObject({ kind: 'timeout', message: 'The job did not finish within 30 s.' });
    expect(sleeps).toEqual(pollDelays({ maxWaitMs: 30_000 }));
    expect(sleeps.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThan(28_000);
  });

  it('stops at once when aborted, before or during a wait', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(pollUntil(async () => 1, { signal: controller.signal, what: 'x' })).rejects.toMatchObject({
      kind: 'aborted',
    });
    const during = new AbortController();
    const pending = pollUntil(async () => 1, { signal: during.signal, what: 'x' });
    during.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
  });
});

describe('defaultSleep', () => {
  it('waits with a real timer', async () => {
    vi.useFakeTimers();
    try {
      let done = false;
      const sleeping = defaultSleep(100).then(() => {
        done = true;
      });
      await vi.advanceTimersByTimeAsync(99);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await sleeping;
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
