import { describe, expect, it } from 'vitest';
import { threatEntry } from '../../../tests/fixtures/config/entries';
import {
  type ExpectedResolution,
  expectResolution,
} from '../../../tests/fixtures/config/expected-resolution';
import { configFixture, fakeShowConfig } from '../../../tests/fixtures/config/fake-config';
import type { ThreatEntry } from '../types';
import { resolveFromRunningConfig } from './resolve-config';

const panorama = configFixture('panorama-running.xml');
/** Listed in device group branch-east of the fixture. */
const EAST_1 = '013201000001';

function panoramaCtx(deviceGroupChain?: string[]) {
  return { showConfig: fakeShowConfig(panorama), product: 'panorama' as const, deviceGroupChain };
}

describe('resolveFromRunningConfig on Panorama', () => {
  const cases: Array<[string, string[] | undefined, Partial<ThreatEntry>, ExpectedResolution]> = [
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
      { rule: 'shared-post-allow', serial: '' },
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
      { rule: 'east-allow-web', serial: '' },
      { source: 'log-only', reason: /device group is not known/ },
    ],
  ];

  it.each(cases)('%s', async (_name, chain, overrides, expected) => {
    const entry = threatEntry({ serial: EAST_1, ...overrides });
    const result = await resolveFromRunningConfig(entry, panoramaCtx(chain));
    expectResolution(result, expected);
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

  it('a firewall in no device group (from "All"): its rules are its own, so nothing is searched', async () => {
    const ctx = panoramaCtx(undefined);
    const result = await resolveFromRunningConfig(
      threatEntry({ rule: 'shared-pre-allow', serial: '099999999999' }),
      ctx,
    );
    expect(result.source).toBe('log-only');
    expect(result.deviceGroup).toBeNull();
    expect(result.unknownReason).toMatch(/Device 099999999999 is in no device group.*local rules/);
    // A shared rule of the same name is not taken for it: shared rules reach firewalls through a group.
    expect(ctx.showConfig.calls.some((xpath) => xpath.includes('/rulebase/security'))).toBe(false);
  });

  it("viewed from a parent device group: resolves from the firewall's own child group and says so", async () => {
    const result = await resolveFromRunningConfig(
      threatEntry({ rule: 'east-allow-web', serial: EAST_1 }),
      panoramaCtx(['branches']),
    );
    expect(result).toMatchObject({
      source: 'running-config',
      profileName: 'east-vp',
      deviceGroup: 'branch-east',
    });
    expect(result.notes).toEqual([
      'Device 013201000001 belongs to device group "branch-east", not to "branches" that this page shows: its rules and profiles were looked up from "branch-east".',
    ]);
  });

  it("viewed from an unrelated device group: the firewall's own group decides, and the note says so", async () => {
    const result = await resolveFromRunningConfig(
      threatEntry({ rule: 'branches-allow-web', serial: EAST_1 }),
      panoramaCtx(['branch-west']),
    );
    expect(result).toMatchObject({ source: 'running-config', deviceGroup: 'branch-east' });
    expect(result.notes?.[0]).toMatch(/belongs to device group "branch-east", not to "branch-west"/);
  });

  it("viewed from its own device group: no note, and the page's group list is asked first", async () => {
    const ctx = panoramaCtx(['branch-east']);
    const result = await resolveFromRunningConfig(
      threatEntry({ rule: 'east-allow-web', serial: EAST_1 }),
      ctx,
    );
    expect(result).toMatchObject({ deviceGroup: 'branch-east', notes: [] });
    const lists = ctx.showConfig.calls.filter((xpath) => xpath.includes("/devices/entry[@name='0"));
    expect(lists).toHaveLength(1);
  });

  it('listed in no group while the page shows one: resolves there, and says the device was in no list', async () => {
    const result = await resolveFromRunningConfig(
      threatEntry({ rule: 'east-allow-web', serial: '099999999999' }),
      panoramaCtx(['branch-east']),
    );
    expect(result.profileName).toBe('east-vp');
    expect(result.notes?.[0]).toMatch(
      /listed in no device group; its rules were looked up from device group "branch-east"/,
    );
  });

  it('says where the rule sits, for next steps: device group pre/post rules or Panorama shared', async () => {
    const at = async (rule: string) =>
      (await resolveFromRunningConfig(threatEntry({ rule, serial: EAST_1 }), panoramaCtx(['branch-east'])))
        .rulePlace;
    expect(await at('east-allow-web')).toEqual({
      place: { kind: 'device-group', name: 'branch-east' },
      rulebase: 'pre-rulebase',
    });
    expect(await at('branches-post')).toEqual({
      place: { kind: 'device-group', name: 'branches' },
      rulebase: 'post-rulebase',
    });
    expect(await at('shared-pre-allow')).toEqual({
      place: { kind: 'shared', panorama: true },
      rulebase: 'pre-rulebase',
    });
  });

  it('reads the hierarchy once when given only the device group', async () => {
    const ctx = panoramaCtx(['branch-east']);
    await resolveFromRunningConfig(threatEntry({ rule: 'branches-allow-web' }), ctx);
    expect(ctx.showConfig.calls.filter((xpath) => xpath.endsWith('/parent-dg'))).toHaveLength(2);
  });
});
