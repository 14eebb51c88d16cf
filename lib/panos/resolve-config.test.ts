import { describe, expect, it, vi } from 'vitest';
import { threatEntry } from '../../tests/fixtures/config/entries';
import { configFixture, fakeShowConfig, opResultFixture } from '../../tests/fixtures/config/fake-config';
import { newestConfigVersion, resolveFromRunningConfig } from './resolve-config';
import { PUSHED_SHARED_POLICY_COMMAND } from './resolve-config-layout';
import type { ThreatEntry } from './types';

const firewall = configFixture('firewall-running.xml');
const panorama = configFixture('panorama-running.xml');
const pushedPolicy = opResultFixture('pushed-shared-policy.xml');

function firewallCtx() {
  const showConfig = fakeShowConfig(firewall);
  const op = vi.fn(async (cmd: string) => {
    if (cmd !== PUSHED_SHARED_POLICY_COMMAND) throw new Error(`unexpected ${cmd}`);
    return pushedPolicy;
  });
  return { showConfig, op, product: 'firewall' as const };
}

function panoramaCtx(deviceGroupChain?: string[]) {
  return { showConfig: fakeShowConfig(panorama), product: 'panorama' as const, deviceGroupChain };
}

type Expected = {
  source: 'running-config' | 'log-only';
  profileName?: string | null;
  groupName?: string | null;
  ruleLocation?: string | null;
  profileLocation?: string | null;
  reason?: RegExp;
};

const UUID = (n: number) => `11111111-0000-4000-8000-00000000000${n}`;

