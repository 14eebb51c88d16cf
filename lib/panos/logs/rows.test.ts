import { describe, expect, it } from 'vitest';
import { apiJsonFixture } from '../../../tests/fixtures/api/load';
import type { LogRecord } from '../types';
import { gridLayoutOf, isFlagged, rowCacheKey, trafficRowFromRecord } from './rows';

const records = apiJsonFixture<Record<'firewall' | 'panorama' | 'dom', LogRecord[]>>(
  'traffic-store-records.json',
);

describe('trafficRowFromRecord', () => {
  it('reads a store record, every typed field', () => {
    const row = trafficRowFromRecord(0, records.firewall[0] as LogRecord, 'store');
    expect(row).toEqual({
      index: 0,
      source: 'store',
      logid: '7211864983214948354',
      sessionid: '184522',
      serial: '013201001234',
      action: 'allow',
      sessionEndReason: 'threat',
      receiveTime: '2025/03/11 10:04:18',
      timeGenerated: '2025/03/11 10:04:18',
      start: '2025/03/11 10:04:02',
      rule: 'allow-web',
      ruleUuid: '5f0c7a31-2b8e-4e7c-9f51-1a2b3c4d5e6f',
      vsys: 'vsys1',
      deviceName: 'fw-branch-1',
      configVer: '2816',
      fields: records.firewall[0],
    });
  });

  it('reads DOM text: missing fields empty, no-break spaces trimmed, raw fields kept', () => {
    const row = trafficRowFromRecord(3, records.dom[0] as LogRecord, 'dom');
    expect(row).toMatchObject({ index: 3, source: 'dom', logid: '', sessionid: '', serial: '', start: '' });
    expect(row.fields.sessionid).toBe('\u00a0');
  });
});

describe('gridLayoutOf', () => {
  it('a store record carries every field a lookup uses', () => {
    const rows = records.firewall.map((record, i) => trafficRowFromRecord(i, record, 'store'));
    expect(gridLayoutOf(rows)).toEqual({
      fieldsFound: [
        'action',
        'session_end_reason',
        'sessionid',
        'start',
        'receive_time',
        'rule',
        'rule_uuid',
        'vsys',
        'serial',
      ],
      fieldsMissing: [],
    });
  });

  it('DOM rows carry only the visible columns: names only, never values', () => {
    const layout = gridLayoutOf([
      trafficRowFromRecord(0, { action: 'allow', session_end_reason: 'threat', rule: '<b>x</b>' }, 'dom'),
    ]);
    expect(layout).toEqual({
      fieldsFound: ['action', 'session_end_reason', 'rule'],
      fieldsMissing: ['sessionid', 'start', 'receive_time', 'rule_uuid', 'vsys', 'serial'],
    });
    expect(JSON.stringify(layout)).not.toContain('<b>');
  });
});

describe('isFlagged', () => {
  it.each([
    ['allow', 'threat', true],
    [' Allow ', 'THREAT ', true],
    ['ALLOW', 'Threat', true],
    ['allow', 'tcp-fin', false],
    ['deny', 'threat', false],
    ['allow', 'threat-x', false],
    ['', '', false],
  ])('%j / %j', (action, sessionEndReason, expected) => {
    expect(isFlagged({ action, sessionEndReason })).toBe(expected);
  });

  it('flags the rows of the fixture that say allow + threat', () => {
    const rows = records.firewall.map((record, index) => trafficRowFromRecord(index, record, 'store'));
    expect(rows.filter(isFlagged).map((row) => row.sessionid)).toEqual(['184522', '184530']);
  });
});

describe('rowCacheKey', () => {
  const origin = 'https://fw.example';
  const [a, b] = records.panorama.map((record, index) => trafficRowFromRecord(index, record, 'store'));

  it('separates the same session id on two devices, and the same session on two origins', () => {
    expect(rowCacheKey(origin, a!)).not.toBe(rowCacheKey(origin, b!));
    expect(rowCacheKey(origin, a!)).not.toBe(rowCacheKey('https://other.example', a!));
  });

  it('without the serial (Device SN hidden), the device name keeps two firewalls apart', () => {
    const sameStart = { ...b!, sessionid: a!.sessionid, start: a!.start };
    expect(rowCacheKey(origin, { ...a!, serial: '' })).not.toBe(
      rowCacheKey(origin, { ...sameStart, serial: '' }),
    );
  });

  it('separates a recycled session id by its start time', () => {
    const recycled = { ...a!, start: '2025/03/12 08:00:00' };
    expect(rowCacheKey(origin, a!)).not.toBe(rowCacheKey(origin, recycled));
  });

  it('is stable across reloads: index and source do not matter', () => {
    expect(rowCacheKey(origin, a!)).toBe(rowCacheKey(origin, { ...a!, index: 9, source: 'dom' }));
  });

  it('falls back to the log id, then to the fields read, when there is no session id', () => {
    const dom = trafficRowFromRecord(0, records.dom[0] as LogRecord, 'dom');
    expect(rowCacheKey(origin, dom)).toBe(
      rowCacheKey(origin, trafficRowFromRecord(5, { ...records.dom[0] }, 'dom')),
    );
    expect(rowCacheKey(origin, dom)).not.toBe(
      rowCacheKey(origin, trafficRowFromRecord(0, { ...records.dom[0], dport: '443' }, 'dom')),
    );
    expect(rowCacheKey(origin, { ...dom, logid: '77' })).not.toBe(rowCacheKey(origin, dom));
  });
});
