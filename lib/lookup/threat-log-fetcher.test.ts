import { describe, expect, it } from 'vitest';
import { trafficRowFromRecord } from '../panos/logs/rows';
import type { LogRecord, TrafficRow } from '../panos/types';
import { LookupFailure } from './lookup-errors';
import { createSlots } from './slots';
import type { StrategyId } from './strategy';
import { type ThreatLogStrategy, untriedOutcomes } from './strategy';
import { createThreatLogFetcher } from './threat-log-fetcher';

const row = (index: number): TrafficRow =>
  trafficRowFromRecord(
    index,
    {
      '@logid': `T${index}`,
      sessionid: String(100 + index),
      action: 'allow',
      session_end_reason: 'threat',
      start: '2026/11/27 10:00:00',
      receive_time: '2026/11/27 10:00:30',
    },
    'store',
  );

const entry = (sessionid: string): LogRecord => ({
  '@logid': `X${sessionid}`,
  sessionid,
  subtype: 'vulnerability',
  action: 'reset-both',
  time_generated: '2026/11/27 10:00:10',
});

/** What a fake path answers for the rows it is asked about. */
type Behaviour = LookupFailure | ((asked: TrafficRow[]) => LogRecord[]);

/** Answers an entry for every asked row. */
const answersAll: Behaviour = (asked) => asked.map((r) => entry(r.sessionid));
/** Answers entries for rows with an even index only. */
const answersEven: Behaviour = (asked) =>
  asked.filter((r) => r.index % 2 === 0).map((r) => entry(r.sessionid));

function fake(id: StrategyId, batched: boolean, behaviour: Behaviour) {
  const calls: TrafficRow[][] = [];
  const strategy: ThreatLogStrategy = {
    id,
    batched,
    async fetch(asked) {
      calls.push(asked);
      if (behaviour instanceof LookupFailure) throw behaviour;
      return { records: behaviour(asked) };
    },
  };
  return { strategy, calls };
}

function fetcherOf(...strategies: ThreatLogStrategy[]) {
  return createThreatLogFetcher({ strategies, slots: createSlots(2, 't'), outcomes: untriedOutcomes() });
}

const signal = new AbortController().signal;
const rows = Array.from({ length: 15 }, (_, i) => row(i));
const answeredIndexes = (result: Awaited<ReturnType<ReturnType<typeof fetcherOf>['fetch']>>) =>
  result.answers.flatMap((answer) => answer.rows.map((r) => `${answer.strategy}:${r.index}`));

