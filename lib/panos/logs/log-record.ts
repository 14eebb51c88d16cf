// A log record's fields by name, whatever the release's spelling: the XML API, the web UI's log
// endpoint and the Detailed Log View name the same field differently ('receive_time',
// 'Receive-Time', 'receiveTime').

import type { LogRecord } from '../types';

/**
 * A field of a record whose keys may differ in case or spelling ('receive_time', 'Receive-Time',
 * 'receiveTime'); the first name that is present wins. '' when none is.
 */
export function recordField(record: LogRecord, ...names: string[]): string {
  let byNormalisedKey: Map<string, string> | null = null;
  for (const name of names) {
    const exact = Object.hasOwn(record, name) ? record[name] : undefined;
    if (exact !== undefined) return exact;
    byNormalisedKey ??= normalisedKeys(record);
    const loose = byNormalisedKey.get(normaliseKey(name));
    if (loose !== undefined) return loose;
  }
  return '';
}

function normalisedKeys(record: LogRecord): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, value] of Object.entries(record)) {
    const normalised = normaliseKey(key);
    if (!map.has(normalised)) map.set(normalised, value);
  }
  return map;
}

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[-_\s]/g, '');
}
