// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios';
import { END_REASONS, fillerSessions } from '../scenarios/filler-sessions';
import { HOSTILE_STRINGS } from '../scenarios/hostile';
import { buildLogs } from '../scenarios/log-builder';
import { allContentLogs, CONTENT_LOG_TYPES, contentLogTypeOf } from '../scenarios/types';
import { entriesFromXml, jobPollXml } from './log-store';
import { startSimulator } from './server';
import { direct, tagText, webLogin } from './test-helpers';
import type { Simulator } from './types';

const SUBTYPES =
  'vulnerability spyware virus wildfire-virus ml-virus wildfire url file data flood scan packet'.split(' ');
const ACTIONS = (
  'alert allow deny drop drop-all-packets reset-client reset-server reset-both block-url block-ip random-drop ' +
  'sinkhole syncookie-sent block-continue continue block-override override-lockout override block'
).split(' ');
const SECTION_6 = (
  'receive_time time_generated serial device_name vsys vsys_name seqno sessionid src dst sport dport proto ' +
  'from to app rule rule_uuid action config_ver srcuser'
).split(' ');
const THREAT_ONLY = (
  'subtype threatid tid severity thr_category direction misc category contentver pcap_id user_agent referer ' +
  'sender subject recipient filedigest'
).split(' ');
const TRAFFIC_ONLY = 'session_end_reason start elapsed bytes'.split(' ');

const scenario = SCENARIOS.default!;
const everyContentLog = allContentLogs(scenario.contentLogs);
const flagged = scenario.sessions.filter(
  (s) => s.fields.action === 'allow' && s.fields.session_end_reason === 'threat',
);

describe('default scenario', () => {
  it('has enough traffic for several pages, about one in six allow + threat', () => {
    expect(scenario.sessions.length).toBeGreaterThanOrEqual(130);
    const share = flagged.length / scenario.sessions.length;
    expect(share).toBeGreaterThan(0.12);
    expect(share).toBeLessThan(0.22);
  });

  it('covers every threat subtype, threat action and session end reason', () => {
    const subtypes = new Set(everyContentLog.map((t) => t.fields.subtype));
    for (const subtype of SUBTYPES) expect(subtypes).toContain(subtype);
    const actions = new Set(everyContentLog.map((t) => t.fields.action));
    for (const action of ACTIONS) expect(actions).toContain(action);
    const reasons = new Set(scenario.sessions.map((s) => s.fields.session_end_reason));
    for (const reason of [...END_REASONS, 'threat']) expect(reasons).toContain(reason);
    const trafficActions = new Set(scenario.sessions.map((s) => s.fields.action));
    for (const action of ['deny', 'drop', 'reset-client', 'rst-client'])
      expect(trafficActions).toContain(action);
  });

  it('keeps each entry in its own log database: url, data (file and data), wildfire, and the threat log', () => {
    for (const type of CONTENT_LOG_TYPES) {
      expect(scenario.contentLogs[type].length).toBeGreaterThan(0);
      for (const entry of scenario.contentLogs[type])
        expect(contentLogTypeOf(entry.fields.subtype ?? '')).toBe(type);
    }
    const subtypesOf = (type: (typeof CONTENT_LOG_TYPES)[number]) =>
      [...new Set(scenario.contentLogs[type].map((t) => t.fields.subtype))].sort();
    expect(subtypesOf('url')).toEqual(['url']);
    expect(subtypesOf('data')).toEqual(['data', 'file']);
    expect(subtypesOf('wildfire')).toEqual(['wildfire']);
    expect(subtypesOf('threat')).toContain('wildfire-virus');
  });

  it('has both threatid forms and a DNS sinkhole', () => {
    expect(
      everyContentLog.some((t) => t.fields.threatid === `${t.fields.threatid?.replace(/\(\d+\)$/, '')}`),
    ).toBe(true);
    expect(everyContentLog.some((t) => /\(\d+\)$/.test(t.fields.threatid ?? ''))).toBe(true);
    expect(
      everyContentLog.some((t) => t.fields.action === 'sinkhole' && t.fields.thr_category?.startsWith('dns')),
    ).toBe(true);
  });

  it('carries every log field of REFERENCE section 6, bytes as numbers', () => {
    for (const entry of scenario.sessions) {
      for (const field of [...SECTION_6, ...TRAFFIC_ONLY]) expect(entry.fields).toHaveProperty(field);
      expect(entry.fields.bytes).toMatch(/^\d+$/);
    }
    for (const entry of everyContentLog) {
      for (const field of [...SECTION_6, ...THREAT_ONLY]) expect(entry.fields).toHaveProperty(field);
    }
  });

  it('has flagged sessions with no threat log, and with several entries', () => {
    const threatCount = (s: (typeof flagged)[number]) =>
      everyContentLog.filter(
        (t) =>
          t.fields.sessionid === s.fields.sessionid &&
          (t.fields.time_generated ?? '') >= (s.fields.start ?? '') &&
          (t.fields.time_generated ?? '') <= (s.fields.receive_time ?? ''),
      ).length;
    expect(flagged.filter((s) => threatCount(s) === 0).length).toBeGreaterThanOrEqual(2);
    expect(flagged.filter((s) => threatCount(s) >= 2).length).toBeGreaterThanOrEqual(4);
  });

  it('is generated the same way on every run (seeded, fixed base date)', () => {
    const options = {
      count: 50,
      seed: 5,
      from: 0,
      span: 600,
      firstSessionId: 1,
      apps: [{ app: 'ssl', dport: 443, proto: 'tcp' as const, rule: 'allow-web' }],
      denyRule: 'deny-bad',
    };
    const build = () =>
      buildLogs(fillerSessions(options), {
        devices: scenario.devices,
        rules: scenario.rules,
        configVersion: '1',
      });
    expect(build()).toEqual(build());
    expect(scenario.sessions.at(-1)?.fields.receive_time?.startsWith('2026/11/27')).toBe(true);
  });
});

describe('hostile scenario', () => {
  let sim: Simulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('escapes every attacker-controlled field and reads back the same text', () => {
    const hostile = SCENARIOS.hostile!;
    const xml = jobPollXml('1', { status: 'FIN', progress: 100 }, allContentLogs(hostile.contentLogs));
    expect(xml).not.toMatch(/<script|<img|<b>/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that none slipped through
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const rows = entriesFromXml(xml);
    expect(rows).toHaveLength(allContentLogs(hostile.contentLogs).length);
    const names = new Set(rows.map((r) => r.user_agent));
    for (const value of HOSTILE_STRINGS) {
      // Characters XML cannot carry come back as U+FFFD; everything else unchanged.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids
      expect(names).toContain(value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd'));
    }
  });

  it('serves hostile entries through the related-log RPC as plain JSON strings', async () => {
    sim = await startSimulator({ scenario: 'hostile' });
    const login = await webLogin(sim);
    const anchor = SCENARIOS.hostile!.sessions[0]?.logid ?? '';
    const jobs = (
      await direct(sim!, login, 'MonitorDirect.enqueueRelatedLogRequest', [{ logtype: 'traffic', anchor }])
    ).result as string[];
    let xml = '';
    for (let i = 0; i < 4 && tagText(xml, 'status') !== 'FIN'; i++) {
      xml = String((await direct(sim!, login, 'MonitorDirect.pollLogRequest', [jobs[1], {}])).result);
    }
    const rows = (await direct(sim!, login, 'MonitorDirect.retrieveJSONLog', [xml])).result as Record<
      string,
      string
    >[];
    expect(rows.map((r) => r.misc)).toEqual([HOSTILE_STRINGS[0], HOSTILE_STRINGS[0]]);
  });
});
