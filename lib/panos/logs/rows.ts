// Traffic rows from what the grid gives (store record fields, or DOM text by field), and the
// test that matters: Action allow with Session End Reason threat.

import type { LogRecord, TrafficRow } from '../types';
import { recordField } from './log-record';
import { normaliseLogValue } from './threat-actions';

const ACTION_ALLOW = 'allow';
const END_REASON_THREAT = 'threat';

/** Typed fields are trimmed (DOM cells hold a no-break space when empty); `fields` stays raw. */
function field(record: LogRecord, ...names: string[]): string {
  return recordField(record, ...names).trim();
}

export function trafficRowFromRecord(index: number, record: LogRecord, source: 'store' | 'dom'): TrafficRow {
  return {
    index,
    source,
    logid: field(record, '@logid', 'logid'),
    sessionid: field(record, 'sessionid'),
    serial: field(record, 'serial'),
    action: field(record, 'action'),
    sessionEndReason: field(record, 'session_end_reason'),
    receiveTime: field(record, 'receive_time'),
    timeGenerated: field(record, 'time_generated'),
    start: field(record, 'start'),
    rule: field(record, 'rule'),
    ruleUuid: field(record, 'rule_uuid'),
    vsys: field(record, 'vsys'),
    deviceName: field(record, 'device_name'),
    configVer: field(record, 'config_ver'),
    fields: record,
  };
}

/**
 * The grid fields a lookup relies on: the first two decide the flag, the session id and times
 * anchor the threat-log query, the rule and location name the policy, the serial the device.
 */
export const TRAFFIC_FIELDS_USED = [
  'action',
  'session_end_reason',
  'sessionid',
  'start',
  'receive_time',
  'rule',
  'rule_uuid',
  'vsys',
  'serial',
] as const;

/** Which of those fields the rows carry (names only: this goes into diagnostics, never values). */
export function gridLayoutOf(rows: readonly TrafficRow[]): {
  fieldsFound: string[];
  fieldsMissing: string[];
} {
  const carried = (name: string) => rows.some((row) => Object.hasOwn(row.fields, name));
  return {
    fieldsFound: TRAFFIC_FIELDS_USED.filter(carried),
    fieldsMissing: TRAFFIC_FIELDS_USED.filter((name) => !carried(name)),
  };
}

export function isFlagged(row: Pick<TrafficRow, 'action' | 'sessionEndReason'>): boolean {
  return (
    normaliseLogValue(row.action) === ACTION_ALLOW &&
    normaliseLogValue(row.sessionEndReason) === END_REASON_THREAT
  );
}

/**
 * Identifies a session across grid reloads: (firewall origin, device serial, session id, start).
 * Session ids are recycled, so start is part of it. Rows read from the DOM may lack the hidden
 * session id: they fall back to the log id, then to every field read.
 */
export function rowCacheKey(origin: string, row: TrafficRow): string {
  // Without the serial (Device SN hidden), the device name still keeps two firewalls apart.
  const device = row.serial || (row.deviceName ? `name:${row.deviceName}` : '');
  const identity = row.sessionid
    ? ['session', device, row.sessionid, row.start]
    : row.logid
      ? ['log', row.serial, row.logid]
      : [
          'fields',
          JSON.stringify(Object.entries(row.fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
        ];
  return JSON.stringify([origin, ...identity]);
}
