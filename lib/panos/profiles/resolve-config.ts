// Names the profile behind a threat from the running config (reference section 8, step 3): find
// the log's rule (by rule_uuid, else by name), read its profile-setting (a group or profiles),
// and locate the profile object. Whatever cannot be known ends in a 'log-only' answer that
// says why, in plain words.

import type { ProfileResolution, RulePlace, ThreatEntry } from '../types';
import { readProfileGroup, readProfileSetting } from './config-profiles';
import {
  isPredefinedProfile,
  isRuleProfileType,
  profileTypeLabel,
  profileTypeOfSubtype,
  type RuleProfileType,
} from './profile-types';
import {
  type ConfigLayout,
  type ConfigLayoutContext,
  configLayout,
  ruleLocationLabel,
} from './resolve-config-layout';
import type { ConfigScope } from './resolve-config-scopes';

export interface RunningConfigContext extends ConfigLayoutContext {
  /** The firewall's current config version, when known: compared with the log's config_ver. */
  currentConfigVersion?: string;
}

interface RuleMatch {
  rule: Element;
  scope: ConfigScope;
  location: string;
  rulePlace: RulePlace | null;
}

const quoted = (text: string) => `"${text}"`;
const EDITED_SINCE = 'the rule may have been edited since the log was written';

const VERSION = /^\d{1,15}$/;

/**
 * `config_ver` counts commits. `currentConfigVersion` is the newest version known (a later log was
 * written under it), so a lower logged version means the config changed since this log.
 */
export function configChangedSince(entry: ThreatEntry, currentConfigVersion?: string): boolean {
  const logged = entry.configVer.trim();
  const current = (currentConfigVersion ?? '').trim();
  if (!VERSION.test(logged) || !VERSION.test(current)) return false;
  return Number(logged) < Number(current);
}

/** The newest of some `config_ver` values ('' when none is a version). */
export function newestConfigVersion(versions: Iterable<string>): string {
  let newest = '';
  for (const raw of versions) {
    const version = raw.trim();
    if (VERSION.test(version) && (newest === '' || Number(version) > Number(newest))) newest = version;
  }
  return newest;
}

/** What the log alone says: the profile type and the rule, plus why no name. */
export function logOnlyResolution(
  entry: ThreatEntry,
  reason: string,
  configChanged = false,
): ProfileResolution {
  return {
    profileType: profileTypeOfSubtype(entry.subtype),
    profileName: null,
    groupName: null,
    rule: entry.rule,
    ruleLocation: null,
    profileLocation: null,
    source: 'log-only',
    unknownReason: reason,
    configChanged,
  };
}

async function findRule(entry: ThreatEntry, layout: ConfigLayout): Promise<RuleMatch | null> {
  const matchers: Array<(rule: Element) => boolean> = [];
  if (entry.ruleUuid) matchers.push((rule) => rule.getAttribute('uuid') === entry.ruleUuid);
  // A uuid that is gone may belong to a rule deleted and re-created under the same name.
  if (entry.rule) matchers.push((rule) => rule.getAttribute('name') === entry.rule);
  for (const matches of matchers) {
    for (const nextScope of layout.ruleScopes) {
      const scope = await nextScope();
      if (!scope) continue;
      for (const rulebase of scope.rulebases) {
        const rule = (await scope.rules(rulebase)).find(matches);
        if (rule) {
          const rulePlace = scope.place ? { place: scope.place, rulebase } : null;
          return { rule, scope, location: ruleLocationLabel(scope, rulebase), rulePlace };
        }
      }
    }
  }
  return null;
}

async function locateGroup(scopes: ConfigScope[], name: string) {
  for (const scope of scopes) {
    const group = await scope.profileGroup(name);
    if (group) return { group, scope };
  }
  return null;
}

async function locateProfile(
  scopes: ConfigScope[],
  type: RuleProfileType,
  name: string,
): Promise<string | null> {
  for (const scope of scopes) if (await scope.hasProfile(type, name)) return scope.label;
  return isPredefinedProfile(type, name) ? 'predefined' : null;
}

