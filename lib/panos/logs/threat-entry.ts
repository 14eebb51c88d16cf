// Threat log entries, normalised from XML-API entries or from the flat JSON rows that
// MonitorDirect.retrieveJSONLog gives (whose keys may differ in case or spelling).

import type { LogRecord, ThreatEntry } from '../types';
import { databaseOfRecord } from './log-databases';
import { recordField } from './log-record';
import { parseThreatId } from './threat-id';

/** URL Filtering entries carry a pseudo threat id (9999): a URL, not a signature. */
function isUrlEntry(subtype: string): boolean {
  return subtype.toLowerCase() === 'url';
}

export function threatEntryFromRecord(record: LogRecord): ThreatEntry {
  const field = (...names: string[]) => recordField(record, ...names).trim();
  const threat = parseThreatId(recordField(record, 'threatid', 'threat_id', 'threat_name'), field('tid'));
  const subtype = field('subtype');
  return {
    logid: field('@logid', 'logid'),
    serial: field('serial'),
    deviceName: field('device_name'),
    vsys: field('vsys'),
    sessionid: field('sessionid', 'session_id'),
    database: databaseOfRecord(record),
    subtype,
    threatName: threat.name,
    threatId: isUrlEntry(subtype) ? '' : threat.id,
    severity: field('severity'),
    action: field('action'),
    threatCategory: field('thr_category', 'threat_category'),
    urlCategory: field('category', 'url_category'),
    direction: field('direction'),
    // Attacker-controlled (URL or file name): kept untrimmed, exactly as logged.
    misc: recordField(record, 'misc', 'url', 'filename', 'file_name'),
    receiveTime: field('receive_time'),
    timeGenerated: field('time_generated'),
    rule: field('rule'),
    ruleUuid: field('rule_uuid'),
    configVer: field('config_ver'),
    fields: record,
  };
}
