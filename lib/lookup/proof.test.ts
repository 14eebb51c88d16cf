import { describe, expect, it } from 'vitest';
import { trafficRowFromRecord } from '../panos/logs/rows';
import type { LogRecord, TrafficRow } from '../panos/types';
import { answeredRows, isOfRow, judgeBatch, judgeRelated } from './proof';

const SERIAL = '007951000123456';

/** A flagged traffic row as the grid store holds it: session 10:00:00 to 10:00:30. */
const traffic = (index: number, sessionid: string, serial = SERIAL): TrafficRow =>
  trafficRowFromRecord(
    index,
    {
      '@logid': `T${index}`,
      sessionid,
      serial,
      action: 'allow',
      session_end_reason: 'threat',
      start: '2026/11/27 10:00:00',
      receive_time: '2026/11/27 10:00:30',
      time_generated: '2026/11/27 10:00:30',
      rule: 'allow-web',
      vsys: 'vsys1',
    },
    'store',
  );

/** A threat-log entry as the XML API or the UI's log endpoint gives it. */
const threat = (sessionid: string, over: Partial<Record<string, string>> = {}): LogRecord => ({
  '@logid': `X${sessionid}${over.time_generated ?? ''}`,
  sessionid,
  serial: SERIAL,
  subtype: 'vulnerability',
  threatid: 'Apache Struts RCE(33200)',
  action: 'reset-both',
  receive_time: '2026/11/27 10:00:10',
  time_generated: '2026/11/27 10:00:10',
  ...over,
});

const rows = [traffic(0, '101'), traffic(1, '102'), traffic(2, '103')];
const indexes = (list: TrafficRow[]) => list.map((row) => row.index);

describe('judgeBatch: a batched answer counts only when every entry is of an asked session', () => {
  it('proves the rows whose sessions came back; the others stay open', () => {
    const proof = judgeBatch(rows, [threat('101'), threat('101', { action: 'alert' }), threat('103')]);
    expect(proof.kind).toBe('matched');
    if (proof.kind !== 'matched') return;
    expect(indexes(proof.answered)).toEqual([0, 2]);
    expect(indexes(proof.unanswered)).toEqual([1]);
  });

  it('an empty answer proves nothing: every row stays open', () => {
    const proof = judgeBatch(rows, []);
    expect(proof).toEqual({ kind: 'matched', answered: [], unanswered: rows });
  });

  it.each<[string, LogRecord[]]>([
    ['the newest entries of other sessions (filter ignored)', [threat('555'), threat('556')]],
    ['asked sessions mixed with one other', [threat('101'), threat('102'), threat('999')]],
    ['an entry without a session id', [threat('101'), threat('')]],
    ['the asked session id from another device', [threat('101', { serial: '013201000002' })]],
  ])('%s: the filter was ignored', (_, records) => {
    expect(judgeBatch(rows, records).kind).toBe('other-sessions');
  });

  it('counts the foreign entries', () => {
    expect(judgeBatch(rows, [threat('101'), threat('7'), threat('8')])).toEqual({
      kind: 'other-sessions',
      foreign: 2,
    });
  });

  it('an entry of the session outside its lifetime (a recycled id) is no answer for the row', () => {
    const proof = judgeBatch([traffic(0, '101')], [threat('101', { time_generated: '2026/11/26 09:00:00' })]);
    expect(proof).toMatchObject({ kind: 'matched', answered: [], unanswered: [{ index: 0 }] });
  });

  it('rows without a serial (a firewall grid) accept entries of any device serial', () => {
    const row = traffic(0, '101', '');
    expect(isOfRow(threat('101'), row)).toBe(true);
    expect(isOfRow(threat('101', { serial: '' }), traffic(0, '101'))).toBe(true);
  });

  it('Panorama: the same session id on two firewalls is told apart by serial', () => {
    const a = traffic(0, '5001', '013201000001');
    const b = traffic(1, '5001', '013201000002');
    const proof = judgeBatch([a, b], [threat('5001', { serial: '013201000002' })]);
    expect(proof.kind === 'matched' && indexes(proof.answered)).toEqual([1]);
  });
});

describe('judgeRelated: one row, the entries of its own session or nothing', () => {
  const row = traffic(0, '101');

  it('keeps the own entries and drops related logs of other sessions', () => {
    const own = judgeRelated(row, [threat('101'), threat('202')]);
    expect(own?.map((record) => record.sessionid)).toEqual(['101']);
  });

  it.each<[string, LogRecord[]]>([
    ['nothing', []],
    ['only other sessions', [threat('202')]],
    ['only traffic entries (no threat subtype)', [{ ...threat('101'), subtype: '' }]],
  ])('%s proves nothing', (_, records) => {
    expect(judgeRelated(row, records)).toBeNull();
  });
});

describe('answeredRows', () => {
  it('a session with only alert entries is answered (it has entries)', () => {
    expect([...answeredRows(rows, [threat('102', { action: 'alert' })])]).toEqual([1]);
  });
});
