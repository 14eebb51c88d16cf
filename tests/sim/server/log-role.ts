// An admin role denied some log databases (the web UI role's Monitor > Logs > Threat / URL
// Filtering / Data Filtering / WildFire switches). How PAN-OS answers a query of such a log is
// not known, so each plausible answer is a choice (`logRefusal`): HTTP 403 with the words PAN-OS
// gives a role refused a request type; HTTP 200 with an error answer whose words are the
// simulator's own; or no entries at all. The related-log view leaves the denied logs' entries
// out (the simulator's choice). Applied to the UI's log endpoint and to /api/ log queries alike.

import type { LogEntry, Scenario } from '../scenarios/types';
import { roleRefusalXml } from './api-auth';
import { type Reply, xmlReply } from './http-util';
import { errorXml } from './log-store';

export type LogRefusal = 'http-403' | 'error-answer' | 'no-entries';

export const LOG_REFUSALS: readonly LogRefusal[] = ['http-403', 'error-answer', 'no-entries'];

export interface LogRole {
  /** The log databases (`threat`, `url`, `data`, `wildfire`) the role may not read. */
  denied: ReadonlySet<string>;
  refusal: LogRefusal;
}

/** The simulator's own words for the error answer (no real text is known). */
export const DENIED_LOG_MESSAGE = 'This administrator role does not allow this log type';

/** The answer to a new query of `logType` when the role may not read it; null when it may (or gets no entries). */
export function logRoleRefusal(role: LogRole, logType: string): Reply | null {
  if (!role.denied.has(logType)) return null;
  switch (role.refusal) {
    case 'http-403':
      return xmlReply(roleRefusalXml('log'), 403);
    case 'error-answer':
      return xmlReply(errorXml(DENIED_LOG_MESSAGE));
    case 'no-entries':
      return null;
  }
}

/** Entries a query of `logType` may return under the role: none of a denied log. */
export function visibleEntries(role: LogRole, logType: string, entries: LogEntry[]): LogEntry[] {
  return role.denied.has(logType) ? [] : entries;
}

/** The related-log view's content entries, without those of the logs the role may not read. */
export function visibleRelated(role: LogRole, scenario: Scenario, content: LogEntry[]): LogEntry[] {
  if (role.denied.size === 0) return content;
  const hidden = new Set(
    Object.entries(scenario.contentLogs).flatMap(([logType, entries]) =>
      role.denied.has(logType) ? entries.map((entry) => entry.logid) : [],
    ),
  );
  return content.filter((entry) => !hidden.has(entry.logid));
}
