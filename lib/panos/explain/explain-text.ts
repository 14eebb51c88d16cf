// The sentences of an Explanation. Log fields go in as TEXT (the UI renders text, never markup),
// quoted with straight double quotes; control characters are flattened so that one field cannot
// forge extra lines.

import { PROFILE_TYPE_LABELS } from '../profiles/profile-types';
import type { ProfileResolution, ProfileType, RulePlace, ThreatEntry, Verdict } from '../types';

export function quote(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: flattening control characters is the point
  return `"${text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim()}"`;
}

export function typeLabel(type: ProfileType | null): string {
  return type ? PROFILE_TYPE_LABELS[type] : 'Security';
}

const article = (label: string) => (/^[AEIO]/.test(label) ? 'an' : 'a');

/** A reason sentence fit to follow a colon: no final period, lower-case start unless an acronym. */
function asClause(reason: string): string {
  const trimmed = reason.trim().replace(/\.$/, '');
  return /^[A-Z][a-z]/.test(trimmed) ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1) : trimmed;
}

export interface HeadlineInput {
  verdict: Verdict;
  blocking: ThreatEntry | null;
  profile: ProfileResolution | null;
  rule: string;
}

function blockedHeadline(profile: ProfileResolution | null, type: ProfileType | null, rule: string): string {
  const label = typeLabel(type);
  const onRule = rule ? ` on rule ${quote(rule)}` : '';
  if (profile?.profileName) {
    const attached = profile.groupName ? ` (profile group ${quote(profile.groupName)}${onRule})` : onRule;
    return `Blocked by ${label} profile ${quote(profile.profileName)}${attached}`;
  }
  const reason = profile?.unknownReason ? asClause(profile.unknownReason) : 'the profile was not looked up';
  return `Blocked by ${article(label)} ${label} profile${onRule} (profile name not known: ${reason})`;
}

export function headline(input: HeadlineInput, type: ProfileType | null): string {
  switch (input.verdict) {
    case 'blocked-by-profile':
      return blockedHeadline(input.profile, type, input.rule);
    case 'zone-dos':
      return `Ended by Zone Protection / DoS Protection (${input.blocking?.subtype ?? 'flood'}), not by a profile on the rule`;
    case 'no-ending-entry':
      return 'Threat log entries found for this session, but none of them ended it';
    case 'no-threat-log':
      return 'No threat log found for this session';
  }
}

export function summary(blocking: ThreatEntry | null, others: ThreatEntry[], sessionid: string): string {
  if (blocking) {
    const name = blocking.threatName ? quote(blocking.threatName) : 'Threat';
    const parts = [blocking.threatId ? `${name} (ID ${blocking.threatId})` : name];
    if (blocking.severity) parts.push(`severity ${blocking.severity}`);
    if (blocking.action) parts.push(`action ${blocking.action}`);
    return parts.join(', ');
  }
  if (others.length > 0) {
    const actions = [...new Set(others.map((entry) => entry.action).filter(Boolean))].join(', ');
    const count = others.length === 1 ? '1 threat entry' : `${others.length} threat entries`;
    return `${count}, none session-ending${actions ? ` (actions: ${actions})` : ''}`;
  }
  return sessionid ? `No threat entry matched session ${sessionid}` : 'No threat entry matched this session';
}

export function whyAllow(
  verdict: Verdict,
  rule: string,
  blocking: ThreatEntry | null,
  profileWords: string,
): string {
  const ruleWords = rule ? `The security rule ${quote(rule)}` : 'The security rule';
  const base = `${ruleWords} allowed this session, so its traffic log keeps the rule's action, allow: PAN-OS writes the traffic log when the session ends, and the Action column records the rule's decision, not what happened later.`;
  const threat = blocking?.threatName ? ` ${quote(blocking.threatName)}` : ' a threat';
  const action = blocking?.action ? ` with ${blocking.action}` : '';
  switch (verdict) {
    case 'blocked-by-profile':
      return `${base} ${profileWords} attached to that rule then detected${threat} and ended the session${action}.`;
    case 'zone-dos':
      return `${base} Zone Protection / DoS Protection, which works on zones and DoS policy rather than on the security rule, then detected${threat} and ended the session${action}.`;
    case 'no-ending-entry':
      return `${base} Session End Reason threat says a threat then ended the session (a Security Profile on that rule, or Zone / DoS Protection), but none of the entries found for it has a session-ending action.`;
    case 'no-threat-log':
      return `${base} Session End Reason threat says a threat then ended the session (a Security Profile on that rule, or Zone / DoS Protection), but no log entry saying which one was found.`;
  }
}

const MENU: Readonly<Record<ProfileType, string>> = {
  vulnerability: 'Objects > Security Profiles > Vulnerability Protection',
  'anti-spyware': 'Objects > Security Profiles > Anti-Spyware',
  antivirus: 'Objects > Security Profiles > Antivirus',
  'wildfire-analysis': 'Objects > Security Profiles > WildFire Analysis',
  'url-filtering': 'Objects > Security Profiles > URL Filtering',
  'file-blocking': 'Objects > Security Profiles > File Blocking',
  'data-filtering': 'Objects > Security Profiles > Data Filtering',
  'zone-dos-protection': 'Network > Network Profiles > Zone Protection',
};

