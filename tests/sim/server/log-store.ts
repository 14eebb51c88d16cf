// Log selection over a scenario (log type, filter, direction, paging), the related-log
// correlation of the Detailed Log View, and the XML shapes log answers share.

import type { LogEntry, Scenario } from '../scenarios/types';
import { compileFilter } from './filter';
import type { JobStatus } from './jobs';
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

/** Which threat subtypes each content log type shows; `threat` shows them all. */
const SUBTYPES_BY_LOGTYPE: Record<string, string[] | null> = {
  threat: null,
  url: ['url'],
  wildfire: ['wildfire', 'wildfire-virus'],
  data: ['data'],
};

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

export function logsOfType(scenario: Scenario, logtype: string): LogEntry[] {
  if (logtype === 'traffic') return scenario.sessions;
  if (!(logtype in SUBTYPES_BY_LOGTYPE)) return [];
  const subtypes = SUBTYPES_BY_LOGTYPE[logtype];
  return subtypes
    ? scenario.threats.filter((t) => subtypes.includes(t.fields.subtype ?? ''))
    : scenario.threats;
}

/** Throws FilterSyntaxError on a bad query. */
export function selectLogs(scenario: Scenario, selection: LogSelection): LogEntry[] {
  const predicate = compileFilter(selection.query);
  const matching = logsOfType(scenario, selection.logtype).filter((entry) => predicate(entry.fields));
  matching.sort(oldestFirst);
  if (selection.dir !== 'fwd') matching.reverse();
  return matching.slice(selection.skip, selection.skip + selection.limit);
}

/** The anchor entry and the content (threat) entries of its session: same session id and
 * serial, generated between the session's start and its end. */
/** The related-log query spans every threat-side log database (reference section 9). */
export const RELATED_LOG_TYPES = ['threat', 'url', 'data', 'wildfire'];

export function relatedLogs(
  scenario: Scenario,
  anchorLogid: string,
): { traffic: LogEntry[]; content: LogEntry[] } {
  const anchor =
    scenario.sessions.find((e) => e.logid === anchorLogid) ??
    scenario.threats.find((e) => e.logid === anchorLogid);
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
  const content = scenario.threats.filter((t) => sameSession(t) && within(t, traffic));
  return { traffic: [traffic], content: content.sort(oldestFirst).reverse() };
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

/** `<response><result><job><id/><status/></job><log><logs …/></log></result></response>`. */
export function jobPollXml(jobId: string, status: JobStatus, entries: LogEntry[]): string {
  const shown = status.status === 'FIN' ? entries : [];
  return serialize(
    el(
      'response',
      [
        el('result', [
          el('job', [el('id', jobId), el('status', status.status)]),
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
