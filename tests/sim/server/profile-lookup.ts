// What MonitorDirect.getThreatExceptionProfiles answers: every profile of the threat subtype's
// profile type visible at a location, with `current` on the one the named rule uses (directly
// or through its profile group). Names resolve vsys -> shared on a firewall (pushed objects
// from Panorama in between), device group -> ancestors -> shared on Panorama.

import { PREDEFINED_PROFILES, type ProfileKind, type RuleDef, type Scenario } from '../scenarios/types';
import { PUSHED_LOCATION } from './config-xml';

export interface ExceptionProfile {
  id: string;
  name: string;
  location: string;
  selected: boolean;
  current: boolean;
}

export interface ExceptionProfileArgs {
  vsys?: string;
  rule?: string;
  subtype?: string;
  location?: string;
}

const KIND_BY_SUBTYPE: Record<string, ProfileKind> = {
  vulnerability: 'vulnerability',
  spyware: 'spyware',
  virus: 'virus',
  'wildfire-virus': 'virus',
  'ml-virus': 'virus',
  wildfire: 'wildfire-analysis',
  url: 'url-filtering',
  file: 'file-blocking',
  data: 'data-filtering',
};

const PREDEFINED = 'predefined';

/** Locations searched from `location` outwards, nearest first. */
export function scopeChain(scenario: Scenario, location: string): string[] {
  if (scenario.product === 'firewall') {
    const vsys = location && location !== 'shared' ? [location] : [];
    return [...vsys, PUSHED_LOCATION, 'shared'];
  }
  const chain: string[] = [];
  let current = scenario.deviceGroups?.find((dg) => dg.name === location);
  while (current && !chain.includes(current.name)) {
    chain.push(current.name);
    const parent = current.parent;
    current = parent ? scenario.deviceGroups?.find((dg) => dg.name === parent) : undefined;
  }
  return [...chain, 'shared'];
}

function findRule(scenario: Scenario, name: string, chain: string[]): RuleDef | undefined {
  for (const location of chain) {
    const rule = scenario.rules.find((r) => r.name === name && r.location === location);
    if (rule) return rule;
  }
  return undefined;
}

/** Where a profile name resolves from a chain: the nearest location defining it, or predefined. */
function profileLocation(
  scenario: Scenario,
  kind: ProfileKind,
  name: string,
  chain: string[],
): string | null {
  const defined = chain.find((location) =>
    scenario.profiles.some((p) => p.kind === kind && p.name === name && p.location === location),
  );
  if (defined) return defined;
  return PREDEFINED_PROFILES[kind].includes(name) ? PREDEFINED : null;
}

/** The profile of `kind` a rule applies, and where its definition lives; null when none. */
export function ruleProfile(
  scenario: Scenario,
  rule: RuleDef,
  kind: ProfileKind,
): { name: string; location: string | null; group: string | null } | null {
  const chain =
    rule.location === PUSHED_LOCATION ? [PUSHED_LOCATION, 'shared'] : scopeChain(scenario, rule.location);
  const setting = rule.profileSetting;
  if (!setting) return null;
  let name: string | undefined;
  let group: string | null = null;
  let nameChain = chain;
  if ('group' in setting) {
    group = setting.group;
    const groupLocation = chain.find((location) =>
      scenario.groups.some((g) => g.name === setting.group && g.location === location),
    );
    name = scenario.groups.find((g) => g.name === setting.group && g.location === groupLocation)?.profiles[
      kind
    ];
    // A group's members resolve from where the group lives (a shared group sees shared objects).
    if (groupLocation) nameChain = chain.slice(chain.indexOf(groupLocation));
  } else name = setting.profiles[kind];
  if (!name) return null;
  return { name, location: profileLocation(scenario, kind, name, nameChain), group };
}

/** The rule's own location when the caller gave none (Panorama logs viewed from "All"). */
function locationOf(scenario: Scenario, args: ExceptionProfileArgs): string {
  const given = scenario.product === 'firewall' ? args.vsys || args.location : args.location;
  if (given) return given;
  const rule = scenario.rules.find((r) => r.name === args.rule && r.location !== PUSHED_LOCATION);
  return (
    rule?.location ?? (scenario.product === 'firewall' ? (scenario.devices[0]?.vsys[0] ?? 'vsys1') : 'shared')
  );
}

export function exceptionProfiles(scenario: Scenario, args: ExceptionProfileArgs): ExceptionProfile[] {
  const kind = KIND_BY_SUBTYPE[args.subtype ?? ''];
  if (!kind) return [];
  const chain = scopeChain(scenario, locationOf(scenario, args));
  const rule = args.rule ? findRule(scenario, args.rule, chain) : undefined;
  const used = rule ? ruleProfile(scenario, rule, kind) : null;
  const visible = [
    ...chain.flatMap((location) =>
      scenario.profiles.filter((p) => p.kind === kind && p.location === location).map((p) => ({ ...p })),
    ),
    ...PREDEFINED_PROFILES[kind].map((name) => ({ kind, name, location: PREDEFINED })),
  ];
  return visible.map((profile) => ({
    id: `${profile.location}/${profile.name}`,
    name: profile.name,
    location: profile.location,
    selected: false,
    current: used !== null && used.name === profile.name && used.location === profile.location,
  }));
}
