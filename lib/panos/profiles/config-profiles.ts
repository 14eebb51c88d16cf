// Reads which Security Profiles a rule attaches: its `profile-setting` holds either a profile
// group or one profile per type, or is absent (reference section 5). Profile groups hold the
// same per-type elements as `profile-setting/profiles`.

import { profileTypeOfSettingElement, type RuleProfileType } from './profile-types';

export type ProfilesByType = Partial<Record<RuleProfileType, string>>;

export type ProfileSetting =
  | { kind: 'group'; group: string }
  | { kind: 'profiles'; byType: ProfilesByType }
  | { kind: 'none' };

function childElements(parent: Element, name?: string): Element[] {
  return Array.from(parent.children).filter((child) => name === undefined || child.tagName === name);
}

/** The first `<member>` text of an element, or the element's own text (older forms). */
function memberText(element: Element): string {
  const member = childElements(element, 'member')[0];
  return (member ?? element).textContent?.trim() ?? '';
}

/** Per-type profile names from the children of `profiles` (rule) or of a group entry. */
export function readProfilesByType(container: Element): ProfilesByType {
  const byType: ProfilesByType = {};
  for (const child of childElements(container)) {
    const type = profileTypeOfSettingElement(child.tagName);
    const name = type ? memberText(child) : '';
    if (type && name) byType[type] = name;
  }
  return byType;
}

/** A rule entry's profile-setting. An empty group or empty profiles count as none. */
export function readProfileSetting(rule: Element): ProfileSetting {
  const setting = childElements(rule, 'profile-setting')[0];
  if (!setting) return { kind: 'none' };
  const group = childElements(setting, 'group')[0];
  const groupName = group ? memberText(group) : '';
  if (groupName) return { kind: 'group', group: groupName };
  const profiles = childElements(setting, 'profiles')[0];
  const byType = profiles ? readProfilesByType(profiles) : {};
  return Object.keys(byType).length > 0 ? { kind: 'profiles', byType } : { kind: 'none' };
}

/** The profiles a profile-group entry holds, per type. */
export function readProfileGroup(group: Element): ProfilesByType {
  return readProfilesByType(group);
}
