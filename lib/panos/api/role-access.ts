// What to tell an admin whose role may not make an XML API request type (reference section 9:
// HTTP 403 "Type [log] not authorized for user role"), or may not read one log database (the
// web UI role's Monitor > Logs switches), with the fix, in plain words.

import type { LogDatabase } from '../types';

export type ApiArea = 'log' | 'config';

const ACCESS_NAME: Record<ApiArea, string> = { log: 'Log', config: 'Configuration' };
const WHAT: Record<ApiArea, string> = { log: 'log', config: 'configuration' };

export function roleDeniedMessage(area: ApiArea): string {
  return `Your admin role lacks XML API ${WHAT[area]} access (PAN-OS answered "not authorized for user role").`;
}

export function roleDeniedFix(area: ApiArea): string {
  return (
    `An administrator can allow it in Device > Admin Roles: open your role, XML API tab, enable ${ACCESS_NAME[area]}. ` +
    "Or store an API key of an admin whose role allows it in the extension's options."
  );
}

/** Each log database as Monitor > Logs names it (reference section 9). */
const LOG_PAGE_NAME: Record<LogDatabase, string> = {
  threat: 'Threat',
  url: 'URL Filtering',
  data: 'Data Filtering',
  wildfire: 'WildFire Submissions',
};

function namesOf(databases: readonly LogDatabase[]): string {
  const names = databases.map((database) => LOG_PAGE_NAME[database]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "The URL Filtering log": a database as the admin knows it. */
export function logName(database: LogDatabase): string {
  return `The ${LOG_PAGE_NAME[database]} log`;
}

/** For a row nothing was found for: the logs that could not be read may hold its cause. */
export function unreadableLogsReason(databases: readonly LogDatabase[]): string {
  const logs = databases.length > 1 ? 'logs' : 'log';
  return `The ${namesOf(databases)} ${logs} could not be read (PAN-OS refused the query; your admin role may not allow it): the entry that ended this session may be there.`;
}

/** The fix for a log the role may not read: the web UI role's Monitor switch, the XML API role's Log. */
export function unreadableLogsFix(databases: readonly LogDatabase[]): string {
  const names = namesOf(databases);
  return (
    `Ask an administrator to allow the ${names} ${databases.length > 1 ? 'logs' : 'log'} for your role in Device > Admin Roles: ` +
    `open your role, Web UI tab, Monitor > Logs > ${names} (and, for the XML API, its XML API tab, Log). ` +
    "Or store an API key of an admin whose role allows it in the extension's options."
  );
}

/** For the popup: which logs could not be read on this page, why, and where that is changed. */
export function unreadableLogsNote(databases: readonly LogDatabase[]): string {
  const these = databases.length > 1 ? 'logs' : 'log';
  return `The ${namesOf(databases)} ${these} could not be read: PAN-OS refused the query, and your admin role may not allow it (Device > Admin Roles).`;
}
