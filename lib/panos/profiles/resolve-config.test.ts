import { describe, expect, it, vi } from 'vitest';
import { threatEntry } from '../../../tests/fixtures/config/entries';
import {
  type ExpectedResolution,
  expectResolution,
} from '../../../tests/fixtures/config/expected-resolution';
import { configFixture, fakeShowConfig, opResultFixture } from '../../../tests/fixtures/config/fake-config';
import type { ThreatEntry } from '../types';
import { newestConfigVersion, resolveFromRunningConfig } from './resolve-config';
import { PUSHED_SHARED_POLICY_COMMAND } from './resolve-config-layout';

const firewall = configFixture('firewall-running.xml');
const pushedPolicy = opResultFixture('pushed-shared-policy.xml');

function firewallCtx() {
  const showConfig = fakeShowConfig(firewall);
  const op = vi.fn(async (cmd: string) => {
    if (cmd !== PUSHED_SHARED_POLICY_COMMAND) throw new Error(`unexpected ${cmd}`);
    return pushedPolicy;
  });
  return { showConfig, op, product: 'firewall' as const };
}

const UUID = (n: number) => `11111111-0000-4000-8000-00000000000${n}`;

describe('resolveFromRunningConfig on a firewall', () => {
  const cases: Array<[string, Partial<ThreatEntry>, ExpectedResolution]> = [
    [
      'group in vsys, by name',
      { rule: 'allow-web' },
      {
        source: 'running-config',
        profileName: 'corp-vp',
        groupName: 'corp-default',
        ruleLocation: 'vsys1',
        profileLocation: 'vsys1',
      },
    ],
    [
      'group in vsys, by uuid (log rule name renamed since)',
      { rule: 'old-name', ruleUuid: UUID(1) },
      { source: 'running-config', profileName: 'corp-vp', groupName: 'corp-default', ruleLocation: 'vsys1' },
    ],
    ...(
      [
        ['virus', 'corp-av'],
        ['wildfire-virus', 'corp-av'],
        ['ml-virus', 'corp-av'],
        ['spyware', 'corp-as'],
        ['url', 'corp-url'],
        ['file', 'corp-fb'],
        ['wildfire', 'corp-wf'],
        ['data', 'corp-df'],
      ] as const
    ).map(([subtype, name]): [string, Partial<ThreatEntry>, ExpectedResolution] => [
      `group member for subtype ${subtype}`,
      { subtype },
      { source: 'running-config', profileName: name, groupName: 'corp-default', profileLocation: 'vsys1' },
    ]),
    [
      'individual profiles: predefined vulnerability "strict"',
      { rule: 'allow-dns' },
      { source: 'running-config', profileName: 'strict', groupName: null, profileLocation: 'predefined' },
    ],
    [
      'individual profiles: predefined file blocking',
      { rule: 'allow-dns', subtype: 'file' },
      { source: 'running-config', profileName: 'strict file blocking', profileLocation: 'predefined' },
    ],
    [
      'individual profiles: profile in vsys',
      { rule: 'allow-dns', subtype: 'spyware' },
      { source: 'running-config', profileName: 'corp-as', profileLocation: 'vsys1' },
    ],
    [
      'individual profiles: type not attached',
      { rule: 'allow-dns', subtype: 'data' },
      {
        source: 'log-only',
        ruleLocation: 'vsys1',
        reason: /Rule "allow-dns" has no Data Filtering profile now/,
      },
    ],
    [
      'group in shared, profile in shared',
      { rule: 'allow-shared' },
      {
        source: 'running-config',
        profileName: 'shared-vp',
        groupName: 'shared-group',
        profileLocation: 'shared',
      },
    ],
    [
      'profile in shared named from a vsys rule',
      { rule: 'allow-shared-vp' },
      { source: 'running-config', profileName: 'shared-vp', profileLocation: 'shared' },
    ],
    [
      'rule with no profile-setting',
      { rule: 'allow-plain' },
      { source: 'log-only', ruleLocation: 'vsys1', reason: /no Security Profiles attached.*edited since/ },
    ],
    [
      'group missing',
      { rule: 'allow-ghost-group' },
      {
        source: 'log-only',
        groupName: 'ghost-group',
        reason: /profile group "ghost-group", which was not found in vsys1, shared/,
      },
    ],
    [
      'group without this type',
      { rule: 'allow-av-only' },
      {
        source: 'log-only',
        groupName: 'av-only',
        reason: /Profile group "av-only" on rule "allow-av-only" has no Vulnerability Protection profile/,
      },
    ],
    [
      'profile missing',
      { rule: 'allow-missing-profile' },
      {
        source: 'log-only',
        reason: /names Vulnerability Protection profile "gone-vp", but no such profile was found/,
      },
    ],
    [
      'rule name with both quote kinds',
      { rule: 'it\'s "quoted"' },
      { source: 'running-config', profileName: 'corp-vp', profileLocation: 'vsys1' },
    ],
    [
      'same rule name in another vsys',
      { rule: 'allow-web', vsys: 'vsys2' },
      {
        source: 'running-config',
        profileName: 'vsys2-vp',
        groupName: null,
        ruleLocation: 'vsys2',
        profileLocation: 'vsys2',
      },
    ],
    [
      'pushed pre-rule, pushed group and profile',
      { rule: 'pano-allow-web' },
      {
        source: 'running-config',
        profileName: 'pano-vp',
        groupName: 'pano-group',
        ruleLocation: 'pushed from Panorama (pre-rulebase)',
        profileLocation: 'pushed from Panorama',
      },
    ],
    [
      'pushed group naming a local vsys profile',
      { rule: 'pano-allow-web', subtype: 'virus' },
      { source: 'running-config', profileName: 'corp-av', profileLocation: 'vsys1' },
    ],
    [
      'pushed post-rule by uuid, predefined profile',
      { rule: '', ruleUuid: '33333333-0000-4000-8000-000000000002' },
      {
        source: 'running-config',
        profileName: 'strict',
        ruleLocation: 'pushed from Panorama (post-rulebase)',
        profileLocation: 'predefined',
      },
    ],
    [
      'renamed or deleted rule',
      { rule: 'deleted-rule', ruleUuid: 'aaaaaaaa-0000-4000-8000-000000000000' },
      {
        source: 'log-only',
        ruleLocation: null,
        reason: /Rule "deleted-rule" is not in the running configuration.*renamed or deleted/,
      },
    ],
    [
      'flood: zone/DoS, no lookup',
      { subtype: 'flood' },
      { source: 'log-only', reason: /not to security rules/ },
    ],
    ['unknown subtype', { subtype: 'mystery' }, { source: 'log-only', reason: /"mystery"/ }],
    ['no rule in the log', { rule: '' }, { source: 'log-only', reason: /names no rule/ }],
  ];

  it.each(cases)('%s', async (_name, overrides, expected) => {
    const result = await resolveFromRunningConfig(threatEntry(overrides), firewallCtx());
    expectResolution(result, expected);
    if (!expected.reason) expect(result.unknownReason).toBeNull();
    if (expected.source === 'log-only') expect(result.profileName).toBeNull();
  });

  it('reads the pushed policy only when the rule is not local', async () => {
    const ctx = firewallCtx();
    await resolveFromRunningConfig(threatEntry({ rule: 'allow-web' }), ctx);
    expect(ctx.op).not.toHaveBeenCalled();
  });

  it('zone/DoS subtypes read no config at all', async () => {
    const ctx = firewallCtx();
    const result = await resolveFromRunningConfig(threatEntry({ subtype: 'scan' }), ctx);
    expect(result.profileType).toBe('zone-dos-protection');
    expect(ctx.showConfig.calls).toEqual([]);
  });

  it('says when the pushed policy could not be read', async () => {
    const ctx = { ...firewallCtx(), op: vi.fn().mockRejectedValue(new Error('command not allowed')) };
    const result = await resolveFromRunningConfig(threatEntry({ rule: 'pano-allow-web' }), ctx);
    expect(result.unknownReason).toMatch(/pushed from Panorama could not be read: command not allowed/);
  });

  it('marks configChanged when the config version moved on', async () => {
    const entry = threatEntry({ configVer: '41' });
    expect(
      (await resolveFromRunningConfig(entry, { ...firewallCtx(), currentConfigVersion: '42' })).configChanged,
    ).toBe(true);
    expect(
      (await resolveFromRunningConfig(entry, { ...firewallCtx(), currentConfigVersion: '41' })).configChanged,
    ).toBe(false);
    expect((await resolveFromRunningConfig(entry, firewallCtx())).configChanged).toBe(false);
    // A log newer than the newest version we know of, or a version that is not a number: no claim.
    expect(
      (await resolveFromRunningConfig(entry, { ...firewallCtx(), currentConfigVersion: '40' })).configChanged,
    ).toBe(false);
    expect(
      (await resolveFromRunningConfig(entry, { ...firewallCtx(), currentConfigVersion: '4x2' }))
        .configChanged,
    ).toBe(false);
  });

  it('the newest config version among log rows', () => {
    expect(newestConfigVersion(['2816', ' 2901 ', '', 'abc', '99'])).toBe('2901');
    expect(newestConfigVersion(['', '<b>'])).toBe('');
  });

  it('lets the caller abort, and passes errors of the config read on', async () => {
    const ctx = { ...firewallCtx(), showConfig: vi.fn().mockRejectedValue(new Error('Invalid Credential')) };
    await expect(resolveFromRunningConfig(threatEntry(), ctx)).rejects.toThrow('Invalid Credential');
  });
});
