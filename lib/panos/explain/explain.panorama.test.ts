import { describe, expect, it } from 'vitest';
import { threatEntry, trafficRow } from '../../../tests/fixtures/config/entries';
import type { ProfileResolution, RulePlace } from '../types';
import { explain } from './explain';

function resolution(overrides: Partial<ProfileResolution> = {}): ProfileResolution {
  return {
    profileType: 'vulnerability',
    profileName: 'branch-vp',
    groupName: 'branch-default',
    rule: 'allow-branch-web',
    ruleLocation: 'device group "branches" (pre-rulebase)',
    profileLocation: 'device group "branches"',
    source: 'running-config',
    unknownReason: null,
    configChanged: false,
    ...overrides,
  };
}

const row = trafficRow({ serial: '013201000001', deviceName: 'fw-east-1', rule: 'allow-branch-web' });
const run = (profile: ProfileResolution | null, productNote: string | null = null) =>
  explain({
    row,
    threats: { blocking: threatEntry({ serial: '013201000001', rule: 'allow-branch-web' }), others: [] },
    profile,
    provenance: [],
    productNote,
  });
const steps = (place: RulePlace | null) => run(resolution({ rulePlace: place })).nextSteps.join('\n');

describe('explain on Panorama and for rules pushed from it', () => {
  it("names the device group of the log's firewall with the device", () => {
    const result = run(resolution({ deviceGroup: 'branch-east' }));
    expect(result.traffic).toMatchObject({
      serial: '013201000001',
      deviceName: 'fw-east-1',
      deviceGroup: 'branch-east',
    });
  });

  it.each<[string, RulePlace, RegExp]>([
    [
      'device-group pre rules',
      { place: { kind: 'device-group', name: 'branches' }, rulebase: 'pre-rulebase' },
      /Edit rule "allow-branch-web" on Panorama in Policies > Security > Pre Rules with device group "branches" selected.*push to that device group/,
    ],
    [
      'device-group post rules',
      { place: { kind: 'device-group', name: 'branch-east' }, rulebase: 'post-rulebase' },
      /on Panorama in Policies > Security > Post Rules with device group "branch-east" selected/,
    ],
    [
      "Panorama's shared rules",
      { place: { kind: 'shared', panorama: true }, rulebase: 'pre-rulebase' },
      /on Panorama in Policies > Security > Pre Rules, location Shared/,
    ],
    [
      'a rule pushed to a firewall',
      { place: { kind: 'pushed' }, rulebase: 'post-rulebase' },
      /Edit rule "allow-branch-web" in Panorama, not in Policies on this firewall: it was pushed from Panorama \(Policies > Security > Post Rules of the device group/,
    ],
  ])('next steps say where to edit: %s', (_case, place, expected) => {
    expect(steps(place)).toMatch(expected);
  });

  it("a firewall's own rule stays in Policies on the firewall", () => {
    const text = steps({ place: { kind: 'vsys', name: 'vsys1' }, rulebase: 'rulebase' });
    expect(text).toMatch(
      /Check rule "allow-branch-web" \(device group "branches" \(pre-rulebase\)\) in Policies > Security/,
    );
    expect(text).not.toMatch(/Panorama/);
  });

  it('a profile in a device group is reviewed on Panorama', () => {
    expect(steps({ place: { kind: 'device-group', name: 'branches' }, rulebase: 'pre-rulebase' })).toMatch(
      /Review the Vulnerability Protection profile "branch-vp" \(device group "branches", on Panorama\)/,
    );
  });

  it('tells when the firewall belongs to another device group, and when the product is not known', () => {
    const note =
      'Device 013201000001 belongs to device group "branch-east", not to "branches" that this page shows.';
    const result = run(
      resolution({ notes: [note] }),
      'Threat Lens cannot tell whether this is Panorama or a firewall.',
    );
    expect(result.warnings).toEqual([
      'Threat Lens cannot tell whether this is Panorama or a firewall.',
      note,
    ]);
    // What is certain still stands: the threat, the profile type, the rule, the device.
    expect(result.threat?.name).toBeTruthy();
    expect(result.profileTypeLabel).toBe('Vulnerability Protection');
    expect(result.traffic.serial).toBe('013201000001');
  });
});
