import { describe, expect, it } from 'vitest';
import type { LogRecord, TrafficRow } from '../panos/types';
import { LookupFailure } from './lookup-errors';
import { createSlots } from './slots';
import { type ThreatLogStrategy, untriedOutcomes } from './strategy';
import { createThreatLogFetcher } from './threat-log-fetcher';

const row = (index: number): TrafficRow =>
  ({ index, logid: `L${index}`, sessionid: String(100 + index) }) as unknown as TrafficRow;

function fake(id: ThreatLogStrategy['id'], batched: boolean, behaviour: 'works' | LookupFailure) {
  const calls: TrafficRow[][] = [];
  const strategy: ThreatLogStrategy = {
    id,
    batched,
    async fetch(rows) {
      calls.push(rows);
      if (behaviour !== 'works') throw behaviour;
      return rows.map((r) => ({ sessionid: r.sessionid }) as LogRecord);
    },
  };
  return { strategy, calls };
}

const signal = new AbortController().signal;
const rows = Array.from({ length: 15 }, (_, i) => row(i));

describe('createThreatLogFetcher', () => {
  it('a batched strategy makes one call for the whole page', async () => {
    const batched = fake('ui-log-store', true, 'works');
    const fetcher = createThreatLogFetcher({
      strategies: [batched.strategy],
      slots: createSlots(2, 't'),
      outcomes: untriedOutcomes(),
    });
    const result = await fetcher.fetch(rows, signal);
    expect(batched.calls).toHaveLength(1);
    expect(batched.calls[0]).toHaveLength(15);
    expect(result.strategy).toBe('ui-log-store');
    expect(fetcher.outcomes['ui-log-store']).toBe('works');
  });

  it('falls to the next strategy on "unavailable", and remembers it', async () => {
    const first = fake('ui-log-store', true, new LookupFailure('unavailable', 'no store'));
    const second = fake('xml-api-cookie', true, 'works');
    const fetcher = createThreatLogFetcher({
      strategies: [first.strategy, second.strategy],
      slots: createSlots(2, 't'),
      outcomes: untriedOutcomes(),
    });
    await fetcher.fetch(rows, signal);
    await fetcher.fetch(rows, signal);
    expect(first.calls).toHaveLength(1); // not asked again
    expect(second.calls).toHaveLength(2);
    expect(fetcher.outcomes['ui-log-store']).toBe('unavailable');
  });

  it('does not fall through on a failure or an expired session: it stops', async () => {
    for (const kind of ['failed', 'expired'] as const) {
      const first = fake('ui-log-store', true, new LookupFailure(kind, kind));
      const second = fake('xml-api-cookie', true, 'works');
      const fetcher = createThreatLogFetcher({
        strategies: [first.strategy, second.strategy],
        slots: createSlots(2, 't'),
        outcomes: untriedOutcomes(),
      });
      await expect(fetcher.fetch(rows, signal)).rejects.toMatchObject({ kind });
      expect(second.calls).toHaveLength(0);
    }
  });

  it('a single row prefers the per-row related-log query', async () => {
    const batched = fake('ui-log-store', true, 'works');
    const perRow = fake('related-log', false, 'works');
    const fetcher = createThreatLogFetcher({
      strategies: [batched.strategy, perRow.strategy],
      slots: createSlots(2, 't'),
      outcomes: untriedOutcomes(),
    });
    expect((await fetcher.fetch([row(1)], signal)).strategy).toBe('related-log');
    expect((await fetcher.fetch(rows, signal)).strategy).toBe('ui-log-store');
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
        return [{ sessionid: r[0]?.sessionid ?? '' }];
      },
    };
    const fetcher = createThreatLogFetcher({
      strategies: [strategy],
      slots: createSlots(2, 't'),
      outcomes: untriedOutcomes(),
    });
    const result = await fetcher.fetch(rows, signal);
    expect(result.records).toHaveLength(15);
    expect(peak).toBe(2);
  });

  it('says plainly when no strategy works', async () => {
    const only = fake('ui-log-store', true, new LookupFailure('unavailable', 'x'));
    const fetcher = createThreatLogFetcher({
      strategies: [only.strategy],
      slots: createSlots(2, 't'),
      outcomes: untriedOutcomes(),
    });
    await expect(fetcher.fetch(rows, signal)).rejects.toMatchObject({
      kind: 'unavailable',
      message: /no way to read/,
    });
  });
});