function falsePositiveStep(
  type: ProfileType | null,
  blocking: ThreatEntry,
  profileRef: string,
): string | null {
  const id = blocking.threatId ? ` for threat ID ${blocking.threatId}` : '';
  switch (type) {
    case 'vulnerability':
    case 'anti-spyware':
    case 'antivirus':
      return `If this is a false positive, add a threat exception${id} in ${profileRef} (in Monitor > Logs > Threat, open the entry and add the exception there, or use the profile's Exceptions tab).`;
    case 'url-filtering': {
      const category = blocking.urlCategory ? ` category ${quote(blocking.urlCategory)}` : ' category';
      return `If the site should be reachable, check the action for its URL${category} in ${profileRef}, or list the site in a custom URL category that is allowed.`;
    }
    case 'file-blocking':
      return `If the file should pass, check which File Blocking rule in ${profileRef} matches its file type, application and direction.`;
    case 'data-filtering':
      return `If the data should pass, check the data pattern and threshold in ${profileRef}.`;
    default:
      return null;
  }
}

const RULEBASE_WORDS = { 'pre-rulebase': 'Pre Rules', 'post-rulebase': 'Post Rules', rulebase: '' } as const;

/** Where to edit the rule: on a firewall for its own rules, on Panorama for the rest (reference section 9). */
function ruleStep(rule: string, profile: ProfileResolution | null): string {
  const named = `rule ${quote(rule)}`;
  const where: RulePlace | null | undefined = profile?.rulePlace;
  const rulebase = where ? RULEBASE_WORDS[where.rulebase] : '';
  const list = `Policies > Security${rulebase ? ` > ${rulebase}` : ''}`;
  switch (where?.place.kind) {
    case 'pushed':
      return `Edit ${named} in Panorama, not in Policies on this firewall: it was pushed from Panorama (${list} of the device group that manages this firewall), so it can only be changed there and pushed again. It attaches the profile.`;
    case 'device-group':
      return `Edit ${named} on Panorama in ${list} with device group ${quote(where.place.name)} selected: it attaches the profile. Commit on Panorama and push to that device group for a change to apply.`;
    case 'shared':
      if (where.place.panorama) {
        return `Edit ${named} on Panorama in ${list}, location Shared: it attaches the profile, for every device group. Commit on Panorama and push for a change to apply.`;
      }
      break;
  }
  const location = profile?.ruleLocation ? ` (${profile.ruleLocation})` : '';
  return `Check ${named}${location} in Policies > Security: it attaches the profile.`;
}

/** Profiles that live on Panorama (a device group, or Panorama's shared) are edited there. */
function profileWhere(profile: ProfileResolution | null): string {
  const location = profile?.profileLocation;
  if (!location) return '';
  const place = profile?.rulePlace?.place;
  const onPanorama = place?.kind === 'device-group' || (place?.kind === 'shared' && place.panorama);
  if (onPanorama && location !== 'predefined') return ` (${location}, on Panorama)`;
  if (place?.kind === 'pushed' && location.includes('Panorama')) return ` (${location}: edit it in Panorama)`;
  return ` (${location})`;
}

export interface NextStepsInput {
  verdict: Verdict;
  type: ProfileType | null;
  profile: ProfileResolution | null;
  blocking: ThreatEntry | null;
  rule: string;
  fromZone: string;
  sessionid: string;
}

export function nextSteps(input: NextStepsInput): string[] {
  const { verdict, type, profile, blocking } = input;
  const sessionFilter = input.sessionid ? ` with the filter ( sessionid eq ${input.sessionid} )` : '';
  if (verdict === 'zone-dos') {
    const zone = input.fromZone ? ` of the ingress zone ${quote(input.fromZone)}` : ' of the ingress zone';
    return [
      `Check the Zone Protection profile${zone} (${MENU['zone-dos-protection']}) and any DoS Protection rule (Policies > DoS Protection) for the ${blocking?.subtype ?? 'flood'} protection that fired.`,
      'If the traffic is legitimate, review the thresholds of that protection rather than the security rule.',
    ];
  }
  if (verdict !== 'blocked-by-profile' || !blocking) {
    return [
      "Open the Detailed Log View (the magnifier at the row's left): its lower panel lists the logs related to this session.",
      `Search Monitor > Logs > Threat, URL Filtering and Data Filtering${sessionFilter}, over a time range that covers the session.`,
    ];
  }
  const label = typeLabel(type);
  const name = profile?.profileName ? ` ${quote(profile.profileName)}` : '';
  const where = profileWhere(profile);
  const profileRef = `the ${label} profile${name}`;
  const steps = [
    type ? `Review ${profileRef}${where} in ${MENU[type]}.` : `Review the Security Profiles on the rule.`,
  ];
  const falsePositive = falsePositiveStep(type, blocking, profileRef);
  if (falsePositive) steps.push(falsePositive);
  if (input.rule) steps.push(ruleStep(input.rule, profile));
  return steps;
}

export const NOT_FOUND_REASONS: readonly string[] = [
  'The threat was not logged: logging may be off for that profile, action or severity, or the logs are forwarded elsewhere (Log Forwarding profile).',
  'The threat log rolled over or was purged (log storage quotas and retention).',
  'The threat was logged in another virtual system or on another device.',
  'The threat entry falls outside the time window searched (from the session start to the traffic log).',
  'Your administrator role may not allow reading the threat log.',
];
