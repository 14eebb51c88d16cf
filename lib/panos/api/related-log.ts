// The Detailed Log View's own path to a session's threat entries (reference section 4):
// enqueueRelatedLogRequest -> [trafficJob, contentJob]; pollLogRequest on the content job until
// FIN (an XML string); retrieveJSONLog turns that XML into flat rows. The Direct caller is
// injected (the main-world bridge in the extension, a fake in tests).

import { recordField } from '../logs/log-record';
import { abortedError, isAbort, isSessionOver, PanosError, sessionOverError } from '../panos-error';
import type { LogRecord } from '../types';
import type { DirectMethod } from './direct-methods';
import { directValue } from './direct-result';
import { type PollOptions, pollUntil, type Sleep, throwIfAborted } from './job-poll';
import { answerError, parseLogJobResponse } from './log-xml';
import { isUnauthorizedDirectMessage } from './session-expiry';

export type DirectCaller = (method: DirectMethod, args: unknown[]) => Promise<unknown>;

export interface RelatedLogAnchor {
  /** The traffic row's @logid. */
  logid: string;
  logtype: 'traffic';
  /** The grid page's XML, which the UI sends along (the bridge adds it from the page when absent). */
  responseText?: string;
}

/** Log types whose entries come from Security Profiles (threat, URL, data, WildFire). */
const THREAT_LOG_TYPES = new Set(['threat', 'url', 'data', 'wildfire']);
const JOB_ID_KEYS = ['contentJob', 'content', 'contentjob', 'jobid', 'job', 'id'];
const ROW_LIST_KEYS = ['entries', 'entry', 'rows', 'records', 'logs', 'log', 'data', 'result', 'items'];
const NO_JOB = new Set(['', '0', 'null', 'undefined']);

/** Calls a Direct method and unwraps its answer. Errors the caller throws keep their own kind. */
async function callDirect(call: DirectCaller, method: DirectMethod, args: unknown[], signal?: AbortSignal) {
  throwIfAborted(signal);
  let raw: unknown;
  try {
    raw = await call(method, args);
  } catch (error) {
    if (signal?.aborted) throw abortedError();
    if (isUnauthorizedDirectMessage(error instanceof Error ? error.message : error)) throw sessionOverError();
    throw error;
  }
  throwIfAborted(signal);
  return directValue(raw);
}

function jobIdText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

/** The content job of [trafficJob, contentJob] (or of an object naming it); '' for "none". */
export function contentJobId(value: unknown): string {
  let ids = value;
  if (typeof ids === 'string' && ids.trim().startsWith('[')) {
    try {
      ids = JSON.parse(ids);
    } catch {
      // not JSON: read it as a single id below
    }
  }
  let id: string | null = null;
  // [trafficJob, contentJob]: a lone id is the traffic job, so there is no content job.
  if (Array.isArray(ids)) id = ids.length > 1 ? jobIdText(ids[1]) : '';
  else if (typeof ids === 'string' || typeof ids === 'number') id = jobIdText(ids);
  else if (typeof ids === 'object' && ids !== null) {
    const key = JOB_ID_KEYS.find((name) => name in ids);
    if (key) id = jobIdText((ids as Record<string, unknown>)[key]);
  }
  if (id === null)
    throw new PanosError('malformed', 'The related-log request gave no job id this extension can read.');
  return NO_JOB.has(id.toLowerCase()) ? '' : id;
}

/** pollLogRequest answers an XML string, maybe wrapped in an object. */
function pollText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) {
    for (const key of ['responseText', 'xml', 'response']) {
      const text = (value as Record<string, unknown>)[key];
      if (typeof text === 'string') return text;
    }
  }
  throw new PanosError('malformed', 'The related-log poll did not answer with XML.');
}

function fieldText(value: unknown): string | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    return value.map((item) => String(item ?? '')).join(', ');
  }
  return null;
}

