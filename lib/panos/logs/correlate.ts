// Joins flagged traffic rows with threat entries. Session ids are per firewall (Panorama shows
// the same id from several devices) and are recycled, so a match needs the session id, the
// serial when both sides know it, and a threat time inside the session's lifetime. Entries come
// from every log database (threat, URL, data, WildFire); the session-ending one is picked across them.

import type { SessionThreats, ThreatEntry, TrafficRow } from '../types';
import { parseLogTime } from './log-time';
import { isSessionEndingAction } from './threat-actions';

/** Log times have one-second resolution, and start is rounded: allow a little before it. */
export const BEFORE_START_SLACK_S = 2;
/** The traffic log is written at session end; a threat logged in the same second or just after still belongs. */
export const AFTER_END_SLACK_S = 5;

/** A threat entry's time on the firewall's clock. */
function threatTime(entry: ThreatEntry): number | null {
  return parseLogTime(entry.timeGenerated) ?? parseLogTime(entry.receiveTime);
}

function latestOf(...texts: string[]): number | null {
  const times = texts.map(parseLogTime).filter((time): time is number => time !== null);
  return times.length > 0 ? Math.max(...times) : null;
}

function isWithinSession(row: TrafficRow, entry: ThreatEntry): boolean {
  const time = threatTime(entry);
  if (time === null) return true; // nothing to check against: session id and serial must do
  const start = parseLogTime(row.start);
  if (start !== null && time < start - BEFORE_START_SLACK_S) return false;
  const end = latestOf(row.receiveTime, row.timeGenerated);
  return end === null || time <= end + AFTER_END_SLACK_S;
}

function sameDevice(row: TrafficRow, entry: ThreatEntry): boolean {
  if (row.serial !== '' && entry.serial !== '') return row.serial === entry.serial;
  // A row read without its serial (Device SN hidden) may still show the Device Name.
  return row.deviceName === '' || entry.deviceName === '' || row.deviceName === entry.deviceName;
}

/** A row that names no device never takes entries of several devices: which is its own is unknown. */
function ofOneDevice(row: TrafficRow, entries: ThreatEntry[]): ThreatEntry[] {
  if (row.serial !== '') return entries;
  const serials = new Set(entries.map((entry) => entry.serial).filter((serial) => serial !== ''));
  return serials.size > 1 ? [] : entries;
}

/** Oldest first; entries without a time keep their order, before the timed ones. */
function byTime(entries: ThreatEntry[]): ThreatEntry[] {
  return entries
    .map((entry, order) => ({ entry, order, time: threatTime(entry) ?? Number.NEGATIVE_INFINITY }))
    .sort((a, b) => a.time - b.time || a.order - b.order)
    .map(({ entry }) => entry);
}

/** The same entry may arrive twice (overlapping batches): keep the first. Log ids are per database. */
function withoutDuplicates(entries: ThreatEntry[]): ThreatEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    if (!entry.logid) return true;
    const key = `${entry.database}\u0000${entry.serial}\u0000${entry.logid}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A WildFire submission entry (`block`: the file was blocked and uploaded) records what another
 * profile did: WildFire Analysis profiles only forward files. It is the blocking entry only when
 * no other entry of the session ended it.
 */
function isForwardingRecord(entry: ThreatEntry): boolean {
  return entry.database === 'wildfire' || entry.subtype.trim().toLowerCase() === 'wildfire';
}

export function sessionThreatsOf(entries: ThreatEntry[]): SessionThreats {
  const ordered = byTime(entries);
  const ending = ordered.filter((entry) => isSessionEndingAction(entry.action));
  const enforcing = ending.filter((entry) => !isForwardingRecord(entry));
  // The latest session-ending entry, from whichever database.
  const blocking = (enforcing.length > 0 ? enforcing : ending).at(-1) ?? null;
  return { blocking, others: ordered.filter((entry) => entry !== blocking) };
}

export function correlate(rows: TrafficRow[], entries: ThreatEntry[]): Map<number, SessionThreats> {
  const bySession = new Map<string, ThreatEntry[]>();
  for (const entry of withoutDuplicates(entries)) {
    if (!entry.sessionid) continue;
    const list = bySession.get(entry.sessionid) ?? [];
    list.push(entry);
    bySession.set(entry.sessionid, list);
  }
  const matches = new Map<number, SessionThreats>();
  for (const row of rows) {
    const candidates = row.sessionid ? (bySession.get(row.sessionid) ?? []) : [];
    const matching = candidates.filter((entry) => sameDevice(row, entry) && isWithinSession(row, entry));
    matches.set(row.index, sessionThreatsOf(ofOneDevice(row, matching)));
  }
  return matches;
}
