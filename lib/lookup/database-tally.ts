// Which log databases answered on this page, for diagnostics: how many trusted entries each gave.
// A user on a release that logs differently can tell us, with counts only, where entries came from.

import { databaseOfRecord, LOG_DATABASES } from '../panos/logs/log-databases';
import type { LogDatabase, LogRecord } from '../panos/types';

export type DatabaseTally = Record<LogDatabase, number>;

export function emptyTally(): DatabaseTally {
  return { threat: 0, url: 0, data: 0, wildfire: 0 };
}

/** Counts each record under the database it was read from (or, unsaid, the one its fields name). */
export function tallyRecords(tally: DatabaseTally, records: readonly LogRecord[]): void {
  for (const record of records) tally[databaseOfRecord(record)]++;
}

/** A tally from untrusted input (a message): known databases, whole non-negative numbers only. */
export function readTally(value: unknown): DatabaseTally | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  const tally = emptyTally();
  for (const database of LOG_DATABASES) {
    const count = Object.hasOwn(raw, database) ? raw[database] : 0;
    tally[database] = typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : 0;
  }
  return tally;
}
