// Log answers as each PAN-OS release writes them (reference section 9): 8.1 (lowercase `type`,
// ACT jobs) and 10.x/11.x (capital `type`, RUN jobs, time_received, high_res_timestamp,
// action_source, dg_hier_level_*, vsys_id), on fixtures.
import { describe, expect, it } from 'vitest';
import { apiFixture } from '../../../tests/fixtures/api/load';
import { parseLogJobResponse } from '../api/log-xml';
import { isThreatLogRecord } from '../api/related-log';
import type { LogRecord } from '../types';
import { correlate } from './correlate';
import { isFlagged, trafficRowFromRecord } from './rows';
import { threatEntryFromRecord } from './threat-entry';

function finished(file: string): LogRecord[] {
  const answer = parseLogJobResponse(apiFixture(file));
  if (answer.kind !== 'finished') throw new Error(`${file}: ${answer.kind}`);
  return answer.entries;
}

describe('log jobs of each release', () => {
  it.each([
    ['8.1 ACT', 'release-8.1-job-act.xml', '18'],
    ['10.x RUN (with tenq/tdeq/tlast)', 'release-10.x-job-run.xml', '21'],
  ])('%s is a running job', (_, file, jobId) => {
    expect(parseLogJobResponse(apiFixture(file))).toMatchObject({ kind: 'running', jobId });
  });

  it.each([
    ['8.1', 'release-8.1-threat-fin.xml', 'threat'],
    ['10.x', 'release-10.x-threat-fin.xml', 'THREAT'],
  ])('reads a %s threat entry the same way', (_, file, type) => {
    const [record] = finished(file);
    expect(record?.type).toBe(type);
    expect(isThreatLogRecord(record ?? {})).toBe(true);
    expect(threatEntryFromRecord(record ?? {})).toMatchObject({
      sessionid: '184600',
      serial: '007951000123456',
      subtype: 'spyware',
      threatName: 'Cobalt Strike Beacon',
      threatId: '86246',
      action: 'reset-both',
      rule: 'allow-web',
      // The log time, never the ISO stamp: times are compared as the firewall's wall clock.
      receiveTime: '2026/11/27 08:14:59',
      timeGenerated: '2026/11/27 08:14:59',
    });
  });

  it('keeps the 10.x fields beside the known ones, untouched', () => {
    const [record] = finished('release-10.x-threat-fin.xml');
    expect(record).toMatchObject({
      time_received: '2026/11/27 08:14:59',
      high_res_timestamp: '2026-11-27T08:14:59.412+01:00',
      action_source: 'from-policy',
      vsys_id: '1',
      dg_hier_level_1: '0',
      dg_hier_level_4: '0',
    });
  });

  it('a 10.x traffic entry is not a threat-log row, is flagged, and correlates with the 10.x threat entry', () => {
    const [traffic] = finished('release-10.x-traffic-fin.xml');
    expect(isThreatLogRecord(traffic ?? {})).toBe(false);
    expect(isThreatLogRecord({ ...traffic, type: 'traffic' })).toBe(false);
    const row = trafficRowFromRecord(0, traffic ?? {}, 'store');
    expect(row).toMatchObject({ receiveTime: '2026/11/27 08:15:00', sessionid: '184600' });
    expect(isFlagged(row)).toBe(true);
    const threats = [...finished('release-10.x-threat-fin.xml'), ...finished('release-8.1-threat-fin.xml')];
    const match = correlate([row], threats.map(threatEntryFromRecord)).get(0);
    expect(match?.blocking?.threatName).toBe('Cobalt Strike Beacon');
  });
});
