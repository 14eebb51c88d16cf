// The log databases a Security Profile writes to (reference section 9). From PAN-OS 9.1 each is
// its own `log-type` on the XML API and its own `logtype` on the UI's log endpoint: a session
// ended by URL Filtering has its entry in `url`, by File Blocking or Data Filtering in `data`.
// Syslog and the related-log view mix them, so an entry's database is also read from its type
// or, failing that, its subtype.

import type { LogDatabase, LogRecord } from '../types';
import { recordField } from './log-record';
import { normaliseLogValue } from './threat-actions';

export type { LogDatabase } from '../types';

export const LOG_DATABASES: readonly LogDatabase[] = ['threat', 'url', 'data', 'wildfire'];

/** Where we note, on a fetched record, the database it was read from (no PAN-OS field starts with '@' but logid). */
export const DATABASE_KEY = '@database';

const DATABASE_OF_SUBTYPE: Readonly<Record<string, LogDatabase>> = {
  url: 'url',
  file: 'data',
  data: 'data',
  wildfire: 'wildfire',
};

const SHORT_NAME: Readonly<Record<LogDatabase, string>> = {
  threat: 'threat',
  url: 'URL',
  data: 'data',
  wildfire: 'WildFire',
};

/** "the threat, URL and data logs": what a query of these databases reads, in words. */
export function databasesText(databases: readonly LogDatabase[]): string {
  const names = databases.map((database) => SHORT_NAME[database]);
  if (names.length <= 1) return `the ${names[0] ?? 'no'} log`;
  return `the ${names.slice(0, -1).join(', ')} and ${names.at(-1)} logs`;
}

/** What the loading state says is being read. */
export const DATABASES_READ_TEXT = databasesText(LOG_DATABASES);

export function isLogDatabase(value: unknown): value is LogDatabase {
  return typeof value === 'string' && (LOG_DATABASES as readonly string[]).includes(value);
}

/** The database a subtype is logged in on 9.1 and later; everything else is the threat log. */
export function databaseOfSubtype(subtype: string): LogDatabase {
  return DATABASE_OF_SUBTYPE[normaliseLogValue(subtype)] ?? 'threat';
}

/** The record as read from `database`. */
export function withDatabase(record: LogRecord, database: LogDatabase): LogRecord {
  return { ...record, [DATABASE_KEY]: database };
}

/** Where an entry lives by its own fields: read from the database it was fetched from if known. */
export function databaseOfRecord(record: LogRecord): LogDatabase {
  const tagged = record[DATABASE_KEY];
  return isLogDatabase(tagged) ? tagged : inferDatabase(record);
}

/**
 * Where an entry lives when nobody said: its own type when that names a database other than
 * `threat` (a mixed list may call everything THREAT), else its subtype.
 */
export function inferDatabase(record: LogRecord): LogDatabase {
  const type = normaliseLogValue(recordField(record, 'type', 'logtype', 'log_type'));
  if (isLogDatabase(type) && type !== 'threat') return type;
  return databaseOfSubtype(recordField(record, 'subtype'));
}
