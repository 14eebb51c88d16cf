import { describe, expect, it } from 'vitest';
import {
  isPredefinedProfile,
  PROFILE_CONTAINERS,
  PROFILE_SETTING_ELEMENTS,
  PROFILE_TYPE_LABELS,
  profileTypeOfSettingElement,
  profileTypeOfSubtype,
  RULE_PROFILE_TYPES,
  THREAT_SUBTYPES,
} from './profile-types';

describe('profileTypeOfSubtype', () => {
  it.each([
    ['vulnerability', 'vulnerability'],
    ['spyware', 'anti-spyware'],
    ['virus', 'antivirus'],
    ['wildfire-virus', 'antivirus'],
    ['ml-virus', 'antivirus'],
    ['wildfire', 'wildfire-analysis'],
    ['url', 'url-filtering'],
    ['file', 'file-blocking'],
    ['data', 'data-filtering'],
    ['flood', 'zone-dos-protection'],
    ['scan', 'zone-dos-protection'],
    ['packet', 'zone-dos-protection'],
    [' Spyware ', 'anti-spyware'],
    ['mystery', null],
    ['constructor', null],
    ['', null],
  ])('%s -> %s', (subtype, type) => {
    expect(profileTypeOfSubtype(subtype)).toBe(type);
  });

  it('knows every subtype of the reference', () => {
    expect(THREAT_SUBTYPES).toHaveLength(12);
  });
});

describe('profile type tables', () => {
  it('labels every type', () => {
    expect(PROFILE_TYPE_LABELS['zone-dos-protection']).toBe('Zone Protection / DoS Protection');
    expect(PROFILE_TYPE_LABELS.vulnerability).toBe('Vulnerability Protection');
  });

  it('maps setting elements and containers both ways', () => {
    for (const type of RULE_PROFILE_TYPES) {
      expect(profileTypeOfSettingElement(PROFILE_SETTING_ELEMENTS[type])).toBe(type);
      expect(PROFILE_CONTAINERS[type]).toBe(`profiles/${PROFILE_SETTING_ELEMENTS[type]}`);
    }
    expect(profileTypeOfSettingElement('group')).toBeNull();
  });

  it('knows the predefined profiles', () => {
    expect(isPredefinedProfile('vulnerability', 'strict')).toBe(true);
    expect(isPredefinedProfile('anti-spyware', 'strict')).toBe(true);
    expect(isPredefinedProfile('antivirus', 'strict')).toBe(false);
    expect(isPredefinedProfile('file-blocking', 'basic file blocking')).toBe(true);
    expect(isPredefinedProfile('url-filtering', 'default')).toBe(true);
    expect(isPredefinedProfile('data-filtering', 'default')).toBe(false);
  });
});
