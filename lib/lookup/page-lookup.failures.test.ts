// The page lookup when things fail: an expired session stops everything, a failure is shown with
// its fix and the firewall is spared (2 s doubling to 60 s) until Retry, a cancel leaves nothing.
import { describe, expect, it } from 'vitest';
import { setup, signal, traffic } from '../../tests/support/page-lookup-kit';
import { LookupFailure } from './lookup-errors';

describe('createPageLookup: failures', () => {
  it('an expired session stops everything, and nothing is fetched until the gate is reset', async () => {
    const t = setup(async () => {
      throw new LookupFailure('expired', 'Your PAN-OS session expired.', 'Log in again.');
    });
    await t.lookup.explainRows([traffic(0, '101')], signal);
    expect(t.lookup.stateOf(traffic(0, '101')).kind).toBe('expired');
    await t.lookup.explainRows([traffic(1, '102')], signal);
    expect(t.fetches()).toBe(1);
    expect(t.lookup.stateOf(traffic(1, '102')).kind).toBe('expired');
    const first = t.lookup.keyOf(traffic(0, '101'));
    // The second row reads as expired from stateOf (how a new badge is drawn): nothing to report.
    expect(t.states).toEqual([
      [first, 'loading'],
      [first, 'expired'],
    ]);
    t.gate.reset(); // logged in again
    await t.lookup.explainRows([traffic(1, '102')], signal);
    expect(t.fetches()).toBe(2);
  });

  it('a failure shows an error with its fix, and a later call may retry', async () => {
    const clock = { now: 0 };
    const t = setup(async () => {
      throw new LookupFailure('failed', 'The firewall answered with an error: HTTP 500', 'Try again later.');
    }, clock);
    await t.lookup.explainRows([traffic(0, '101')], signal);
    const state = t.lookup.stateOf(traffic(0, '101'));
    expect(state).toMatchObject({ kind: 'error', fix: 'Try again later.' });
    clock.now += 2000;
    await t.lookup.explainRows([traffic(0, '101')], signal);
    expect(t.fetches()).toBe(2);
    const key = t.lookup.keyOf(traffic(0, '101'));
    expect(t.states).toEqual([
      [key, 'loading'],
      [key, 'error'],
      [key, 'loading'],
      [key, 'error'],
    ]);
  });

  it('a failure the fetcher reports (no path could search) backs off the same way', async () => {
    const clock = { now: 0 };
    const failure = new LookupFailure(
      'failed',
      'The firewall answered with an error: HTTP 500',
      'Try again later.',
    );
    const t = setup(
      async (rows) => ({ answers: [], unanswered: rows, searched: [], problem: failure, reason: failure }),
      clock,
    );
    const rows = [traffic(0, '101')];
    for (let second = 0; second < 10; second++) {
      clock.now = second * 1000;
      await t.lookup.explainRows(rows, signal);
    }
    expect(t.fetches()).toBe(3);
  });

  it('after failures, re-renders start no lookup before 2 s, then 4 s, ...; Retry asks at once', async () => {
    const clock = { now: 0 };
    const t = setup(async () => {
      throw new LookupFailure('failed', 'The firewall answered with an error: HTTP 500', 'Try again later.');
    }, clock);
    const rows = [traffic(0, '101'), traffic(1, '102')];
    // Ten re-renders, one a second: lookups at 0 s, 2 s and 6 s only (the next would be 14 s).
    for (let second = 0; second < 10; second++) {
      clock.now = second * 1000;
      await t.lookup.explainRows(rows, signal);
    }
    expect(t.fetches()).toBe(3);
    const held = t.lookup.stateOf(rows[0] as (typeof rows)[0]);
    expect(held).toMatchObject({ kind: 'error', message: 'The firewall answered with an error: HTTP 500' });
    expect(held.kind === 'error' && held.fix).toMatch(/Not asked again for \d+ s/);
    // New rows (paging) wait too: the firewall is what is failing.
    await t.lookup.explainRows([traffic(2, '103')], signal);
    expect(t.fetches()).toBe(3);
    await t.lookup.retry(rows, signal);
    expect(t.fetches()).toBe(4);
  });

  it('a cancelled lookup leaves no state behind', async () => {
    const controller = new AbortController();
    const t = setup(async () => {
      controller.abort();
      throw new DOMException('Aborted', 'AbortError');
    });
    await t.lookup.explainRows([traffic(0, '101')], controller.signal);
    expect(t.lookup.stateOf(traffic(0, '101')).kind).toBe('idle');
    // Only the start was reported: no error for a lookup the user navigated away from.
    expect(t.states).toEqual([[t.lookup.keyOf(traffic(0, '101')), 'loading']]);
  });
});
