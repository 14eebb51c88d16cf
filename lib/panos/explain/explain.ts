// Turns one flagged traffic row, its correlated threat entries and the profile resolution into an
// Explanation: plain data that the tooltip and side panel show as text.

import { unreadableLogsFix, unreadableLogsReason } from '../api/role-access';
import { recordField } from '../logs/log-record';
import { isSessionEndingAction } from '../logs/threat-actions';
import { profileTypeOfSubtype } from '../profiles/profile-types';
import { endReasonText, threatActionText } from '../training/training';
import type {
  Explanation,
  LogDatabase,
  ProfileResolution,
  ProfileType,
  SessionThreats,
  ThreatEntry,
  ThreatFacts,
  TrafficFacts,
  TrafficRow,
  Verdict,
} from '../types';
import { headline, NOT_FOUND_REASONS, nextSteps, quote, summary, typeLabel, whyAllow } from './explain-text';

export interface ExplainInput {
  row: TrafficRow;
  threats: SessionThreats;
  profile: ProfileResolution | null;
  /** Where the threat entries came from, in words. */
  provenance: string[];
  /** When Panorama or firewall could not be told: why, in words (shown as a warning). */
  productNote?: string | null;
  /** Log databases that could not be read for this row (the role may not allow them). */
  unreadable?: readonly LogDatabase[];
}

export function threatFacts(entry: ThreatEntry): ThreatFacts {
  const isUrl = profileTypeOfSubtype(entry.subtype) === 'url-filtering';
  return {
    name: entry.threatName,
    id: entry.threatId,
    subtype: entry.subtype,
    category: isUrl ? entry.urlCategory || entry.threatCategory : entry.threatCategory || entry.urlCategory,
    severity: entry.severity,
    direction: entry.direction,
    action: entry.action,
    actionMeaning: threatActionText(entry.action),
    time: entry.timeGenerated || entry.receiveTime,
    urlOrFile: entry.misc,
    sessionEnding: isSessionEndingAction(entry.action),
  };
}

export function trafficFacts(row: TrafficRow, deviceGroup = ''): TrafficFacts {
  const field = (name: string) => recordField(row.fields, name).trim();
  return {
    sessionid: row.sessionid,
    serial: row.serial,
    deviceName: row.deviceName,
    deviceGroup,
    src: field('src'),
    dst: field('dst'),
    dport: field('dport'),
    app: field('app'),
    rule: row.rule,
    from: field('from'),
    to: field('to'),
    start: row.start,
    receiveTime: row.receiveTime,
    action: row.action,
    sessionEndReason: row.sessionEndReason,
  };
}

function verdictOf(threats: SessionThreats): Verdict {
  if (threats.blocking) {
    return profileTypeOfSubtype(threats.blocking.subtype) === 'zone-dos-protection'
      ? 'zone-dos'
      : 'blocked-by-profile';
  }
  return threats.others.length > 0 ? 'no-ending-entry' : 'no-threat-log';
}

/** "The Vulnerability Protection profile "strict"": the subject of the whyAllow sentence. */
function profileWords(type: ProfileType | null, profile: ProfileResolution | null): string {
  const name = profile?.profileName ? ` ${quote(profile.profileName)}` : '';
  return `The ${typeLabel(type)} profile${name}`;
}

function profileProvenance(profile: ProfileResolution | null, blocking: ThreatEntry | null): string[] {
  if (!profile || !blocking) return [];
  const rule = profile.rule ? ` rule ${quote(profile.rule)}` : ' the rule';
  switch (profile.source) {
    case 'exception-profiles': {
      const lines = [`Profile named by the web UI's threat-exception lookup: the profile${rule} uses now.`];
      if (profile.groupName || profile.ruleLocation) {
        lines.push('Profile group and rule location read from the running configuration.');
      }
      return lines;
    }
    case 'running-config':
      return [
        `Profile read from the running configuration:${rule}${profile.ruleLocation ? ` in ${profile.ruleLocation}` : ''}, profile in ${profile.profileLocation ?? 'an unknown place'}.`,
      ];
    case 'log-only':
      return [
        `Profile type from the threat log's type ${quote(blocking.subtype)}; the profile name was not resolved.`,
      ];
  }
}

function warningsOf(input: ExplainInput, profile: ProfileResolution | null): string[] {
  const { row, threats } = input;
  const warnings: string[] = [];
  if (input.productNote) warnings.push(input.productNote);
  warnings.push(...(profile?.notes ?? []));
  if (profile?.configChanged) {
    warnings.push('Config changed since this log: rule and profile shown as now.');
  }
  const ending = [threats.blocking, ...threats.others].filter(
    (entry): entry is ThreatEntry => entry !== null && isSessionEndingAction(entry.action),
  );
  if (ending.length > 1) {
    warnings.push(`${ending.length} entries could have ended this session; the latest is shown.`);
  }
  const threatRule = threats.blocking?.rule ?? '';
  if (threatRule && row.rule && threatRule !== row.rule) {
    warnings.push(
      `Rule differs: ${quote(threatRule)} in the threat entry, ${quote(row.rule)} in the traffic log.`,
    );
  }
  return warnings;
}

export function explain(input: ExplainInput): Explanation {
  const { row, threats } = input;
  const blocking = threats.blocking;
  const verdict = verdictOf(threats);
  const type = blocking ? (input.profile?.profileType ?? profileTypeOfSubtype(blocking.subtype)) : null;
  const profile = blocking ? input.profile : null;
  const rule = profile?.rule || blocking?.rule || row.rule;
  const traffic = trafficFacts(row, profile?.deviceGroup ?? '');
  const found = verdict === 'blocked-by-profile' || verdict === 'zone-dos';
  // Nothing found while a log could not be read: that log is the first place to suspect.
  const unreadable = found ? [] : (input.unreadable ?? []);
  return {
    verdict,
    headline: headline({ verdict, blocking, profile, rule }, type),
    summary: summary(blocking, threats.others, row.sessionid),
    profile,
    profileTypeLabel: type ? typeLabel(type) : null,
    threat: blocking ? threatFacts(blocking) : null,
    otherThreats: threats.others.map(threatFacts),
    traffic,
    whyAllow: whyAllow(verdict, rule, blocking, profileWords(type, profile)),
    nextSteps: [
      ...(unreadable.length > 0 ? [unreadableLogsFix(unreadable)] : []),
      ...nextSteps({
        verdict,
        type,
        profile,
        blocking,
        rule,
        fromZone: traffic.from,
        sessionid: row.sessionid,
      }),
    ],
    provenance: [...input.provenance, ...profileProvenance(profile, blocking)],
    warnings: warningsOf(input, profile),
    notFoundReasons: found
      ? []
      : [...(unreadable.length > 0 ? [unreadableLogsReason(unreadable)] : []), ...NOT_FOUND_REASONS],
    endReasonText: endReasonText(row.sessionEndReason),
  };
}
