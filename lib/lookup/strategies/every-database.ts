// A batched strategy reads one page of sessions from every log database a Security Profile
// writes to: one job per database, all started together, each in its own concurrency slot. One
// failure stops the others (their jobs are finished by the clients' abort paths), so the page
// never gets half an answer presented as whole.

import { LOG_DATABASES, type LogDatabase, withDatabase } from '../../panos/logs/log-databases';
import type { LogRecord } from '../../panos/types';
import type { SlotRunner } from '../strategy';

export type DatabaseReader = (database: LogDatabase, signal: AbortSignal) => Promise<LogRecord[]>;

export async function readEveryDatabase(
  readOne: DatabaseReader,
  inSlot: SlotRunner,
  signal: AbortSignal,
  /** Ask one database first, the rest once it answered: a credential not yet seen to work is tried once. */
  opts: { firstAlone?: boolean } = {},
): Promise<LogRecord[]> {
  signal.throwIfAborted();
  const jobs = new AbortController();
  const stopAll = () => jobs.abort(signal.reason);
  signal.addEventListener('abort', stopAll, { once: true });
  // The failure that stopped the others: theirs (aborted) may settle first, and must not hide it.
  let firstFailure: { error: unknown } | null = null;
  try {
    const readInSlot = (database: LogDatabase) =>
      inSlot(async () => {
        jobs.signal.throwIfAborted();
        try {
          const records = await readOne(database, jobs.signal);
          return records.map((record) => withDatabase(record, database));
        } catch (error) {
          // Before the slot is freed, so no job waiting for it starts.
          if (!jobs.signal.aborted) {
            firstFailure = { error };
            jobs.abort(error);
          }
          throw error;
        }
      });
    const [first, ...rest] = LOG_DATABASES as [LogDatabase, ...LogDatabase[]];
    const parts = opts.firstAlone
      ? [await readInSlot(first), ...(await Promise.all(rest.map(readInSlot)))]
      : await Promise.all(LOG_DATABASES.map(readInSlot));
    return parts.flat();
  } catch (error) {
    throw firstFailure ? (firstFailure as { error: unknown }).error : error;
  } finally {
    signal.removeEventListener('abort', stopAll);
  }
}
