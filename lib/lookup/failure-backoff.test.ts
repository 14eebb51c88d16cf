import { describe, expect, it } from 'vitest';
import { createFailureBackoff, MAX_DELAY_MS } from './failure-backoff';

const NOTE = { message: 'The firewall answered with an error: HTTP 500', fix: 'Try again later.' };

describe('createFailureBackoff', () => {
  it('waits 2 s after a failure, doubling to a 60 s ceiling', () => {
    let clock = 1_000_000;
    const backoff = createFailureBackoff(() => clock);
    expect(backoff.mayRetry()).toBe(true);
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      backoff.failed(NOTE);
      delays.push(backoff.waitMs());
      expect(backoff.mayRetry()).toBe(false);
      clock += backoff.waitMs() - 1;
      expect(backoff.mayRetry()).toBe(false);
      clock += 1;
      expect(backoff.mayRetry()).toBe(true);
    }
    expect(delays).toEqual([2000, 4000, 8000, 16000, 32000, MAX_DELAY_MS, MAX_DELAY_MS, MAX_DELAY_MS]);
  });

  it('a success or a Retry starts over at 2 s', () => {
    let clock = 0;
    const backoff = createFailureBackoff(() => clock);
    backoff.failed(NOTE);
    backoff.failed(NOTE);
    backoff.reset();
    expect(backoff.mayRetry()).toBe(true);
    backoff.failed(NOTE);
    expect(backoff.waitMs()).toBe(2000);
    clock += 2000;
    backoff.succeeded();
    backoff.failed(NOTE);
    expect(backoff.waitMs()).toBe(2000);
  });
});
