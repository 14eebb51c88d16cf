// Plain-words training texts: what each traffic Session End Reason and each threat log Action
// means (reference section 7, PAN-OS documentation semantics). Unknown values are answered
// honestly rather than guessed.

import { isSessionEndingAction, normaliseLogValue } from './threat-actions';

/** Traffic `session_end_reason` values, in PAN-OS priority order, then the newer ones. */
export const SESSION_END_REASONS = [
  'threat',
  'policy-deny',
  'decrypt-cert-validation',
  'decrypt-unsupport-param',
  'decrypt-error',
  'tcp-rst-from-client',
  'tcp-rst-from-server',
  'resources-unavailable',
  'tcp-fin',
  'tcp-reuse',
  'decoder',
  'aged-out',
  'unknown',
  'n/a',
  'request-timeout',
  'shutdown-from-endpoint',
  'abort-from-endpoint',
  'split-tunnel',
] as const;

const END_REASON_TEXTS: Readonly<Record<(typeof SESSION_END_REASONS)[number], string>> = {
  threat:
    'A Security Profile on the rule that allowed the session detected a threat whose action resets, drops or blocks, and the firewall ended the session. The Threat log (or the Detailed Log View) shows which threat.',
  'policy-deny': 'The session matched a security rule whose action denies or drops the traffic.',
  'decrypt-cert-validation':
    "A Decryption profile ended the session because of the server's certificate (for example expired, from an untrusted issuer, revoked or of unknown status) or because the server asked for client authentication, and the profile is set to block such sessions.",
  'decrypt-unsupport-param':
    'A Decryption profile ended the session because it used something the firewall cannot decrypt (an unsupported protocol version, cipher suite or algorithm), and the profile is set to block such sessions.',
  'decrypt-error':
    'A Decryption profile ended the session because decryption failed (for example no firewall or HSM resources were available, or an SSL/TLS or SSH protocol error occurred), and the profile is set to block on such errors.',
  'tcp-rst-from-client': 'The client sent a TCP reset, which ended the session.',
  'tcp-rst-from-server': 'The server sent a TCP reset, which ended the session.',
  'resources-unavailable':
    'The firewall dropped the session because a system resource ran out (for example too many out-of-order packets queued for the flow).',
  'tcp-fin': 'One or both hosts sent a TCP FIN: the connection was closed normally.',
  'tcp-reuse':
    'The same connection (addresses and ports) was used again, so the firewall closed the earlier session.',
  decoder:
    'The protocol decoder saw a new connection inside the protocol (for example through an HTTP proxy) and ended the previous one.',
  'aged-out':
    'No packets were seen for the session within its idle timeout, so the firewall removed it. This is normal for UDP and ICMP.',
  unknown:
    'No other reason applies (for example an administrator cleared the session), or the log comes from a release that did not record an end reason.',
  'n/a': 'The log was not written at session end (for example a log written at session start).',
  'request-timeout': 'The session ended because a request timed out. Newer platforms log this reason.',
  'shutdown-from-endpoint':
    'An endpoint of the connection shut the session down. Newer platforms log this reason.',
  'abort-from-endpoint':
    'An endpoint of the connection aborted the session. Newer platforms log this reason.',
  'split-tunnel':
    'The session ended because of a split-tunnel setting (traffic steered outside the tunnel). Newer platforms log this reason.',
};

const THREAT_ACTION_TEXTS: Readonly<Record<string, string>> = {
  alert: 'The firewall logged the threat and let the traffic continue.',
  allow: 'The firewall let the traffic through; the entry records what was seen (for example a flood alert).',
  deny: 'The firewall denied the traffic (for example a flood protection that denies traffic by its configuration).',
  drop: 'The firewall silently dropped the packets and ended the session; no reset was sent.',
  'drop-all-packets': 'The firewall dropped all packets of the session, ending it.',
  'reset-client': 'The firewall sent a TCP reset to the client and ended the session.',
  'reset-server': 'The firewall sent a TCP reset to the server and ended the session.',
  'reset-both': 'The firewall sent a TCP reset to both client and server and ended the session.',
  'block-url':
    'The firewall blocked the web request because its URL category is set to block, and showed a block page where it could.',
  'block-ip':
    "The firewall blocked the source's traffic (ending this session) and keeps blocking that address for the configured time.",
  'random-drop':
    'A flood threshold was crossed and the firewall dropped packets at random (Random Early Drop).',
  sinkhole:
    'DNS sinkhole: the firewall answered a DNS query for a malicious domain with the sinkhole address, so the infected host can be found.',
  'syncookie-sent': 'A SYN flood threshold was crossed and the firewall answered with SYN cookies.',
  'block-continue':
    'The firewall blocked the web request and showed a Continue page: the user may click through to proceed.',
  continue: 'The user clicked Continue on the block page, and the request was allowed.',
  'block-override':
    'The firewall blocked the web request and showed an override page that asks for an administrator password.',
  'override-lockout':
    'Too many wrong override passwords came from this source, which is now locked out of the override page.',
  override: 'The correct override password was given on the block page, and the request was allowed.',
  block: 'The firewall blocked the traffic and ended the session.',
};

const endingNote = (action: string) =>
  isSessionEndingAction(action)
    ? 'This action ends the session: it explains Session End Reason threat.'
    : 'This action does not end the session by itself.';

/** Training text for a traffic Session End Reason. */
export function endReasonText(reason: string): string {
  const key = normaliseLogValue(reason);
  if (key === '') return 'The log gives no Session End Reason.';
  if (Object.hasOwn(END_REASON_TEXTS, key)) return END_REASON_TEXTS[key as keyof typeof END_REASON_TEXTS];
  return `PAN-OS logged "${reason.trim()}"; this extension has no description for it.`;
}

/** What a threat log Action did to the traffic, and whether it ends the session. */
export function threatActionText(action: string): string {
  const key = normaliseLogValue(action);
  if (key === '') return 'The threat log gives no action.';
  const text = Object.hasOwn(THREAT_ACTION_TEXTS, key) ? THREAT_ACTION_TEXTS[key] : undefined;
  if (text === undefined)
    return `PAN-OS logged "${action.trim()}"; this extension has no description for it.`;
  return `${text} ${endingNote(key)}`;
}
