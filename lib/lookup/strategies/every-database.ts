// A batched strategy reads one page of sessions from every log database a Security Profile
// writes to: one job per database, all started together, each in its own concurrency slot. A
// failure of the path (server error, no answer in time, session over) stops the others (their
// jobs are finished by the clients' abort paths), so the page never gets half an answer presented
// as whole. A database whose query alone is refused (an admin role may be denied one log) is
// named in the answer and skipped from then on (the caller keeps it per firewall for a day); the
// others still answer.

import { LOG_DATABASES, type LogDatabase, withDatabase } from '../../panos/logs/log-databases';
import { PanosError } from '../../panos/panos-error';
import type { LogRecord } from '../../panos/types';
import { databaseRefusal } from '../lookup-errors';
import type { SlotRunner, StrategyRead, UnreadableDatabase } from '../strategy';

export type DatabaseReader = (database: LogDatabase, signal: AbortSignal) => Promise<LogRecord[]>;

/** The databases one path found unreadable on this page: not asked again. */
export type UnreadableBook = Map<LogDatabase, UnreadableDatabase>;

/** What an earlier visit found refused (kept per origin for a day) says, for the rows' answers. */
export const REMEMBERED_REFUSAL = 'PAN-OS refused its query on an earlier visit (remembered for a day)';

/** One path's unreadable databases: those an earlier visit found, and who to tell of a new one. */
export interface DatabaseSkips {
  book: UnreadableBook;
  onRefused?(database: LogDatabase): void;
}

export function databaseSkips(
  remembered: readonly LogDatabase[] = [],
  onRefused?: (database: LogDatabase) => void,
): DatabaseSkips {
  const book: UnreadableBook = new Map(
    remembered.map((database) => [database, { database, reason: REMEMBERED_REFUSAL }]),
  );
  return { book, onRefused };
}

export async function readEveryDatabase(
  readOne: DatabaseReader,
  inSlot: SlotRunner,
  signal: AbortSignal,
  opts: {
    /** Ask one database first, the rest once it answered: a credential not yet seen to work is tried once. */
    firstAlone?: boolean;
    /** This path's unreadable databases: skipped, and added to when a query is refused. */
    skips?: DatabaseSkips;
  } = {},
): Promise<StrategyRead> {
  signal.throwIfAborted();
  const book: UnreadableBook = opts.skips?.book ?? new Map();
  const asked = LOG_DATABASES.filter((database) => !book.has(database));
  // Every log refused before (other tabs, other days): nothing is left to ask on this path.
  if (asked.length === 0) throw new PanosError('refused', 'Every log database was refused before.');
  const jobs = new AbortController();
  const stopAll = () => jobs.abort(signal.reason);
  signal.addEventListener('abort', stopAll, { once: true });
  // The failure that stopped the others: theirs (aborted) may settle first, and must not hide it.
  let firstFailure: { error: unknown } | null = null;
  const refused: { database: LogDatabase; error: unknown; reason: string }[] = [];
  try {
    const readInSlot = (database: LogDatabase, alone: boolean) =>
      inSlot(async () => {
        jobs.signal.throwIfAborted();
        try {
          const records = await readOne(database, jobs.signal);
          return records.map((record) => withDatabase(record, database));
        } catch (error) {
          const reason = jobs.signal.aborted || alone ? null : databaseRefusal(error);
          if (reason !== null) {
            refused.push({ database, error, reason });
            return [];
          }
          // Before the slot is freed, so no job waiting for it starts.
          if (!jobs.signal.aborted) {
            firstFailure = { error };
            jobs.abort(error);
          }
          throw error;
        }
      });
    const [first, ...rest] = asked as [LogDatabase, ...LogDatabase[]];
    const parts = opts.firstAlone
      ? [await readInSlot(first, true), ...(await Promise.all(rest.map((db) => readInSlot(db, false))))]
      : await Promise.all(asked.map((db) => readInSlot(db, false)));
    // Every database refused: that is the path's answer, not one log's.
    if (refused.length === asked.length && refused[0]) throw refused[0].error;
    for (const { database, reason } of refused) {
      book.set(database, { database, reason });
      opts.skips?.onRefused?.(database);
    }
    return { records: parts.flat(), unreadable: [...book.values()] };
  } catch (error) {
    throw firstFailure ? (firstFailure as { error: unknown }).error : error;
  } finally {
    signal.removeEventListener('abort', stopAll);
  }
}
