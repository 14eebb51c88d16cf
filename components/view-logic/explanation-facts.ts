// Labelled facts of an Explanation, in display order. The side panel and the text/Markdown
// exports both read these, so a label or an order changes in one place.

import type {
  Explanation,
  ProfileResolution,
  ThreatFacts,
  TrafficFacts,
  Verdict,
} from '../../lib/panos/types';

export type FactKey =
  | 'threat-name'
  | 'threat-id'
  | 'subtype'
  | 'category'
  | 'severity'
  | 'direction'
  | 'action'
  | 'time'
  | 'url-or-file'
  | 'profile-type'
  | 'profile-name'
  | 'group'
  | 'rule'
  | 'rule-location'
  | 'profile-location'
  | 'source'
  | 'unknown-reason'
  | 'session-id'
  | 'device'
  | 'device-group'
  | 'flow'
  | 'zones'
  | 'app'
  | 'start'
  | 'receive-time'
  | 'traffic-action'
  | 'end-reason'
  | 'answer-threat'
  | 'answer-profile'
  | 'answer-rule';

export interface Fact {
  key: FactKey;
  label: string;
  value: string;
}

const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  'blocked-by-profile': 'Ended by a Security Profile',
  'zone-dos': 'Ended by Zone Protection or DoS Protection',
  'no-ending-entry': 'Threat entries found, none of them session-ending',
  'no-threat-log': 'No threat log entry found for this session',
};

export function verdictLabel(verdict: Verdict): string {
  return VERDICT_LABELS[verdict] ?? verdict;
}

const SOURCE_LABELS: Readonly<Record<ProfileResolution['source'], string>> = {
  'exception-profiles': "The firewall's threat exception lookup (current profile)",
  'running-config': "The rule's profile settings in the running configuration",
  'log-only': 'The threat log alone (profile type and rule)',
};

export function profileSourceLabel(source: ProfileResolution['source']): string {
  return SOURCE_LABELS[source] ?? source;
}

/** Keep only facts that have something to say. */
function present(facts: Fact[]): Fact[] {
  return facts.filter((fact) => fact.value.trim() !== '');
}

export function threatFacts(threat: ThreatFacts): Fact[] {
  return present([
    { key: 'threat-name', label: 'Threat', value: threat.name },
    { key: 'threat-id', label: 'Threat ID', value: threat.id },
    { key: 'subtype', label: 'Type', value: threat.subtype },
    { key: 'category', label: 'Category', value: threat.category },
    { key: 'severity', label: 'Severity', value: threat.severity },
    { key: 'direction', label: 'Direction', value: threat.direction },
    { key: 'action', label: 'Action', value: threat.action },
    { key: 'time', label: 'Time', value: threat.time },
    { key: 'url-or-file', label: 'URL or file', value: threat.urlOrFile },
  ]);
}

export function profileFacts(profile: ProfileResolution, typeLabel: string | null): Fact[] {
  return present([
    { key: 'profile-type', label: 'Profile type', value: typeLabel ?? profile.profileType ?? '' },
    { key: 'profile-name', label: 'Profile name', value: profile.profileName ?? '' },
    { key: 'group', label: 'Profile group', value: profile.groupName ?? '' },
    { key: 'rule', label: 'Security rule', value: profile.rule },
    { key: 'rule-location', label: 'Rule location', value: profile.ruleLocation ?? '' },
    { key: 'profile-location', label: 'Profile location', value: profile.profileLocation ?? '' },
    { key: 'source', label: 'Found through', value: profileSourceLabel(profile.source) },
    { key: 'unknown-reason', label: 'Why the name is unknown', value: profile.unknownReason ?? '' },
  ]);
}

function deviceText(traffic: TrafficFacts): string {
  if (traffic.deviceName !== '' && traffic.serial !== '') return `${traffic.deviceName} (${traffic.serial})`;
  return traffic.deviceName || traffic.serial;
}

function flowText(traffic: TrafficFacts): string {
  if (traffic.src === '' && traffic.dst === '') return '';
  const port = traffic.dport === '' ? '' : `:${traffic.dport}`;
  return `${traffic.src || '?'} → ${traffic.dst || '?'}${port}`;
}

function zonesText(traffic: TrafficFacts): string {
  if (traffic.from === '' && traffic.to === '') return '';
  return `${traffic.from || '?'} → ${traffic.to || '?'}`;
}

export function trafficFacts(traffic: TrafficFacts): Fact[] {
  return present([
    { key: 'session-id', label: 'Session ID', value: traffic.sessionid },
    { key: 'device', label: 'Device', value: deviceText(traffic) },
    { key: 'device-group', label: 'Device group', value: traffic.deviceGroup ?? '' },
    { key: 'flow', label: 'Source → destination', value: flowText(traffic) },
    { key: 'zones', label: 'Zones', value: zonesText(traffic) },
    { key: 'app', label: 'Application', value: traffic.app },
    { key: 'rule', label: 'Rule', value: traffic.rule },
    { key: 'start', label: 'Start time', value: traffic.start },
    { key: 'receive-time', label: 'Receive time', value: traffic.receiveTime },
    { key: 'traffic-action', label: 'Action', value: traffic.action },
    { key: 'end-reason', label: 'Session End Reason', value: traffic.sessionEndReason },
  ]);
}

/** Warnings to show, the config-changed one first. */
export function allWarnings(explanation: Explanation): string[] {
  const warnings = [...explanation.warnings];
  if (explanation.profile?.configChanged) {
    const text = 'Config changed since this log: profile shown as now.';
    // The explainer may have said so already, in its own words.
    if (!warnings.some((warning) => /configuration changed/i.test(warning))) warnings.unshift(text);
  }
  return warnings;
}

function threatLine(e: Explanation): string {
  if (!e.threat) return e.verdict === 'no-threat-log' ? 'No log entry found' : 'None of the entries ended it';
  const name = e.threat.name || 'Unnamed threat';
  return e.threat.id ? `${name} (ID ${e.threat.id})` : name;
}

function profileLine(e: Explanation): string {
  if (e.verdict === 'zone-dos') return 'Zone Protection / DoS Protection (not a profile on the rule)';
  if (!e.profileTypeLabel) return 'Not known';
  const name = e.profile?.profileName ? ` "${e.profile.profileName}"` : ' (name not known)';
  const group = e.profile?.groupName ? `, in profile group "${e.profile.groupName}"` : '';
  return `${e.profileTypeLabel}${name}${group}`;
}

function ruleLine(e: Explanation): string {
  const rule = e.profile?.rule || e.traffic.rule;
  if (!rule) return '';
  return e.profile?.ruleLocation ? `${rule} (${e.profile.ruleLocation})` : rule;
}

/** The panel's three facts, answer first: threat, profile type and name, rule. */
export function answerFacts(e: Explanation): Fact[] {
  return present([
    { key: 'answer-threat', label: 'Threat', value: threatLine(e) },
    {
      key: 'answer-profile',
      label: e.verdict === 'zone-dos' ? 'Ended by' : 'Profile',
      value: profileLine(e),
    },
    { key: 'answer-rule', label: 'Rule', value: ruleLine(e) },
  ]);
}