/** A JSON row as a LogRecord: text as is, numbers as text, nested objects one level as 'a.b'. */
function recordFromJson(row: Record<string, unknown>): LogRecord {
  const record: Record<string, string> = {};
  for (const [key, value] of Object.entries(row)) {
    const text = fieldText(value);
    if (text !== null) record[key] = text;
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value)) {
        const innerText = fieldText(innerValue);
        if (innerText !== null) record[`${key}.${inner}`] = innerText;
      }
    }
  }
  return record;
}

/** retrieveJSONLog's rows: an array, a JSON string of one, or an object holding one. Null if none. */
export function jsonLogRows(value: unknown, depth = 0): LogRecord[] | null {
  if (depth > 4) return null;
  if (typeof value === 'string') {
    try {
      return jsonLogRows(JSON.parse(value), depth + 1);
    } catch {
      return null;
    }
  }
  if (Array.isArray(value)) {
    if (!value.every((row) => typeof row === 'object' && row !== null && !Array.isArray(row))) return null;
    return value.map((row) => recordFromJson(row as Record<string, unknown>));
  }
  if (typeof value === 'object' && value !== null) {
    for (const key of ROW_LIST_KEYS) {
      if (!(key in value)) continue;
      const inner = (value as Record<string, unknown>)[key];
      // A single entry object where a list was expected (XML turned to JSON).
      const rows = jsonLogRows(
        typeof inner === 'object' && inner !== null && !Array.isArray(inner) && !hasRowList(inner)
          ? [inner]
          : inner,
        depth + 1,
      );
      if (rows) return rows;
    }
  }
  return null;
}

function hasRowList(value: object): boolean {
  return ROW_LIST_KEYS.some((key) => key in value);
}

/** Threat-type rows: type threat (or url/data/wildfire), or, without a type, a threat subtype. */
export function isThreatLogRecord(record: LogRecord): boolean {
  const type = recordField(record, 'type', 'logtype', 'log_type').trim().toLowerCase();
  if (type) return THREAT_LOG_TYPES.has(type);
  const subtype = recordField(record, 'subtype').trim().toLowerCase();
  return subtype !== '' && !['start', 'end', 'drop', 'deny'].includes(subtype);
}

export async function fetchRelatedLogs(
  call: DirectCaller,
  anchor: RelatedLogAnchor,
  opts: { signal?: AbortSignal; poll?: PollOptions; sleep?: Sleep } = {},
): Promise<LogRecord[]> {
  const { signal } = opts;
  const request = { logtype: anchor.logtype, anchor: anchor.logid, responseText: anchor.responseText ?? '' };
  const jobId = contentJobId(
    await callDirect(call, 'MonitorDirect.enqueueRelatedLogRequest', [request], signal),
  );
  // No content job proves nothing (the firewall may want the grid page's XML): not "no entries".
  if (!jobId) throw new PanosError('no-content-job', 'The related-log request gave no content job.');

  const finished = await pollUntil(
    async () => {
      const xml = pollText(
        await callDirect(call, 'MonitorDirect.pollLogRequest', [jobId, { logtype: 'detail' }], signal),
      );
      const answer = parseLogJobResponse(xml);
      if (answer.kind === 'finished') return { xml, entries: answer.entries };
      if (answer.kind === 'enqueued' || answer.kind === 'running') return undefined;
      throw answerError(answer);
    },
    { poll: opts.poll, sleep: opts.sleep, signal, what: `The related-log request (job ${jobId})` },
  );

  let rows: LogRecord[] | null = null;
  try {
    rows = jsonLogRows(await callDirect(call, 'MonitorDirect.retrieveJSONLog', [finished.xml], signal));
  } catch (error) {
    // Missing or failing retrieveJSONLog: the XML entries say the same. A dead session does not.
    if (signal?.aborted || isSessionOver(error) || isAbort(error)) throw error;
  }
  const records = rows && rows.length > 0 ? rows : finished.entries;
  return records.filter(isThreatLogRecord);
}
