import { describe, expect, it } from 'vitest';
import { apiFixture, apiJsonFixture } from '../../../tests/fixtures/api/load';
import { parseLogJobResponse } from '../api/log-xml';
import { jsonLogRows } from '../api/related-log';
import { threatEntryFromRecord } from './threat-entry';

function xmlEntries(file: string) {
  const result = parseLogJobResponse(apiFixture(file));
  if (result.kind !== 'finished') throw new Error(result.kind);
  return result.entries;
}

describe('threatEntryFromRecord', () => {
  it('normalises an XML API entry', () => {
    const [record] = xmlEntries('log-job-fin-one.xml');
    expect(threatEntryFromRecord(record!)).toEqual({
      logid: '7211864983214948353',
      serial: '013201001234',
      deviceName: 'fw-branch-1',
      vsys: 'vsys1',
      sessionid: '184522',
      database: 'threat',
      subtype: 'vulnerability',
      threatName: 'Apache Struts2 Jakarta Multipart Parser Remote Code Execution Vulnerability',
      threatId: '33161',
      severity: 'critical',
      action: 'reset-both',
      threatCategory: 'code-execution',
      urlCategory: 'unknown',
      direction: 'client-to-server',
      misc: '"evil.example/cgi-bin/x.cgi?a=<script>"',
      receiveTime: '2025/03/11 10:04:17',
      timeGenerated: '2025/03/11 10:04:17',
      rule: 'allow-web',
      ruleUuid: '5f0c7a31-2b8e-4e7c-9f51-1a2b3c4d5e6f',
      configVer: '2816',
      fields: record,
    });
  });

  it.each([
    [0, 'HTTP Unauthorized Brute Force Attack', '40031'],
    [1, 'HTTP  Directory Traversal (Request)', '30844'],
    [3, 'Suspicious DNS Query (generic:evil-c2.example)', '109001001'],
  ])('names threat %i from threatid and tid', (index, name, id) => {
    const entry = threatEntryFromRecord(xmlEntries('log-job-fin-many.xml')[index]!);
    expect([entry.threatName, entry.threatId]).toEqual([name, id]);
  });

  it('reads the flat JSON rows of retrieveJSONLog, whatever the key case', () => {
    type Cases = { cases: { name: string; raw: unknown }[] };
    const { cases } = apiJsonFixture<Cases>('related-retrieve-json-results.json');
    const upper = jsonLogRows(cases.find((c) => c.name.includes('upper-case'))?.raw)!;
    const entry = threatEntryFromRecord(upper[1]!);
    expect(entry).toMatchObject({
      logid: '7211864983214948353',
      sessionid: '184522',
      subtype: 'vulnerability',
      action: 'reset-both',
      threatName: 'Apache Struts2',
      threatId: '33161',
    });
    const numbers = jsonLogRows(cases.find((c) => c.name.includes('numbers'))?.raw)!;
    expect(threatEntryFromRecord(numbers[0]!).sessionid).toBe('184522');
  });

  it('gives empty strings for missing fields', () => {
    const entry = threatEntryFromRecord({});
    expect(entry.subtype).toBe('');
    expect(entry.threatName).toBe('');
    expect(entry.threatId).toBe('');
  });
});
