// Traffic `session_end_reason` values (reference section 7: PAN-OS Traffic Log Fields, 9.1 and
// later, in priority order; only the highest-priority reason is logged), then the values seen only
// in cloud logging-service schemas, whose meaning on a firewall is not documented.

import type { GlossaryEntry } from './entry';

type EndReason = Omit<GlossaryEntry, 'kind' | 'endsSession' | 'documented'>;

const DOCUMENTED: readonly EndReason[] = [
  {
    value: 'threat',
    meaning:
      'The firewall detected a threat whose action resets, drops or blocks, and ended the session: usually a Security Profile on the rule that allowed it, sometimes Zone / DoS Protection. The log that names the threat is in Monitor > Logs > Threat, URL Filtering or Data Filtering (or the Detailed Log View).',
    producedBy:
      'Security Profiles on the security rule (Antivirus, Anti-Spyware, Vulnerability Protection, URL Filtering, File Blocking, Data Filtering), or Zone / DoS Protection',
  },
  {
    value: 'policy-deny',
    meaning: 'The session matched a security rule whose action denies or drops the traffic.',
    producedBy: 'A security rule (Policies > Security)',
  },
  {
    value: 'decrypt-cert-validation',
    meaning:
      "The session was ended because of the server's certificate (for example expired, from an untrusted issuer, revoked or of unknown status) or because the server asked for client authentication, and the Decryption profile blocks such sessions.",
    producedBy: 'A Decryption profile (Objects > Decryption Profile)',
  },
  {
    value: 'decrypt-unsupport-param',
    meaning:
      'The session used something the firewall cannot decrypt (a protocol version, cipher suite or algorithm it does not support), and the Decryption profile blocks such sessions.',
    producedBy: 'A Decryption profile',
  },
  {
    value: 'decrypt-error',
    meaning:
      'Decryption failed (for example no firewall or HSM resources were available, or an SSL/TLS or SSH protocol error occurred), and the Decryption profile blocks on such errors.',
    producedBy: 'A Decryption profile',
  },
  {
    value: 'tcp-rst-from-client',
    meaning: 'The client sent a TCP reset, which ended the session.',
    producedBy: 'The client host',
  },
  {
    value: 'tcp-rst-from-server',
    meaning: 'The server sent a TCP reset, which ended the session.',
    producedBy: 'The server host',
  },
  {
    value: 'resources-unavailable',
    meaning:
      'The firewall dropped the session because a system resource ran out (for example too many out-of-order packets queued for the flow).',
    producedBy: 'The firewall itself (resource limits)',
  },
  {
    value: 'tcp-fin',
    meaning: 'One or both hosts sent a TCP FIN: the connection was closed normally.',
    producedBy: 'The client or server host',
  },
  {
    value: 'tcp-reuse',
    meaning:
      'The same connection (addresses and ports) was used again, so the firewall closed the earlier session.',
    producedBy: 'The client or server host (reused ports)',
  },
  {
    value: 'decoder',
    meaning:
      'The protocol decoder saw a new connection inside the protocol (for example through an HTTP proxy) and ended the previous one.',
    producedBy: "The firewall's protocol decoder (App-ID)",
  },
  {
    value: 'aged-out',
    meaning:
      'No packets were seen for the session within its idle timeout, so the firewall removed it. This is normal for UDP and ICMP.',
    producedBy: 'Session timeouts (Device > Setup > Session, or the application)',
  },
  {
    value: 'unknown',
    meaning:
      'No other reason applies (for example an administrator cleared the session), or the log comes from a release that did not record an end reason.',
    producedBy: 'Anything else (for example clearing the session by hand)',
  },
  {
    value: 'n/a',
    meaning:
      'Applies to logs that are not session-end logs: a traffic log whose Type is not end (for example start) has no end reason yet.',
    producedBy: 'Traffic logs of Type start, drop or deny',
  },
];

/** Seen in cloud logging-service schemas only: PAN-OS documents no meaning on a firewall. */
const UNDOCUMENTED_VALUES = [
  'request-timeout',
  'shutdown-from-endpoint',
  'abort-from-endpoint',
  'split-tunnel',
];

export const UNDOCUMENTED_MEANING =
  'Not documented for PAN-OS: this value appears in cloud logging-service schemas, and PAN-OS does not say what it means on a firewall.';

export const END_REASON_ENTRIES: readonly GlossaryEntry[] = [
  ...DOCUMENTED.map(
    (entry): GlossaryEntry => ({
      ...entry,
      kind: 'end-reason',
      endsSession: 'not-applicable',
      documented: true,
    }),
  ),
  ...UNDOCUMENTED_VALUES.map(
    (value): GlossaryEntry => ({
      kind: 'end-reason',
      value,
      meaning: UNDOCUMENTED_MEANING,
      endsSession: 'not-applicable',
      producedBy: 'Not documented for PAN-OS',
      documented: false,
    }),
  ),
];