describe('resolveFromRunningConfig on a firewall', () => {
  const cases: Array<[string, Partial<ThreatEntry>, Expected]> = [
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
    ).map(([subtype, name]): [string, Partial<ThreatEntry>, Expected] => [
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
    expect(result.source).toBe(expected.source);
    for (const key of ['profileName', 'groupName', 'ruleLocation', 'profileLocation'] as const) {
      if (expected[key] !== undefined) expect(result[key], key).toBe(expected[key]);
    }
    if (expected.reason) expect(result.unknownReason).toMatch(expected.reason);
    else expect(result.unknownReason).toBeNull();
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

describe('resolveFromRunningConfig on Panorama', () => {
  const cases: Array<[string, string[] | undefined, Partial<ThreatEntry>, Expected]> = [
    [
      'rule in own device group pre-rulebase',
      ['branch-east'],
      { rule: 'east-allow-web' },
      {
        source: 'running-config',
        profileName: 'east-vp',
        ruleLocation: 'device group "branch-east" (pre-rulebase)',
        profileLocation: 'device group "branch-east"',
      },
    ],
    [
      'rule in parent device group, group and profile in parent',
      ['branch-east'],
      { rule: 'branches-allow-web' },
      {
        source: 'running-config',
        profileName: 'branches-vp',
        groupName: 'branches-group',
        ruleLocation: 'device group "branches" (pre-rulebase)',
        profileLocation: 'device group "branches"',
      },
    ],
    [
      'parent post-rulebase by uuid, profile in shared',
      ['branch-east', 'branches'],
      { rule: 'x', ruleUuid: '55555555-0000-4000-8000-000000000002', subtype: 'spyware' },
      {
        source: 'running-config',
        profileName: 'shared-as',
        ruleLocation: 'device group "branches" (post-rulebase)',
        profileLocation: 'shared',
      },
    ],
    [
      'own post-rulebase naming a shared group with a predefined member',
      ['branch-east'],
      { rule: 'east-post-allow', subtype: 'spyware' },
      {
        source: 'running-config',
        profileName: 'strict',
        groupName: 'shared-group',
        profileLocation: 'predefined',
      },
    ],
    [
      'shared pre-rulebase',
      ['branch-east'],
      { rule: 'shared-pre-allow' },
      {
        source: 'running-config',
        profileName: 'shared-vp',
        groupName: 'shared-group',
        ruleLocation: 'shared (pre-rulebase)',
        profileLocation: 'shared',
      },
    ],
    [
      'shared post-rulebase, without a device group',
      undefined,
      { rule: 'shared-post-allow' },
      {
        source: 'running-config',
        profileName: 'default',
        ruleLocation: 'shared (post-rulebase)',
        profileLocation: 'predefined',
      },
    ],
    [
      'a sibling device group rule is not visible',
      ['branch-east'],
      { rule: 'west-allow' },
      { source: 'log-only', reason: /not in the running configuration/ },
    ],
    [
      'without a device group only shared is searched',
      undefined,
      { rule: 'east-allow-web' },
      { source: 'log-only', reason: /device group is not known/ },
    ],
  ];

  it.each(cases)('%s', async (_name, chain, overrides, expected) => {
    const result = await resolveFromRunningConfig(threatEntry(overrides), panoramaCtx(chain));
    expect(result.source).toBe(expected.source);
    for (const key of ['profileName', 'groupName', 'ruleLocation', 'profileLocation'] as const) {
      if (expected[key] !== undefined) expect(result[key], key).toBe(expected[key]);
    }
    if (expected.reason) expect(result.unknownReason).toMatch(expected.reason);
  });

  it('searches the device group alone when its parents cannot be read', async () => {
    const show = fakeShowConfig(panorama);
    const showConfig = async (xpath: string) => {
      if (xpath.endsWith('/parent-dg')) throw new Error('not allowed');
      return show(xpath);
    };
    const ctx = { showConfig, product: 'panorama' as const, deviceGroupChain: ['branch-east'] };
    const own = await resolveFromRunningConfig(threatEntry({ rule: 'east-allow-web' }), ctx);
    expect(own.profileName).toBe('east-vp');
    const parent = await resolveFromRunningConfig(threatEntry({ rule: 'branches-allow-web' }), ctx);
    expect(parent.unknownReason).toMatch(
      /parents of device group "branch-east" could not be read \(not allowed\)/,
    );
  });

  it('finds the device group from the log\'s serial when the page names none (Panorama "All")', async () => {
    const ctx = panoramaCtx(undefined);
    const own = await resolveFromRunningConfig(
      threatEntry({ rule: 'east-allow-web', serial: '013201000002' }),
      ctx,
    );
    expect(own).toMatchObject({ source: 'running-config', profileName: 'east-vp' });
    expect(own.ruleLocation).toBe('device group "branch-east" (pre-rulebase)');
    // The groups' device lists are asked in hierarchy order, stopping at the one that lists it.
    const asked = ctx.showConfig.calls.filter((xpath) => xpath.includes("/devices/entry[@name='0"));
    expect(asked.map((xpath) => /device-group\/entry\[@name='([^']+)'\]/.exec(xpath)?.[1])).toEqual([
      'branches',
      'branch-east',
    ]);
    const inherited = await resolveFromRunningConfig(
      threatEntry({ rule: 'branches-allow-web', serial: '013201000001' }),
      ctx,
    );
    expect(inherited).toMatchObject({
      source: 'running-config',
      ruleLocation: 'device group "branches" (pre-rulebase)',
    });
  });

  it('says so when no device group lists the serial, and searches shared only', async () => {
    const result = await resolveFromRunningConfig(
      threatEntry({ rule: 'east-allow-web', serial: '099999999999' }),
      panoramaCtx(undefined),
    );
    expect(result.source).toBe('log-only');
    expect(result.unknownReason).toMatch(/device group is not known/);
  });

  it('reads the hierarchy once when given only the device group', async () => {
    const ctx = panoramaCtx(['branch-east']);
    await resolveFromRunningConfig(threatEntry({ rule: 'branches-allow-web' }), ctx);
    expect(ctx.showConfig.calls.filter((xpath) => xpath.endsWith('/parent-dg'))).toHaveLength(2);
  });
});
