// The web UI's own way to name a threat's profile (reference section 4):
// MonitorDirect.getThreatExceptionProfiles({vsys, rule, subtype, tid, name, location}) lists the
// profiles of the subtype's type, `current` marking the one the rule uses. Its exact JSON is
// [unknown]: flags may be true/'yes'/'true'/1, the list may be wrapped.

import { directValue } from '../api/direct-result';
import type { ThreatEntry } from '../types';

export interface ExceptionProfileArgs {
  vsys: string;
  rule: string;
  subtype: string;
  tid: string;
  name: string;
  location: string;
}

export interface ExceptionProfileChoice {
  id: string;
  name: string;
  /** As the UI gives it: 'vsys1', 'shared', 'predefined', a device group name, or ''. */
  location: string;
  selected: boolean;
  current: boolean;
}

const TRUE_WORDS = new Set(['true', 'yes', '1', 'on']);
const LIST_KEYS = ['entry', 'entries', 'profiles', 'items', 'rows', 'result', 'data'] as const;
const MAX_DEPTH = 4;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isTruthyFlag(value: unknown): boolean {
  if (value === true || value === 1) return true;
  return typeof value === 'string' && TRUE_WORDS.has(value.trim().toLowerCase());
}

const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';

/** The arguments the UI sends for a threat log entry. `location` is the UI's vsys or device group. */
export function exceptionProfileArgs(entry: ThreatEntry, location = entry.vsys): ExceptionProfileArgs {
  return {
    vsys: entry.vsys,
    rule: entry.rule,
    subtype: entry.subtype,
    tid: entry.threatId,
    name: entry.threatName,
    location,
  };
}

/** The list inside whatever wrapper came back (array, {entry: [...]}, a single object). */
function listOf(value: unknown, depth = 0): unknown[] {
  if (Array.isArray(value)) return value;
  if (!isObject(value) || depth > MAX_DEPTH) return [];
  if ('name' in value) return [value];
  for (const key of LIST_KEYS) if (key in value) return listOf(value[key], depth + 1);
  return [];
}

function choiceOf(item: unknown): ExceptionProfileChoice | null {
  if (!isObject(item)) return null;
  const name = text(item.name ?? item['@name']);
  if (!name) return null;
  return {
    id: text(item.id) || name,
    name,
    location: text(item.location),
    selected: isTruthyFlag(item.selected),
    current: isTruthyFlag(item.current),
  };
}

/** Every profile choice in the answer. Throws what directValue throws for a Direct error. */
export function readExceptionProfiles(raw: unknown): ExceptionProfileChoice[] {
  const value = directValue(typeof raw === 'string' ? parseJsonOrText(raw) : raw);
  return listOf(value)
    .map(choiceOf)
    .filter((choice): choice is ExceptionProfileChoice => choice !== null);
}

function parseJsonOrText(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** The profile the rule uses now, or null when the UI marked none. */
export function currentExceptionProfile(raw: unknown): ExceptionProfileChoice | null {
  return readExceptionProfiles(raw).find((choice) => choice.current) ?? null;
}
