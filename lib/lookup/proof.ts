// A lookup path proves itself before it is trusted (two of them rest on guesses about the page:
// the related-log RPC's arguments, the UI log store's parameters). Pure rules, no I/O:
// - a batched answer counts only when every entry it holds is of an asked session; one entry of
//   another session means the filter was ignored, and the path is unusable on this firewall;
// - a row counts as answered only when entries of its own session (and time window) came back;
//   an empty or partial answer leaves the row to the next path.

import { correlate } from '../panos/logs/correlate';
import { threatEntryFromRecord } from '../panos/logs/threat-entry';
import type { LogRecord, TrafficRow } from '../panos/types';

export type BatchProof =
  /** Entries of sessions nobody asked for: the filter was not applied. */
  | { kind: 'other-sessions'; foreign: number }
  /** Every entry is of an asked session; `answered` rows have entries of their own session. */
  | { kind: 'matched'; answered: TrafficRow[]; unanswered: TrafficRow[] };

const norm = (text: string) => text.trim();

function sessionOf(record: LogRecord): { sessionid: string; serial: string } {
  const entry = threatEntryFromRecord(record);
  return { sessionid: norm(entry.sessionid), serial: norm(entry.serial) };
}

/** Same session id, and the same device when both sides name one. */
export function isOfRow(record: LogRecord, row: TrafficRow): boolean {
  const { sessionid, serial } = sessionOf(record);
  if (!sessionid || sessionid !== norm(row.sessionid)) return false;
  return serial === '' || norm(row.serial) === '' || serial === norm(row.serial);
}

/** Threat-side entries only (the same filter the correlation uses). */
function threatRecords(records: LogRecord[]): LogRecord[] {
  return records.filter((record) => threatEntryFromRecord(record).subtype !== '');
}

/** Rows that have at least one entry of their session inside the session's lifetime. */
export function answeredRows(rows: TrafficRow[], records: LogRecord[]): Set<number> {
  const matches = correlate(rows, threatRecords(records).map(threatEntryFromRecord));
  const answered = new Set<number>();
  for (const row of rows) {
    const threats = matches.get(row.index);
    if (threats && (threats.blocking || threats.others.length > 0)) answered.add(row.index);
  }
  return answered;
}

/** A batched answer (one query for many sessions) judged against the sessions asked. */
export function judgeBatch(rows: TrafficRow[], records: LogRecord[]): BatchProof {
  const foreign = records.filter((record) => !rows.some((row) => isOfRow(record, row))).length;
  if (foreign > 0) return { kind: 'other-sessions', foreign };
  const answered = answeredRows(rows, records);
  return {
    kind: 'matched',
    answered: rows.filter((row) => answered.has(row.index)),
    unanswered: rows.filter((row) => !answered.has(row.index)),
  };
}

/**
 * One row's related logs: the entries of its own session, or null when there are none (the
 * answer proves nothing). Related logs of other sessions are dropped, never shown for this row.
 */
export function judgeRelated(row: TrafficRow, records: LogRecord[]): LogRecord[] | null {
  const own = records.filter((record) => isOfRow(record, row));
  return answeredRows([row], own).has(row.index) ? own : null;
}
