import { describe, expect, it } from 'vitest';
import { threatEntry, trafficRow } from '../../../tests/fixtures/config/entries';
import type { ProfileResolution, SessionThreats } from '../types';
import { explain } from './explain';

function resolution(overrides: Partial<ProfileResolution> = {}): ProfileResolution {
  return {
    profileType: 'vulnerability',
    profileName: 'strict',
    groupName: 'corp-default',
    rule: 'allow-web',
    ruleLocation: 'vsys1',
    profileLocation: 'predefined',
    source: 'running-config',
    unknownReason: null,
    configChanged: false,
    ...overrides,
  };
}

const blocked = (overrides = {}): SessionThreats => ({ blocking: threatEntry(overrides), others: [] });
const run = (threats: SessionThreats, profile: ProfileResolution | null) =>
  explain({ row: trafficRow(), threats, profile, provenance: ['Threat log read through the XML API.'] });

describe('explain headlines', () => {
  it.each([
    [
      'profile in a group',
      blocked(),
      resolution(),
      'Blocked by Vulnerability Protection profile "strict" (profile group "corp-default" on rule "allow-web")',
    ],
    [
      'profile without a group',
      blocked(),
      resolution({ groupName: null }),
      'Blocked by Vulnerability Protection profile "strict" on rule "allow-web"',
    ],
    [
      'name unknown',
      blocked(),
      resolution({
        profileName: null,
        groupName: null,
        source: 'log-only',
        unknownReason:
          'Rule "allow-web" is not in the running configuration: it may have been renamed or deleted since the log was written.',
      }),
      'Blocked by a Vulnerability Protection profile on rule "allow-web" (profile name not known: rule "allow-web" is not in the running configuration: it may have been renamed or deleted since the log was written)',
    ],
    [
      'name unknown, acronym kept',
      blocked({ subtype: 'spyware' }),
      resolution({
        profileType: 'anti-spyware',
        profileName: null,
        source: 'log-only',
        unknownReason: 'PAN-OS said no.',
      }),
      'Blocked by an Anti-Spyware profile on rule "allow-web" (profile name not known: PAN-OS said no)',
    ],
    [
      'not looked up',
      blocked({ subtype: 'url' }),
      null,
      'Blocked by a URL Filtering profile on rule "allow-web" (profile name not known: the profile was not looked up)',
    ],
    [
      'zone/DoS',
      blocked({ subtype: 'flood', action: 'drop' }),
      resolution({ profileType: 'zone-dos-protection', profileName: null, source: 'log-only' }),
      'Ended by Zone Protection / DoS Protection (flood), not by a profile on the rule',
    ],
    [
      'only alerts',
      { blocking: null, others: [threatEntry({ action: 'alert' })] },
      null,
      'Threat log entries found for this session, but none of them ended it',
    ],
    ['no threat log', { blocking: null, others: [] }, null, 'No threat log found for this session'],
  ])('%s', (_name, threats, profile, expected) => {
    expect(run(threats, profile).headline).toBe(expected);
  });
});

