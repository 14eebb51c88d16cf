// Correlation across the log databases (threat, url, data, wildfire), on XML API answers in the
// 10.x shape: each entry tagged with the database it was read from, as the strategies do.
import { describe, expect, it } from 'vitest';
import { apiFixture, apiJsonFixture } from '../../../tests/fixtures/api/load';
import { parseLogJobResponse } from '../api/log-xml';
import { profileTypeOfSubtype } from '../profiles/profile-types';
import type { LogRecord, ThreatEntry, TrafficRow } from '../types';
import { correlate } from './correlate';
import { type LogDatabase, withDatabase } from './log-databases';
import { trafficRowFromRecord } from './rows';
import { threatEntryFromRecord } from './threat-entry';

const traffic = apiJsonFixture<Record<'firewall', LogRecord[]>>('traffic-store-records.json');
const rows: TrafficRow[] = traffic.firewall.map((record, index) =>
  trafficRowFromRecord(index, record, 'store'),
);

function read(file: string, database: LogDatabase): ThreatEntry[] {
  const result = parseLogJobResponse(apiFixture(file));
  if (result.kind !== 'finished') throw new Error(`${file}: ${result.kind}`);
  return result.entries.map((record) => threatEntryFromRecord(withDatabase(record, database)));
}

const threatAlerts = () => read('log-job-fin-many.xml', 'threat').filter((e) => e.action === 'alert');
const row184522 = 0;
const row184531 = 2;

describe('one job answer per database (10.x shape, capital type)', () => {
  it('url: entries keep their database, the URL as name, and no Threat Vault id for the pseudo id 9999', () => {
    const entries = read('log-job-fin-url-10x.xml', 'url');
    expect(entries.map((e) => [e.database, e.subtype, e.action])).toEqual([
      ['url', 'url', 'block-url'],
      ['url', 'url', 'continue'],
      ['url', 'url', 'block-continue'],
    ]);
    expect(entries.map((e) => e.threatId)).toEqual(['', '', '']);
    expect(entries[2]?.threatName).toBe('games.example/play');
    expect(entries[0]?.misc).toBe('"evil.example/dl/payload.bin"');
    expect(entries[0]?.urlCategory).toBe('malware');
  });

  it('data: File Blocking (subtype file) and Data Filtering (subtype data) from one database', () => {
    const entries = read('log-job-fin-data-10x.xml', 'data');
    expect(entries.map((e) => [e.database, e.subtype, e.threatId])).toEqual([
      ['data', 'file', '52010'],
      ['data', 'data', '60000'],
    ]);
    expect(entries.map((e) => profileTypeOfSubtype(e.subtype))).toEqual(['file-blocking', 'data-filtering']);
  });

  it('wildfire: the submission entry, WildFire Analysis by its subtype', () => {
    const [entry] = read('log-job-fin-wildfire-10x.xml', 'wildfire');
    expect(entry?.database).toBe('wildfire');
    expect(profileTypeOfSubtype(entry?.subtype ?? '')).toBe('wildfire-analysis');
    expect(entry?.fields.filedigest).toMatch(/^9f86/);
  });

  it('threat: wildfire-virus stays in the threat log and is Antivirus', () => {
    const [entry] = read('log-job-fin-threat-10x.xml', 'threat');
    expect(entry?.database).toBe('threat');
    expect(profileTypeOfSubtype(entry?.subtype ?? '')).toBe('antivirus');
    expect(entry?.threatId).toBe('300100001');
  });
});

describe('correlate across databases', () => {
  it('alerts in the threat log and a block-url in the URL log: the URL entry ended the session', () => {
    const matches = correlate(rows, [...threatAlerts(), ...read('log-job-fin-url-10x.xml', 'url')]);
    const session = matches.get(row184522);
    expect(session?.blocking?.database).toBe('url');
    expect(session?.blocking?.action).toBe('block-url');
    expect(session?.others.map((e) => e.database)).toEqual(['threat', 'threat']);
  });

  it('a WildFire submission (block) and the wildfire-virus reset: Antivirus ended it, even though the submission is later', () => {
    const entries = [
      ...read('log-job-fin-wildfire-10x.xml', 'wildfire'),
      ...read('log-job-fin-threat-10x.xml', 'threat'),
    ];
    const session = correlate(rows, entries).get(row184531);
    expect(session?.blocking?.subtype).toBe('wildfire-virus');
    expect(profileTypeOfSubtype(session?.blocking?.subtype ?? '')).toBe('antivirus');
    // Same logid in two databases: two entries, not a duplicate.
    expect(session?.others.map((e) => e.database)).toEqual(['wildfire']);
  });

  it('a WildFire entry alone that says block is still reported, as the only session-ending entry', () => {
    const session = correlate(rows, read('log-job-fin-wildfire-10x.xml', 'wildfire')).get(row184531);
    expect(session?.blocking?.database).toBe('wildfire');
  });

  it('all four databases for one session: the latest enforcing entry wins, the rest is context, oldest first', () => {
    const entries = [
      ...read('log-job-fin-url-10x.xml', 'url'),
      ...read('log-job-fin-data-10x.xml', 'data'),
      ...read('log-job-fin-wildfire-10x.xml', 'wildfire'),
      ...read('log-job-fin-threat-10x.xml', 'threat'),
    ];
    const session = correlate(rows, entries).get(row184531);
    expect(session?.blocking?.subtype).toBe('wildfire-virus');
    expect(session?.others.map((e) => `${e.database}:${e.action}`)).toEqual([
      'url:continue',
      'data:alert',
      'data:block',
      'url:block-continue',
      'wildfire:block',
    ]);
  });

  it('a URL block-continue with data only as context: URL Filtering', () => {
    const entries = [
      ...read('log-job-fin-url-10x.xml', 'url'),
      ...read('log-job-fin-data-10x.xml', 'data').filter((e) => e.action === 'alert'),
    ];
    const session = correlate(rows, entries).get(row184531);
    expect(session?.blocking?.action).toBe('block-continue');
    expect(profileTypeOfSubtype(session?.blocking?.subtype ?? '')).toBe('url-filtering');
  });
});
