// Which Security Profile type a threat log subtype comes from, and where PAN-OS keeps each type
// in a rule's profile-setting and in the config (reference sections 5 and 7). Always map from
// the subtype, never from threat-id ranges: ids are no longer range-coded.

import { normaliseLogValue } from '../logs/threat-actions';
import type { ProfileType } from '../types';

/** The profile types a security rule can attach (all but Zone/DoS Protection). */
export type RuleProfileType = Exclude<ProfileType, 'zone-dos-protection'>;

const PROFILE_TYPE_OF_SUBTYPE: Readonly<Record<string, ProfileType>> = {
  vulnerability: 'vulnerability',
  // Anti-Spyware also logs DNS signature (DNS Security) and sinkhole hits as `spyware`.
  spyware: 'anti-spyware',
  virus: 'antivirus',
  'wildfire-virus': 'antivirus',
  'ml-virus': 'antivirus',
  wildfire: 'wildfire-analysis',
  url: 'url-filtering',
  file: 'file-blocking',
  data: 'data-filtering',
  flood: 'zone-dos-protection',
  scan: 'zone-dos-protection',
  packet: 'zone-dos-protection',
};

/** Every threat subtype this extension knows (reference section 7). */
export const THREAT_SUBTYPES: readonly string[] = Object.keys(PROFILE_TYPE_OF_SUBTYPE);

export const PROFILE_TYPE_LABELS: Readonly<Record<ProfileType, string>> = {
  vulnerability: 'Vulnerability Protection',
  'anti-spyware': 'Anti-Spyware',
  antivirus: 'Antivirus',
  'wildfire-analysis': 'WildFire Analysis',
  'url-filtering': 'URL Filtering',
  'file-blocking': 'File Blocking',
  'data-filtering': 'Data Filtering',
  'zone-dos-protection': 'Zone Protection / DoS Protection',
};

/** The element under a rule's `profile-setting/profiles` (and a profile group entry) per type. */
export const PROFILE_SETTING_ELEMENTS: Readonly<Record<RuleProfileType, string>> = {
  antivirus: 'virus',
  'anti-spyware': 'spyware',
  vulnerability: 'vulnerability',
  'url-filtering': 'url-filtering',
  'file-blocking': 'file-blocking',
  'wildfire-analysis': 'wildfire-analysis',
  'data-filtering': 'data-filtering',
};

/** Where profile objects of a type live, below a vsys, device group or shared. */
export const PROFILE_CONTAINERS: Readonly<Record<RuleProfileType, string>> = {
  antivirus: 'profiles/virus',
  'anti-spyware': 'profiles/spyware',
  vulnerability: 'profiles/vulnerability',
  'url-filtering': 'profiles/url-filtering',
  'file-blocking': 'profiles/file-blocking',
  'wildfire-analysis': 'profiles/wildfire-analysis',
  'data-filtering': 'profiles/data-filtering',
};

/** Profiles PAN-OS ships (they are not in the running config's profile containers). */
export const PREDEFINED_PROFILES: Readonly<Record<RuleProfileType, readonly string[]>> = {
  antivirus: ['default'],
  'anti-spyware': ['default', 'strict'],
  vulnerability: ['default', 'strict'],
  'url-filtering': ['default'],
  'file-blocking': ['basic file blocking', 'strict file blocking'],
  'wildfire-analysis': ['default'],
  'data-filtering': [],
};

export const RULE_PROFILE_TYPES = Object.keys(PROFILE_SETTING_ELEMENTS) as RuleProfileType[];

/** The profile type of a threat subtype, or null when the subtype is unknown. */
export function profileTypeOfSubtype(subtype: string): ProfileType | null {
  const key = normaliseLogValue(subtype);
  return Object.hasOwn(PROFILE_TYPE_OF_SUBTYPE, key) ? (PROFILE_TYPE_OF_SUBTYPE[key] ?? null) : null;
}

export function profileTypeLabel(type: ProfileType): string {
  return PROFILE_TYPE_LABELS[type];
}

export function isRuleProfileType(type: ProfileType | null): type is RuleProfileType {
  return type !== null && type !== 'zone-dos-protection';
}

/** The type whose profile-setting element is `elementName` ('virus' -> antivirus), or null. */
export function profileTypeOfSettingElement(elementName: string): RuleProfileType | null {
  return RULE_PROFILE_TYPES.find((type) => PROFILE_SETTING_ELEMENTS[type] === elementName) ?? null;
}

export function isPredefinedProfile(type: RuleProfileType, name: string): boolean {
  return PREDEFINED_PROFILES[type].includes(name);
}