describe('explain', () => {
  it('fills the facts for a blocked session', () => {
    const alert = threatEntry({
      action: 'alert',
      threatName: 'HTTP Unauthorized Brute Force',
      threatId: '40031',
    });
    const result = run({ blocking: threatEntry(), others: [alert] }, resolution());
    expect(result.verdict).toBe('blocked-by-profile');
    expect(result.profileTypeLabel).toBe('Vulnerability Protection');
    expect(result.summary).toBe(
      '"Apache Log4j Remote Code Execution Vulnerability" (ID 91991), severity critical, action reset-both',
    );
    expect(result.threat).toMatchObject({ id: '91991', sessionEnding: true, category: 'code-execution' });
    expect(result.threat?.actionMeaning).toMatch(/TCP reset to both/);
    expect(result.otherThreats).toHaveLength(1);
    expect(result.otherThreats[0]?.sessionEnding).toBe(false);
    expect(result.traffic).toMatchObject({
      src: '10.1.1.10',
      dst: '203.0.113.5',
      app: 'web-browsing',
      from: 'trust',
    });
    expect(result.whyAllow).toMatch(
      /rule "allow-web" allowed this session.*Action column records the rule's decision/,
    );
    expect(result.whyAllow).toMatch(
      /Vulnerability Protection profile "strict" attached to that rule then detected .* with reset-both/,
    );
    expect(result.nextSteps.join('\n')).toMatch(/threat exception for threat ID 91991/);
    expect(result.nextSteps.join('\n')).toMatch(/Check rule "allow-web" \(vsys1\) in Policies > Security/);
    expect(result.provenance).toEqual([
      'Threat log read through the XML API.',
      'Profile read from the running configuration: rule "allow-web" in vsys1, profile in predefined.',
    ]);
    expect(result.notFoundReasons).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.endReasonText).toMatch(/Security Profile/);
  });

  it('names the URL category for URL filtering', () => {
    const result = run(
      blocked({ subtype: 'url', action: 'block-url', urlCategory: 'malware' }),
      resolution({ profileType: 'url-filtering' }),
    );
    expect(result.nextSteps.join('\n')).toMatch(/URL category "malware"/);
    expect(result.threat?.category).toBe('malware');
  });

  it('points at the ingress zone for zone/DoS', () => {
    const result = run(blocked({ subtype: 'scan', action: 'block-ip' }), null);
    expect(result.verdict).toBe('zone-dos');
    expect(result.nextSteps[0]).toMatch(/Zone Protection profile of the ingress zone "trust"/);
    expect(result.whyAllow).toMatch(/rather than on the security rule/);
  });

  it.each(['flood', 'scan', 'packet'])(
    'never says a Security Profile on the rule ended a %s session',
    (subtype) => {
      const result = run(blocked({ subtype, action: 'drop' }), null);
      const { endReasonText: _teaching, ...answer } = result;
      const text = JSON.stringify(answer);
      expect(text).not.toMatch(/Security Profile on (the|that) rule|attached to that rule/i);
      expect(result.headline).toMatch(/not by a profile on the rule/);
    },
  );

  it('lists the likely reasons when nothing was found', () => {
    const result = run({ blocking: null, others: [] }, null);
    expect(result.verdict).toBe('no-threat-log');
    expect(result.notFoundReasons.join('\n')).toMatch(
      /logging may be off.*\n.*rolled over.*\n.*another virtual system.*\n.*time window.*\n.*role/s,
    );
    expect(result.nextSteps.join('\n')).toMatch(/sessionid eq 184522/);
    expect(result.summary).toBe('No threat entry matched session 184522');
    expect(result.profile).toBeNull();
  });

  it('warns about config changes, several ending entries and a rule mismatch', () => {
    const earlier = threatEntry({ action: 'drop', rule: 'allow-web' });
    const result = run(
      { blocking: threatEntry({ rule: 'other-rule' }), others: [earlier] },
      resolution({ configChanged: true }),
    );
    expect(result.warnings).toEqual([
      'Config changed since this log: rule and profile shown as now.',
      '2 entries could have ended this session; the latest is shown.',
      'Rule differs: "other-rule" in the threat entry, "allow-web" in the traffic log.',
    ]);
  });

  it('keeps log text as text, flattening control characters', () => {
    const result = run(blocked({ threatName: 'Evil\n<b>name</b>\u2028x' }), resolution());
    expect(result.summary.startsWith('"Evil <b>name</b> x" (ID 91991)')).toBe(true);
  });

  it('says where an exception-profile answer came from', () => {
    const result = run(blocked(), resolution({ source: 'exception-profiles' }));
    expect(result.provenance.slice(1)).toEqual([
      'Profile named by the web UI\'s threat-exception lookup: the profile rule "allow-web" uses now.',
      'Profile group and rule location read from the running configuration.',
    ]);
  });
});
