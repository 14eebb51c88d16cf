// Log types, traffic log types, threat-side subtypes and profile types (reference sections 7 and
// 9): what each is, and which profile or feature writes it.

import { PROFILE_TYPE_LABELS } from '../profiles/profile-types';
import type { ProfileType } from '../types';
import type { GlossaryEntry } from './entry';

const doc = (
  kind: GlossaryEntry['kind'],
  value: string,
  endsSession: GlossaryEntry['endsSession'],
  meaning: string,
  producedBy: string,
): GlossaryEntry => ({ kind, value, meaning, endsSession, producedBy, documented: true });

export const TRAFFIC_TYPE_ENTRIES: readonly GlossaryEntry[] = [
  doc(
    'traffic-type',
    'start',
    'no',
    'Written when the session started (only when the rule logs at session start). Its Session End Reason is n/a.',
    'A security rule with Log at Session Start',
  ),
  doc(
    'traffic-type',
    'end',
    'not-applicable',
    'Written when the session ended: its Session End Reason says why it ended.',
    'A security rule with Log at Session End (the default)',
  ),
  doc(
    'traffic-type',
    'drop',
    'yes',
    'The session was dropped before its application was identified, and no rule allows it.',
    'Security policy',
  ),
  doc(
    'traffic-type',
    'deny',
    'yes',
    'The session was dropped after its application was identified: a rule blocks it, or no rule allows it.',
    'Security policy',
  ),
];

export const LOG_TYPE_ENTRIES: readonly GlossaryEntry[] = [
  doc(
    'log-type',
    'traffic',
    'not-applicable',
    'Monitor > Logs > Traffic: one entry per session (at its end, and at its start when configured), with the rule, its action and the Session End Reason.',
    'Security rules',
  ),
  doc(
    'log-type',
    'threat',
    'not-applicable',
    'Monitor > Logs > Threat: threats that Antivirus, Anti-Spyware and Vulnerability Protection profiles and Zone / DoS Protection detected (subtypes virus, spyware, vulnerability, wildfire-virus, ml-virus, scan, flood, packet).',
    'Antivirus, Anti-Spyware, Vulnerability Protection, Zone / DoS Protection',
  ),
  doc(
    'log-type',
    'url',
    'not-applicable',
    'Monitor > Logs > URL Filtering: web requests a URL Filtering profile logged (subtype url).',
    'URL Filtering profiles',
  ),
  doc(
    'log-type',
    'data',
    'not-applicable',
    'Monitor > Logs > Data Filtering: files (subtype file, from File Blocking) and data patterns (subtype data, from Data Filtering).',
    'File Blocking and Data Filtering profiles',
  ),
  doc(
    'log-type',
    'wildfire',
    'not-applicable',
    'Monitor > Logs > WildFire Submissions: files forwarded to WildFire and their verdicts (subtype wildfire).',
    'WildFire Analysis profiles',
  ),
];

const subtype = (
  value: string,
  type: ProfileType,
  meaning: string,
  endsSession: GlossaryEntry['endsSession'] = 'unknown',
): GlossaryEntry => doc('threat-subtype', value, endsSession, meaning, PROFILE_TYPE_LABELS[type]);

/** Whether an entry of a subtype ended the session depends on its action (except for wildfire). */
export const THREAT_SUBTYPE_ENTRIES: readonly GlossaryEntry[] = [
  subtype(
    'virus',
    'antivirus',
    'A virus found in a file or stream (threat log). Its action says whether the session ended.',
  ),
  subtype(
    'spyware',
    'anti-spyware',
    'Spyware command-and-control traffic, including DNS signature (DNS Security) and sinkhole hits (threat log). Its action says whether the session ended.',
  ),
  subtype(
    'vulnerability',
    'vulnerability',
    'An exploit attempt against a vulnerability (threat log). Its action says whether the session ended.',
  ),
  subtype(
    'wildfire-virus',
    'antivirus',
    'Malware that WildFire already knows, blocked by the Antivirus profile (threat log), not by the WildFire Analysis profile.',
  ),
  subtype(
    'ml-virus',
    'antivirus',
    'Malware found by machine learning in the Antivirus profile (threat log).',
  ),
  subtype(
    'url',
    'url-filtering',
    'A web request whose URL category the profile logs or blocks (URL Filtering log).',
  ),
  subtype('file', 'file-blocking', 'A file type the profile logs or blocks (Data Filtering log).'),
  subtype(
    'data',
    'data-filtering',
    'Sensitive data (a data pattern) the profile found (Data Filtering log).',
  ),
  subtype(
    'wildfire',
    'wildfire-analysis',
    "A file forwarded to WildFire and its verdict (WildFire Submissions log). WildFire Analysis profiles only forward files; the block of known malware is the Antivirus profile's (wildfire-virus).",
    'no',
  ),
  subtype(
    'flood',
    'zone-dos-protection',
    'A flood (SYN, UDP, ICMP...) over the threshold of a zone or DoS rule (threat log). Not attached to a security rule.',
  ),
  subtype(
    'scan',
    'zone-dos-protection',
    'A host or port scan (reconnaissance protection) of a zone (threat log). Not attached to a security rule.',
  ),
  subtype(
    'packet',
    'zone-dos-protection',
    'A packet-based attack (malformed or suspicious packets) a zone protects against (threat log). Not attached to a security rule.',
  ),
];

const PROFILE_TYPE_MEANINGS: Readonly<Record<ProfileType, [string, string]>> = {
  antivirus: [
    'Finds viruses and known malware in files, including WildFire-known malware; can reset, drop or alert.',
    'Attached to security rules; logs to the threat log (virus, wildfire-virus, ml-virus)',
  ],
  'anti-spyware': [
    'Finds spyware command-and-control traffic and malicious DNS queries (DNS Security, sinkhole).',
    'Attached to security rules; logs to the threat log (spyware)',
  ],
  vulnerability: [
    'Stops exploit attempts against client and server vulnerabilities.',
    'Attached to security rules; logs to the threat log (vulnerability)',
  ],
  'url-filtering': [
    'Allows, alerts, blocks or asks to continue/override web requests by URL category.',
    'Attached to security rules; logs to the URL Filtering log (url)',
  ],
  'file-blocking': [
    'Blocks or alerts on file types per application and direction.',
    'Attached to security rules; logs to the Data Filtering log (file)',
  ],
  'data-filtering': [
    'Finds sensitive data patterns (for example card numbers) over a threshold.',
    'Attached to security rules; logs to the Data Filtering log (data)',
  ],
  'wildfire-analysis': [
    'Forwards unknown files to WildFire for analysis; it takes no blocking action itself.',
    'Attached to security rules; logs to the WildFire Submissions log (wildfire)',
  ],
  'zone-dos-protection': [
    'Protects a zone (Zone Protection profile) or hosts (DoS Protection rule) against floods, scans and packet-based attacks.',
    'Network > Network Profiles > Zone Protection and Policies > DoS Protection, not a security rule',
  ],
};

export const PROFILE_TYPE_ENTRIES: readonly GlossaryEntry[] = (
  Object.keys(PROFILE_TYPE_MEANINGS) as ProfileType[]
).map((type) => {
  const [meaning, producedBy] = PROFILE_TYPE_MEANINGS[type];
  const endsSession = type === 'wildfire-analysis' ? 'no' : 'yes';
  return doc('profile-type', PROFILE_TYPE_LABELS[type], endsSession, meaning, producedBy);
});
