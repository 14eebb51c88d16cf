import { describe, expect, it } from 'vitest';
import { apiFixture, apiJsonFixture } from '../../../tests/fixtures/api/load';
import { parseLogJobResponse } from '../api/log-xml';
import type { LogRecord, ThreatEntry, TrafficRow } from '../types';
import { correlate } from './correlate';
import { trafficRowFromRecord } from './rows';
import { threatEntryFromRecord } from './threat-entry';

const traffic = apiJsonFixture<Record<'firewall' | 'panorama', LogRecord[]>>('traffic-store-records.json');

function entriesOf(file: string): ThreatEntry[] {
  const result = parseLogJobResponse(apiFixture(file));
  if (result.kind !== 'finished') throw new Error(result.kind);
  return result.entries.map(threatEntryFromRecord);
}

function rowsOf(records: LogRecord[]): TrafficRow[] {
  return records.map((record, index) => trafficRowFromRecord(index, record, 'store'));
}

const ids = (entries: ThreatEntry[]) => entries.map((entry) => entry.logid);

describe('correlate', () => {
  it('picks the session-ending entry and keeps the alerts as context, oldest first', () => {
    const matches = correlate(rowsOf(traffic.firewall), entriesOf('log-job-fin-many.xml'));
    expect(matches.get(0)?.blocking?.logid).toBe('7211864983214948353');
    expect(ids(matches.get(0)?.others ?? [])).toEqual(['7211864983214948350', '7211864983214948351']);
    expect(matches.get(1)?.blocking?.threatName).toBe('Suspicious DNS Query (generic:evil-c2.example)');
    expect(matches.get(1)?.others).toEqual([]);
  });

  it('gives every row an answer, empty when nothing matches', () => {
    const matches = correlate(rowsOf(traffic.firewall), entriesOf('log-job-fin-many.xml'));
    expect(matches.get(2)).toEqual({ blocking: null, others: [] });
    expect(matches.get(3)).toEqual({ blocking: null, others: [] });
    expect(correlate(rowsOf(traffic.firewall), []).size).toBe(4);
  });

  it('on Panorama, matches the same session id per serial and drops a recycled id outside the window', () => {
    const matches = correlate(rowsOf(traffic.panorama), entriesOf('log-job-fin-panorama.xml'));
    // fw-a: entry 100 is from the day before (recycled session id).
    expect(matches.get(0)?.blocking?.logid).toBe('101');
    expect(matches.get(0)?.others).toEqual([]);
    // fw-b: entry 201 is after that session's end.
    expect(matches.get(1)?.blocking?.logid).toBe('200');
    expect(matches.get(1)?.others).toEqual([]);
  });

  it("a row without its serial never takes another firewall's entries: the device name decides, else none", () => {
    // A window that covers both devices' entries of the same session id.
    const row = { ...rowsOf(traffic.panorama)[0]!, receiveTime: '2025/03/11 09:31:05' };
    expect(ids(correlate([row], entriesOf('log-job-fin-panorama.xml')).get(0)?.others ?? [])).toEqual([]);
    const entries = entriesOf('log-job-fin-panorama.xml');
    const ownName = entries.find((entry) => entry.logid === '101')?.deviceName ?? '';
    const named = correlate([{ ...row, serial: '', deviceName: ownName }], entries);
    expect(named.get(0)?.blocking?.logid).toBe('101');
    expect(named.get(0)?.others).toEqual([]);
    const unnamed = correlate([{ ...row, serial: '', deviceName: '' }], entries);
    expect(unnamed.get(0)).toEqual({ blocking: null, others: [] });
  });

  it('chooses the latest of several session-ending entries', () => {
    const [row] = rowsOf(traffic.firewall);
    const base = entriesOf('log-job-fin-many.xml')[2]!;
    const later = { ...base, logid: 'later', timeGenerated: '2025/03/11 10:04:18', action: 'drop' };
    const matches = correlate([row!], [later, base]);
    expect(matches.get(0)?.blocking?.logid).toBe('later');
    expect(ids(matches.get(0)?.others ?? [])).toEqual([base.logid]);
  });

  it.each([
    ['just before start, within slack', '2025/03/11 10:04:00', true],
    ['well before start', '2025/03/11 10:03:50', false],
    ['just after the traffic log, within slack', '2025/03/11 10:04:22', true],
    ['well after the traffic log', '2025/03/11 10:05:00', false],
    ['no time at all', '', true],
  ])('time window: %s', (_, time, matches) => {
    const [row] = rowsOf(traffic.firewall);
    const entry = { ...entriesOf('log-job-fin-one.xml')[0]!, timeGenerated: time, receiveTime: time };
    expect(correlate([row!], [entry]).get(0)?.blocking !== null).toBe(matches);
  });

  it('counts a duplicated entry once', () => {
    const [row] = rowsOf(traffic.firewall);
    const entries = entriesOf('log-job-fin-many.xml');
    const matches = correlate([row!], [...entries, ...entries]);
    expect(ids(matches.get(0)?.others ?? [])).toEqual(['7211864983214948350', '7211864983214948351']);
  });

  it('reports alerts only as others, with no blocking entry', () => {
    const [row] = rowsOf(traffic.firewall);
    const alerts = entriesOf('log-job-fin-many.xml').filter((entry) => entry.action === 'alert');
    const matches = correlate([row!], alerts);
    expect(matches.get(0)?.blocking).toBeNull();
    expect(matches.get(0)?.others).toHaveLength(2);
  });
});