describe('createThreatLogFetcher', () => {
  it('a batched strategy makes one call for the whole page and is proven by its answer', async () => {
    const batched = fake('ui-log-store', true, answersAll);
    const fetcher = fetcherOf(batched.strategy);
    const result = await fetcher.fetch(rows, signal);
    expect(batched.calls).toHaveLength(1);
    expect(batched.calls[0]).toHaveLength(15);
    expect(result.answers).toHaveLength(1);
    expect(result.answers[0]?.rows).toHaveLength(15);
    expect(result.unanswered).toEqual([]);
    expect(fetcher.outcomes['ui-log-store']).toBe('proven');
    expect(fetcher.details['ui-log-store']).toMatchObject({ proven: 1, inconclusive: 0 });
  });

  it('a partial answer leaves the other rows to the next path, which is asked about them only', async () => {
    const first = fake('ui-log-store', true, answersEven);
    const second = fake('xml-api-cookie', true, answersAll);
    const result = await fetcherOf(first.strategy, second.strategy).fetch(rows.slice(0, 4), signal);
    expect(second.calls[0]?.map((r) => r.index)).toEqual([1, 3]);
    expect(answeredIndexes(result)).toEqual([
      'ui-log-store:0',
      'ui-log-store:2',
      'xml-api-cookie:1',
      'xml-api-cookie:3',
    ]);
  });

  it('an empty answer is inconclusive: the next path runs, and the first stays in use', async () => {
    const first = fake('ui-log-store', true, () => []);
    const second = fake('xml-api-cookie', true, answersAll);
    const fetcher = fetcherOf(first.strategy, second.strategy);
    await fetcher.fetch(rows, signal);
    await fetcher.fetch(rows, signal);
    expect(first.calls).toHaveLength(2); // an empty answer says nothing against the path
    expect(fetcher.outcomes['ui-log-store']).toBe('inconclusive');
    expect(fetcher.details['ui-log-store']).toMatchObject({ inconclusive: 2, note: 'empty', retired: false });
    expect(fetcher.outcomes['xml-api-cookie']).toBe('proven');
  });

  it('entries of other sessions: the filter was ignored, the path is retired, its entries unused', async () => {
    const first = fake('ui-log-store', true, () => [entry('9999'), entry('100')]);
    const second = fake('xml-api-cookie', true, answersAll);
    const fetcher = fetcherOf(first.strategy, second.strategy);
    const result = await fetcher.fetch(rows, signal);
    await fetcher.fetch(rows, signal);
    expect(first.calls).toHaveLength(1);
    expect(result.answers.map((a) => a.strategy)).toEqual(['xml-api-cookie']);
    expect(fetcher.outcomes['ui-log-store']).toBe('inconclusive');
    expect(fetcher.details['ui-log-store']).toMatchObject({ note: 'other-sessions', retired: true });
  });

  it('when every path answered empty, the rows are "not found" and the searched paths are named', async () => {
    const first = fake('ui-log-store', true, () => []);
    const second = fake('related-log', false, () => []);
    const result = await fetcherOf(first.strategy, second.strategy).fetch(rows.slice(0, 2), signal);
    expect(result.problem).toBeNull();
    expect(result.unanswered.map((r) => r.index)).toEqual([0, 1]);
    expect(result.searched).toEqual([
      { strategy: 'ui-log-store', searches: 'the threat, URL, data and WildFire logs' },
      { strategy: 'related-log', searches: "the session's related logs", rows: [0, 1] },
    ]);
  });

  it.each<[string, LookupFailure]>([
    ['timed out', new LookupFailure('inconclusive', 'too slow', '', 'timed-out')],
    ['answered with an error', new LookupFailure('inconclusive', 'error', '', 'error-answer')],
  ])('an unproven path that %s falls through and is not asked again', async (_, failure) => {
    const first = fake('ui-log-store', true, failure);
    const second = fake('xml-api-cookie', true, answersAll);
    const fetcher = fetcherOf(first.strategy, second.strategy);
    const result = await fetcher.fetch(rows, signal);
    await fetcher.fetch(rows, signal);
    expect(result.unanswered).toEqual([]);
    expect(first.calls).toHaveLength(1);
    expect(fetcher.details['ui-log-store']).toMatchObject({
      inconclusive: 1,
      note: failure.note,
      retired: true,
    });
  });

  it('a proven path that times out once is asked again later', async () => {
    let slow = false;
    const first = fake('ui-log-store', true, (asked) => {
      if (slow) throw new LookupFailure('inconclusive', 'too slow', '', 'timed-out');
      return answersAll(asked);
    });
    const second = fake('xml-api-cookie', true, answersAll);
    const fetcher = fetcherOf(first.strategy, second.strategy);
    await fetcher.fetch(rows, signal);
    slow = true;
    await fetcher.fetch(rows, signal);
    slow = false;
    await fetcher.fetch(rows, signal);
    expect(first.calls).toHaveLength(3);
    expect(fetcher.details['ui-log-store']).toMatchObject({ proven: 2, inconclusive: 1, retired: false });
  });

  it('a per-row path names only the rows it searched', async () => {
    const perRow = fake('related-log', false, (asked) => {
      if (asked[0]?.index === 1) throw new LookupFailure('inconclusive', 'too slow', '', 'timed-out');
      return [];
    });
    const fetcher = fetcherOf(perRow.strategy);
    const result = await fetcher.fetch(rows.slice(0, 3), signal);
    // Row 1 timed out, which retired the unproven path: row 2 was never asked.
    expect(result.searched).toEqual([
      { strategy: 'related-log', searches: "the session's related logs", rows: [0] },
    ]);
    expect(perRow.calls.map((asked) => asked[0]?.index)).toEqual([0, 1]);
    expect(result.problem).toBeNull();
    expect(result.reason?.message).toBe('too slow');
  });

  it('nothing but timeouts: the rows get the timeout, not "not found"', async () => {
    const only = fake(
      'ui-log-store',
      true,
      new LookupFailure('inconclusive', 'too slow', 'wait', 'timed-out'),
    );
    const result = await fetcherOf(only.strategy).fetch(rows, signal);
    expect(result.searched).toEqual([]);
    expect(result.problem).toMatchObject({ message: 'too slow', fix: 'wait' });
  });

  it("when no path could search, the latest path's reason is shown", async () => {
    const first = fake(
      'ui-log-store',
      true,
      new LookupFailure('inconclusive', 'error answer', '', 'error-answer'),
    );
    const second = fake('xml-api-key', true, new LookupFailure('inconclusive', 'too slow', '', 'timed-out'));
    const result = await fetcherOf(first.strategy, second.strategy).fetch(rows, signal);
    expect(result.problem?.message).toBe('too slow');
  });

  it('falls to the next strategy on "unavailable", and remembers it', async () => {
    const first = fake('ui-log-store', true, new LookupFailure('unavailable', 'no store'));
    const second = fake('xml-api-cookie', true, answersAll);
    const fetcher = fetcherOf(first.strategy, second.strategy);
    await fetcher.fetch(rows, signal);
    await fetcher.fetch(rows, signal);
    expect(first.calls).toHaveLength(1); // not asked again
    expect(second.calls).toHaveLength(2);
    expect(fetcher.outcomes['ui-log-store']).toBe('unavailable');
  });

  it('a failure (a rejected key) is shown, not fallen through', async () => {
    const first = fake(
      'xml-api-key',
      true,
      new LookupFailure('failed', 'The firewall rejected the stored API key.'),
    );
    const second = fake('related-log', false, answersAll);
    const result = await fetcherOf(first.strategy, second.strategy).fetch(rows, signal);
    expect(second.calls).toHaveLength(0);
    expect(result.problem?.message).toBe('The firewall rejected the stored API key.');
    expect(result.unanswered).toHaveLength(15);
  });

  it('an expired session stops everything', async () => {
    const first = fake('ui-log-store', true, new LookupFailure('expired', 'expired'));
    const second = fake('xml-api-cookie', true, answersAll);
    await expect(fetcherOf(first.strategy, second.strategy).fetch(rows, signal)).rejects.toMatchObject({
      kind: 'expired',
    });
    expect(second.calls).toHaveLength(0);
  });

  it('a single row prefers the per-row related-log query', async () => {
    const batched = fake('ui-log-store', true, answersAll);
    const perRow = fake('related-log', false, answersAll);
    const fetcher = fetcherOf(batched.strategy, perRow.strategy);
    expect((await fetcher.fetch([row(1)], signal)).answers[0]?.strategy).toBe('related-log');
    expect((await fetcher.fetch(rows, signal)).answers[0]?.strategy).toBe('ui-log-store');
  });

  it('the per-row strategy: no content job is inconclusive, retired while unproven, the rest skip it', async () => {
    const perRow = fake(
      'related-log',
      false,
      new LookupFailure('inconclusive', 'no job', '', 'no-content-job'),
    );
    const batched = fake('xml-api-key', true, answersAll);
    const fetcher = fetcherOf(perRow.strategy, batched.strategy);
    const result = await fetcher.fetch(rows, signal);
    expect(perRow.calls.length).toBeLessThanOrEqual(2); // the two in flight; the others skip it
    expect(result.unanswered).toEqual([]);
    expect(fetcher.details['related-log']).toMatchObject({ note: 'no-content-job', retired: true });
  });

  it('the per-row strategy runs one call per row, at most two at once', async () => {
    let running = 0;
    let peak = 0;
    const strategy: ThreatLogStrategy = {
      id: 'related-log',
      batched: false,
      async fetch(r) {
        running++;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running--;
        return { records: answersAll(r) };
      },
    };
    const fetcher = fetcherOf(strategy);
    const result = await fetcher.fetch(rows, signal);
    expect(result.answers).toHaveLength(15);
    expect(peak).toBe(2);
    expect(fetcher.details['related-log'].proven).toBe(15);
  });

  it('says plainly when no strategy works', async () => {
    const only = fake('ui-log-store', true, new LookupFailure('unavailable', 'x'));
    const result = await fetcherOf(only.strategy).fetch(rows, signal);
    expect(result.problem).toMatchObject({ kind: 'unavailable', message: /no way to read/ });
  });
});
