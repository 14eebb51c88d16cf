import { describe, expect, it } from 'vitest';
import { trafficRowFromRecord } from '../../panos/logs/rows';
import type { LogRecord, TrafficRow } from '../../panos/types';
import type { ThreatLogStrategy } from '../strategy';
import { guardKeyStrategy, UNCHECKED_ROWS } from './key-guard';

const row = (index: number, sessionid: string) =>
  trafficRowFromRecord(index, { sessionid, action: 'allow', session_end_reason: 'threat' }, 'store');

function keyStrategy() {
  const asked: TrafficRow[][] = [];
  const inner: ThreatLogStrategy = {
    id: 'xml-api-key',
    batched: true,
    async fetch(rows) {
      asked.push(rows);
      return { records: [] as LogRecord[] };
    },
  };
  return { inner, asked };
}

const signal = new AbortController().signal;

describe('guardKeyStrategy', () => {
  it('not used until the firewall refused the web session at /api/', async () => {
    const { inner, asked } = keyStrategy();
    const guarded = guardKeyStrategy(inner, { cookieRefused: () => false, shownSessionId: () => '101' });
    await expect(guarded.fetch([row(0, '101')], signal, (task) => task())).rejects.toMatchObject({
      kind: 'unavailable',
    });
    expect(asked).toEqual([]);
  });

  it('sessions only the page data claims (not shown in the grid) never reach the key', async () => {
    const { inner, asked } = keyStrategy();
    const shown = new Map([[0, '101']]);
    const guarded = guardKeyStrategy(inner, {
      cookieRefused: () => true,
      shownSessionId: (r) => shown.get(r.index) ?? null,
    });
    await expect(guarded.fetch([row(0, '101'), row(1, '777001')], signal, (task) => task())).rejects.toBe(
      UNCHECKED_ROWS,
    );
    await expect(guarded.fetch([row(0, '999')], signal, (task) => task())).rejects.toBe(UNCHECKED_ROWS);
    await expect(guarded.fetch([row(0, '')], signal, (task) => task())).rejects.toBe(UNCHECKED_ROWS);
    expect(asked).toEqual([]);
    await guarded.fetch([row(0, '101')], signal, (task) => task());
    expect(asked.map((rows) => rows.map((r) => r.sessionid))).toEqual([['101']]);
  });
});