/** Why no config lookup can name this entry's profile, or null when one may. */
export function unresolvableReason(entry: ThreatEntry): string | null {
  const type = profileTypeOfSubtype(entry.subtype);
  if (type === null) {
    return `PAN-OS logged threat type "${entry.subtype}", which this extension cannot map to a profile type.`;
  }
  if (!isRuleProfileType(type)) {
    return 'Zone Protection and DoS Protection profiles apply to zones and DoS policy rules, not to security rules.';
  }
  if (!entry.rule && !entry.ruleUuid) return 'The threat log names no rule.';
  return null;
}

const labelsOf = (scopes: ConfigScope[]) => scopes.map((scope) => scope.label).join(', ');

export async function resolveFromRunningConfig(
  entry: ThreatEntry,
  ctx: RunningConfigContext,
): Promise<ProfileResolution> {
  const configChanged = configChangedSince(entry, ctx.currentConfigVersion);
  let device: Partial<ProfileResolution> = {};
  const logOnly = (reason: string, known: Partial<ProfileResolution> = {}) => ({
    ...logOnlyResolution(entry, reason, configChanged),
    ...device,
    ...known,
  });
  const type = profileTypeOfSubtype(entry.subtype);
  const unresolvable = unresolvableReason(entry);
  if (unresolvable !== null || !isRuleProfileType(type)) return logOnly(unresolvable ?? '');
  const label = profileTypeLabel(type);
  const ruleName = quoted(entry.rule || entry.ruleUuid);

  const layout = await configLayout(entry, ctx);
  if (layout.deviceGroup !== undefined || layout.notes?.length) {
    device = { deviceGroup: layout.deviceGroup ?? null, notes: layout.notes ?? [] };
  }
  if (layout.localRulesReason) return logOnly(layout.localRulesReason);
  const match = await findRule(entry, layout);
  const gaps = layout.gaps.length > 0 ? ` (${layout.gaps.join('; ')})` : '';
  if (!match) {
    return logOnly(
      `Rule ${ruleName} is not in the running configuration${gaps}: it may have been renamed or deleted since the log was written.`,
    );
  }
  const found = { ruleLocation: match.location, rulePlace: match.rulePlace };
  const scopes = await layout.objectScopes(match.scope);
  const setting = readProfileSetting(match.rule);
  if (setting.kind === 'none') {
    return logOnly(
      `Rule ${ruleName} has no Security Profiles attached now, so the threat cannot have come from a profile on it as it is: ${EDITED_SINCE}.`,
      found,
    );
  }

  let groupName: string | null = null;
  let byType = setting.kind === 'profiles' ? setting.byType : {};
  if (setting.kind === 'group') {
    groupName = setting.group;
    const group = await locateGroup(scopes, setting.group);
    if (!group) {
      return logOnly(
        `Rule ${ruleName} uses profile group ${quoted(setting.group)}, which was not found in ${labelsOf(scopes)}.`,
        { ...found, groupName },
      );
    }
    byType = readProfileGroup(group.group);
  }
  const profileName = byType[type];
  if (!profileName) {
    const holder = groupName ? `Profile group ${quoted(groupName)} on rule ${ruleName}` : `Rule ${ruleName}`;
    return logOnly(`${holder} has no ${label} profile now: ${EDITED_SINCE}.`, { ...found, groupName });
  }
  const profileLocation = await locateProfile(scopes, type, profileName);
  if (!profileLocation) {
    return logOnly(
      `Rule ${ruleName} names ${label} profile ${quoted(profileName)}, but no such profile was found in ${labelsOf(scopes)} or among the predefined profiles.`,
      { ...found, groupName },
    );
  }
  return {
    profileType: type,
    profileName,
    groupName,
    rule: entry.rule || match.rule.getAttribute('name') || '',
    ruleLocation: match.location,
    profileLocation,
    source: 'running-config',
    unknownReason: null,
    configChanged,
    ...device,
    rulePlace: match.rulePlace,
  };
}
