// Generates the device's XML config from scenario data: one document for /api/ type=config,
// and the Panorama-pushed policy a firewall reports with `show config pushed-shared-policy`.

import type { ProfileDef, ProfileGroupDef, ProfileKind, RuleDef, Scenario } from '../scenarios/types';
import { el, members, type XmlNode } from './xml';

/** Element order of profile kinds inside <profiles> and <profile-group> entries. */
export const PROFILE_KINDS: readonly ProfileKind[] = [
  'virus',
  'spyware',
  'vulnerability',
  'url-filtering',
  'file-blocking',
  'wildfire-analysis',
  'data-filtering',
];

/** Objects pushed from Panorama carry this location in scenarios. */
export const PUSHED_LOCATION = 'panorama';

const DEVICE_ENTRY = 'localhost.localdomain';

function profilesNode(profiles: readonly ProfileDef[]): XmlNode {
  const byKind = PROFILE_KINDS.map((kind) => ({ kind, list: profiles.filter((p) => p.kind === kind) }))
    .filter(({ list }) => list.length > 0)
    .map(({ kind, list }) =>
      el(
        kind,
        list.map((profile) =>
          el('entry', [el('description', `Simulated ${kind} profile ${profile.name}`)], {
            name: profile.name,
          }),
        ),
      ),
    );
  return el('profiles', byKind);
}

function groupsNode(groups: readonly ProfileGroupDef[]): XmlNode {
  return el(
    'profile-group',
    groups.map((group) =>
      el(
        'entry',
        PROFILE_KINDS.filter((kind) => group.profiles[kind]).map((kind) =>
          members(kind, [group.profiles[kind] ?? '']),
        ),
        { name: group.name },
      ),
    ),
  );
}

function ruleNode(rule: RuleDef): XmlNode {
  const children: XmlNode[] = [
    members('from', rule.from),
    members('to', rule.to),
    members('source', rule.source),
    members('destination', rule.destination),
    members('application', rule.application),
    members('service', rule.service),
    el('action', rule.action),
  ];
  const setting = rule.profileSetting;
  if (setting && 'group' in setting)
    children.push(el('profile-setting', [members('group', [setting.group])]));
  else if (setting) {
    const kinds = PROFILE_KINDS.filter((kind) => setting.profiles[kind]);
    children.push(
      el('profile-setting', [
        el(
          'profiles',
          kinds.map((kind) => members(kind, [setting.profiles[kind] ?? ''])),
        ),
      ]),
    );
  }
  return el('entry', children, { name: rule.name, uuid: rule.uuid });
}

function rulesNode(rulebase: string, rules: readonly RuleDef[]): XmlNode {
  return el(rulebase, [el('security', [el('rules', rules.map(ruleNode))])]);
}

/** profiles, profile-group and rulebases of one location, in config order (empty parts left out). */
function locationChildren(scenario: Scenario, location: string, rulebases: readonly string[]): XmlNode[] {
  const profiles = scenario.profiles.filter((p) => p.location === location);
  const groups = scenario.groups.filter((g) => g.location === location);
  const parts: XmlNode[] = [];
  if (profiles.length > 0) parts.push(profilesNode(profiles));
  if (groups.length > 0) parts.push(groupsNode(groups));
  for (const rulebase of rulebases) {
    const rules = scenario.rules.filter((r) => r.location === location && r.rulebase === rulebase);
    if (rules.length > 0) parts.push(rulesNode(rulebase, rules));
  }
  return parts;
}

export function buildConfig(scenario: Scenario): XmlNode {
  const attrs = { version: '10.2.0', urldb: 'paloaltonetworks' };
  if (scenario.product === 'panorama') {
    const groups = scenario.deviceGroups ?? [];
    const deviceGroups = groups.map((dg) =>
      el(
        'entry',
        [
          ...locationChildren(scenario, dg.name, ['pre-rulebase', 'post-rulebase']),
          el(
            'devices',
            dg.devices.map((serial) => el('entry', [], { name: serial })),
          ),
        ],
        { name: dg.name },
      ),
    );
    const hierarchy = groups.map((dg, index) =>
      el('entry', [...(dg.parent ? [el('parent-dg', dg.parent)] : []), el('id', String(11 + index))], {
        name: dg.name,
      }),
    );
    return el(
      'config',
      [
        el('devices', [el('entry', [el('device-group', deviceGroups)], { name: DEVICE_ENTRY })]),
        el('shared', locationChildren(scenario, 'shared', ['pre-rulebase', 'post-rulebase'])),
        // Panorama's own settings [inf]; the extension takes it as a hint of Panorama.
        el('panorama', []),
        el('readonly', [
          el('devices', [el('entry', [el('device-group', hierarchy)], { name: DEVICE_ENTRY })]),
        ]),
      ],
      attrs,
    );
  }
  const device = scenario.devices[0];
  const vsysEntries = (device?.vsys ?? ['vsys1']).map((vsys) =>
    el('entry', locationChildren(scenario, vsys, ['rulebase']), { name: vsys }),
  );
  return el(
    'config',
    [
      el('devices', [
        el(
          'entry',
          [
            el('deviceconfig', [el('system', [el('hostname', device?.name ?? 'firewall')])]),
            el('vsys', vsysEntries),
          ],
          { name: DEVICE_ENTRY },
        ),
      ]),
      el('shared', locationChildren(scenario, 'shared', [])),
    ],
    attrs,
  );
}

/** `<policy><panorama>…</panorama></policy>`: the rules and objects Panorama pushed. */
export function buildPushedPolicy(scenario: Scenario): XmlNode {
  const pushed = locationChildren(scenario, PUSHED_LOCATION, ['pre-rulebase', 'post-rulebase']);
  return el('policy', [el('panorama', pushed)]);
}
