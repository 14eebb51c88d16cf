// Threat log actions (reference sections 7 and 9): what each did to the traffic, whether it ends
// the session (which is what explains Session End Reason threat), and which profile logs it.

import type { EndsSession, GlossaryEntry } from './entry';

const UDP_NOTE = 'For UDP, the firewall drops the packets instead of sending a reset.';
const URL_ONLY = 'A URL Filtering profile (url subtype only)';

function action(value: string, endsSession: EndsSession, meaning: string, producedBy: string): GlossaryEntry {
  return { kind: 'threat-action', value, meaning, endsSession, producedBy, documented: true };
}

export const THREAT_ACTION_ENTRIES: readonly GlossaryEntry[] = [
  action(
    'alert',
    'no',
    'The firewall logged the threat and let the traffic continue.',
    'Any Security Profile',
  ),
  action(
    'allow',
    'no',
    'The firewall let the traffic through; the entry records what was seen (for example a flood alert).',
    'Any Security Profile, Zone Protection',
  ),
  action(
    'deny',
    'yes',
    'The firewall denied the traffic (for example a protection whose configured action denies).',
    'Security Profiles, Zone / DoS Protection',
  ),
  action(
    'drop',
    'yes',
    'The firewall silently dropped the packets and ended the session; no reset was sent.',
    'Antivirus, Anti-Spyware, Vulnerability Protection, Zone / DoS Protection',
  ),
  action(
    'drop-all-packets',
    'unknown',
    'The firewall dropped all packets of the session.',
    'Zone Protection (packet-based attack protection), older Security Profile settings',
  ),
  action(
    'reset-client',
    'yes',
    `The firewall sent a TCP reset to the client and ended the session. ${UDP_NOTE}`,
    'Antivirus, Anti-Spyware, Vulnerability Protection',
  ),
  action(
    'reset-server',
    'yes',
    `The firewall sent a TCP reset to the server and ended the session. ${UDP_NOTE}`,
    'Antivirus, Anti-Spyware, Vulnerability Protection',
  ),
  action(
    'reset-both',
    'yes',
    `The firewall sent a TCP reset to both client and server and ended the session. ${UDP_NOTE}`,
    'Antivirus, Anti-Spyware, Vulnerability Protection',
  ),
  action(
    'block-url',
    'yes',
    'The firewall blocked the web request because its URL category is set to block, and showed a block page where it could.',
    'A URL Filtering profile',
  ),
  action(
    'block-ip',
    'yes',
    'The firewall blocked the traffic and keeps blocking the source, or the source-destination pair, for the configured time.',
    'Anti-Spyware, Vulnerability Protection, Zone / DoS Protection',
  ),
  action(
    'random-drop',
    'no',
    'A flood threshold was crossed and the firewall dropped packets at random (Random Early Drop).',
    'Zone Protection / DoS Protection (flood protection)',
  ),
  action(
    'sinkhole',
    'unknown',
    'DNS sinkhole: the firewall answered a DNS query for a malicious domain with the sinkhole address, so the infected host can be found.',
    'Anti-Spyware (DNS signatures, DNS Security)',
  ),
  action(
    'syncookie-sent',
    'no',
    'A SYN flood threshold was crossed and the firewall answered with SYN cookies.',
    'Zone Protection / DoS Protection (SYN flood)',
  ),
  action(
    'block-continue',
    'yes',
    'The firewall blocked the web request and showed a Continue page: the user may click through to proceed.',
    URL_ONLY,
  ),
  action(
    'continue',
    'no',
    'The user clicked Continue on the block page, and the request was allowed.',
    URL_ONLY,
  ),
  action(
    'block-override',
    'yes',
    'The firewall blocked the web request and showed an override page that asks for an administrator password.',
    URL_ONLY,
  ),
  action(
    'override-lockout',
    'no',
    'Too many wrong override passwords came from this source, which is now locked out of the override page.',
    URL_ONLY,
  ),
  action(
    'override',
    'no',
    'The correct override password was given on the block page, and the request was allowed.',
    URL_ONLY,
  ),
  action(
    'block',
    'yes',
    'The firewall blocked the file or data and ended the session. In the WildFire Submissions log, block is the WildFire action: the file was blocked and uploaded.',
    'WildFire (WildFire Submissions log); File Blocking and Data Filtering',
  ),
];

const rule = (value: string, endsSession: EndsSession, meaning: string): GlossaryEntry => ({
  kind: 'rule-action',
  value,
  meaning,
  endsSession,
  producedBy: 'The security rule (Policies > Security)',
  documented: true,
});

/** The Action column of the traffic log: the security rule's decision. */
export const RULE_ACTION_ENTRIES: readonly GlossaryEntry[] = [
  rule(
    'allow',
    'no',
    'The security rule let the session start. A Security Profile on that rule may still end it: then the Session End Reason is threat.',
  ),
  rule('deny', 'yes', "The rule denied the session, with the application's default deny behaviour."),
  rule('drop', 'yes', 'The rule silently dropped the session.'),
  rule(
    'drop-icmp',
    'yes',
    'The rule dropped the session and sent an ICMP unreachable message to the client.',
  ),
  rule('reset-client', 'yes', `The rule sent a TCP reset to the client. ${UDP_NOTE}`),
  rule('reset-server', 'yes', `The rule sent a TCP reset to the server. ${UDP_NOTE}`),
  rule('reset-both', 'yes', `The rule sent a TCP reset to both ends. ${UDP_NOTE}`),
];
