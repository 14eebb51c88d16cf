import { describe, expect, it } from 'vitest';
import { threatEntry } from '../../tests/fixtures/config/entries';
import { type ExpectedResolution, expectResolution } from '../../tests/fixtures/config/expected-resolution';
import { configFixture, fakeShowConfig } from '../../tests/fixtures/config/fake-config';
import { resolveFromRunningConfig } from './resolve-config';
import type { ThreatEntry } from './types';

const panorama = configFixture('panorama-running.xml');

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
