// Log selection over a scenario (log type, filter, direction, paging), the related-log
// correlation of the Detailed Log View, and the XML shapes log answers share.

import {
  allContentLogs,
  CONTENT_LOG_TYPES,
  type ContentLogType,
  type LogEntry,
  type Scenario,
} from '../scenarios/types';
import { compileFilter } from './filter';
import type { JobStatus } from './jobs';
import type { ContentEntryType } from './types';
import { el, serialize, unescapeXml, type XmlNode } from './xml';

export interface LogSelection {
  logtype: string;
  query: string;
  /** 'bkwd' (newest first, the default) or 'fwd'. */
  dir: string;
  skip: number;
  limit: number;
}

export const MAX_LOGS = 5000;

function byLogid(a: LogEntry, b: LogEntry): number {
  const x = BigInt(a.logid);
  const y = BigInt(b.logid);
  return x < y ? -1 : x > y ? 1 : 0;
}

function oldestFirst(a: LogEntry, b: LogEntry): number {
  const x = a.fields.receive_time ?? '';
  const y = b.fields.receive_time ?? '';
  return x < y ? -1 : x > y ? 1 : byLogid(a, b);
}

/** One log database: `traffic`, or `threat`, `url`, `data`, `wildfire`, each holding only its own entries. */
export function logsOfType(scenario: Scenario, logtype: string): LogEntry[] {
  if (logtype === 'traffic') return scenario.sessions;
  const type = CONTENT_LOG_TYPES.find((name) => name === logtype);
  return type ? scenario.contentLogs[type] : [];
}

/** The scenario with its URL, data and WildFire entries typed as asked ('THREAT' is how they are built). */
export function withContentEntryType(scenario: Scenario, type: ContentEntryType): Scenario {
  if (type === 'THREAT') return scenario;
  const retyped = (logtype: ContentLogType) =>
    scenario.contentLogs[logtype].map((entry) => ({
      ...entry,
      fields: { ...entry.fields, type: logtype.toUpperCase() },
    }));
  return {
    ...scenario,
    contentLogs: {
      ...scenario.contentLogs,
      url: retyped('url'),
      data: retyped('data'),
      wildfire: retyped('wildfire'),
    },
  };
}

/** Throws FilterSyntaxError on a bad query. */
export function selectLogs(scenario: Scenario, selection: LogSelection): LogEntry[] {
  const predicate = compileFilter(selection.query);
  const matching = logsOfType(scenario, selection.logtype).filter((entry) => predicate(entry.fields));
  matching.sort(oldestFirst);
  if (selection.dir !== 'fwd') matching.reverse();
  return matching.slice(selection.skip, selection.skip + selection.limit);
}

/** The related-log query spans every threat-side log database (reference section 9). */
export const RELATED_LOG_TYPES: string[] = [...CONTENT_LOG_TYPES];

/** The anchor entry and the content entries of its session from every log database (threat,
 * url, data, wildfire): same session id and serial, generated between the session's start and its end. */
export function relatedLogs(
  scenario: Scenario,
  anchorLogid: string,
): { traffic: LogEntry[]; content: LogEntry[] } {
  const content = allContentLogs(scenario.contentLogs);
  const anchor =
    scenario.sessions.find((e) => e.logid === anchorLogid) ?? content.find((e) => e.logid === anchorLogid);
  if (!anchor) return { traffic: [], content: [] };
  const sameSession = (entry: LogEntry) =>
    entry.fields.sessionid === anchor.fields.sessionid && entry.fields.serial === anchor.fields.serial;
  const within = (entry: LogEntry, traffic: LogEntry) => {
    const time = entry.fields.time_generated ?? '';
    return time >= (traffic.fields.start ?? '') && time <= (traffic.fields.receive_time ?? '');
  };
  const traffic =
    anchor.fields.type === 'TRAFFIC'
      ? anchor
      : scenario.sessions.find((session) => sameSession(session) && within(anchor, session));
  if (!traffic) return { traffic: [], content: [anchor] };
  const related = content.filter((t) => sameSession(t) && within(t, traffic));
  return { traffic: [traffic], content: related.sort(oldestFirst).reverse() };
}

export function entryNode(entry: LogEntry): XmlNode {
  return el(
    'entry',
    Object.entries(entry.fields).map(([name, value]) => el(name, value)),
    { logid: entry.logid },
  );
}

export function logsNode(entries: LogEntry[], progress: number): XmlNode {
  return el('logs', entries.map(entryNode), { count: String(entries.length), progress: String(progress) });
}

/** 10.x jobs say when they were enqueued, dequeued and last touched (empty until known). */
function jobTimes(status: JobStatus): XmlNode[] {
  return status.jobTimes ? [el('tenq', []), el('tdeq', []), el('tlast', [])] : [];
}

/** `<response><result><job><id/><status/></job><log><logs …/></log></result></response>`. */
export function jobPollXml(jobId: string, status: JobStatus, entries: LogEntry[]): string {
  const shown = status.status === 'FIN' ? entries : [];
  return serialize(
    el(
      'response',
      [
        el('result', [
          el('job', [...jobTimes(status), el('id', jobId), el('status', status.status)]),
          el('log', [logsNode(shown, status.progress)]),
        ]),
      ],
      { status: 'success' },
    ),
  );
}

export function errorXml(message: string, code?: string): string {
  const attrs: Record<string, string> = { status: 'error' };
  if (code) attrs.code = code;
  return serialize(el('response', [el('msg', [el('line', message)])], attrs));
}

/** Flat rows from log XML (retrieveJSONLog): one object per entry, element -> text, plus '@logid'. */
export function entriesFromXml(xml: string): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (const match of xml.matchAll(/<entry\b([^>]*?)(?:\/>|>([\s\S]*?)<\/entry>)/g)) {
    const row: Record<string, string> = {};
    const logid = /\blogid="([^"]*)"/.exec(match[1] ?? '');
    if (logid) row['@logid'] = unescapeXml(logid[1] ?? '');
    for (const field of (match[2] ?? '').matchAll(/<([\w.-]+)(?:\s[^>]*)?(?:\/>|>([^<]*)<\/\1>)/g)) {
      row[field[1] ?? ''] = unescapeXml(field[2] ?? '');
    }
    rows.push(row);
  }
  return rows;
}
