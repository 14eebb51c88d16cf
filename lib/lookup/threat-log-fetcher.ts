// Runs the lookup paths in order until every row has an answer it can trust (lib/lookup/proof):
// batched paths make one query per log database for the rows still open, each job in a shared
// slot; the per-row one runs each row in a slot. A path that gives nothing usable is inconclusive and the next one runs; one that proved
// nothing and then showed it cannot work here (filter ignored, no answer in time, an error
// answer) is retired for the page's life, so a firewall is never asked the same useless thing.

import { databasesText, LOG_DATABASES } from '../panos/logs/log-databases';
import type { LogDatabase, LogRecord, TrafficRow } from '../panos/types';
import { type DatabaseTally, emptyTally, tallyRecords } from './database-tally';
import { LookupFailure, lookupFailureOf } from './lookup-errors';
import { judgeBatch, judgeRelated } from './proof';
import type { Slots } from './slots';
import {
  emptyDetails,
  STRATEGY_SEARCHES,
  type StrategyDetails,
  type StrategyId,
  type StrategyNote,
  type StrategyOutcome,
  type StrategyOutcomes,
  type ThreatLogStrategy,
  type UnreadableDatabase,
} from './strategy';

export interface StrategyAnswer {
  strategy: StrategyId;
  rows: TrafficRow[];
  records: LogRecord[];
  /** Databases this path could not read: the answer may miss what they hold. */
  unreadable?: readonly UnreadableDatabase[];
}

export interface FetchedThreatLog {
  /** Rows answered, grouped by the path that answered them. */
  answers: StrategyAnswer[];
  /** Rows no path answered. */
  unanswered: TrafficRow[];
  /**
   * The paths that gave an answer for them (empty or partial), and what each searched; a per-row
   * path lists the rows it searched (`rows`, row indexes), a batched one searched them all.
   */
  searched: Searched[];
  /** Set when no path could search for the unanswered rows: show this instead of "not found". */
  problem: LookupFailure | null;
  /** The latest reason a path could not search (for a row no path searched). */
  reason: LookupFailure | null;
}

export interface Searched {
  strategy: StrategyId;
  searches: string;
  rows?: number[];
  /** Databases this path could not read, so did not search. */
  unreadable?: readonly UnreadableDatabase[];
}

/** What was searched for this row. */
export function searchedFor(fetched: Pick<FetchedThreatLog, 'searched'>, row: TrafficRow): Searched[] {
  return fetched.searched.filter((entry) => !entry.rows || entry.rows.includes(row.index));
}

export interface ThreatLogFetcher {
  fetch(rows: TrafficRow[], signal: AbortSignal): Promise<FetchedThreatLog>;
  readonly outcomes: Readonly<StrategyOutcomes>;
  readonly details: Readonly<StrategyDetails>;
  /** Trusted entries read on this page, per log database (diagnostics). */
  readonly databases: Readonly<DatabaseTally>;
  /** Log databases a path could not read on this page (diagnostics). */
  readonly unreadable: ReadonlySet<LogDatabase>;
}

export const NONE_WORKS = new LookupFailure(
  'unavailable',
  'This extension found no way to read the threat log on this firewall.',
  "Check that your admin role may read Monitor > Threat, or store an API key for this firewall in the extension's options.",
);

/** Inconclusive reasons that, from a path never proven, mean it will not work on this firewall. */
const RETIRING_NOTES = new Set<StrategyNote>([
  'other-sessions',
  'timed-out',
  'error-answer',
  'no-content-job',
]);

/** What a batched path searched when some databases could not be read. */
function partly(searches: Searched, unreadable: readonly UnreadableDatabase[]): Searched {
  const skipped = new Set(unreadable.map(({ database }) => database));
  return { ...searches, searches: databasesText(LOG_DATABASES.filter((db) => !skipped.has(db))) };
}

type RowResult =
  | { kind: 'answered'; records: LogRecord[] }
  | { kind: 'empty' }
  | { kind: 'skipped' }
  | { kind: 'failure'; failure: LookupFailure };

export function createThreatLogFetcher(opts: {
  /** In order of preference for a whole page. */
  strategies: ThreatLogStrategy[];
  slots: Slots;
  outcomes: StrategyOutcomes;
  details?: StrategyDetails;
  onOutcome?(id: StrategyId, outcome: StrategyOutcome, note: StrategyNote): void;
}): ThreatLogFetcher {
  const { strategies, slots, outcomes } = opts;
  const details = opts.details ?? emptyDetails();
  const databases = emptyTally();
  const unreadableDatabases = new Set<LogDatabase>();

  const record = (id: StrategyId, outcome: Exclude<StrategyOutcome, 'untried'>, note: StrategyNote = '') => {
    const detail = details[id];
    detail[outcome]++;
    if (outcome !== 'proven') detail.note = note;
    if (outcome === 'unavailable') detail.retired = true;
    // Entries of other sessions retire a path even if it answered before: its filter is not safe.
    if (
      outcome === 'inconclusive' &&
      (note === 'other-sessions' || (detail.proven === 0 && RETIRING_NOTES.has(note)))
    )
      detail.retired = true;
    // An empty answer after a proven one is normal (a session without threat entries).
    if (!(outcome === 'inconclusive' && outcomes[id] === 'proven')) outcomes[id] = outcome;
    opts.onOutcome?.(id, outcomes[id], note);
  };
  const retired = (id: StrategyId) => details[id].retired || outcomes[id] === 'unavailable';

  /** Records a failure; throws the ones that end the whole lookup (session over, cancelled). */
  function noteFailure(id: StrategyId, failure: LookupFailure): void {
    if (failure.kind === 'expired' || failure.kind === 'aborted') throw failure;
    if (failure.kind === 'unavailable') record(id, 'unavailable', failure.note || 'not-on-page');
    else if (failure.kind === 'inconclusive') record(id, 'inconclusive', failure.note || 'error-answer');
    else record(id, 'failed', failure.note || 'failed');
  }

  async function runRow(
    strategy: ThreatLogStrategy,
    row: TrafficRow,
    signal: AbortSignal,
  ): Promise<RowResult> {
    return slots.run(async () => {
      if (retired(strategy.id)) return { kind: 'skipped' } as const;
      try {
        const own = judgeRelated(row, (await strategy.fetch([row], signal, (task) => task())).records);
        if (own) {
          tallyRecords(databases, own);
          record(strategy.id, 'proven');
          return { kind: 'answered', records: own } as const;
        }
        record(strategy.id, 'inconclusive', 'empty');
        return { kind: 'empty' } as const;
      } catch (error) {
        const failure = lookupFailureOf(error);
        noteFailure(strategy.id, failure);
        return { kind: 'failure', failure } as const;
      }
    }, signal);
  }

  /** A single row prefers the per-row related-log query (what the UI itself would run). */
  function order(rows: TrafficRow[]): ThreatLogStrategy[] {
    if (rows.length !== 1) return strategies;
    return [...strategies.filter((s) => !s.batched), ...strategies.filter((s) => s.batched)];
  }

  return {
    outcomes,
    details,
    databases,
    unreadable: unreadableDatabases,
    async fetch(rows, signal) {
      const answers: StrategyAnswer[] = [];
      const searched: FetchedThreatLog['searched'] = [];
      let remaining = rows;
      let problem: LookupFailure | null = null;

      for (const strategy of order(rows)) {
        if (remaining.length === 0) break;
        if (retired(strategy.id)) continue;
        const searches = {
          strategy: strategy.id,
          searches: strategy.searches ?? STRATEGY_SEARCHES[strategy.id],
        };
        if (strategy.batched) {
          let records: LogRecord[];
          let unreadable: readonly UnreadableDatabase[];
          try {
            // One job per log database, each in its own slot.
            const read = await strategy.fetch(remaining, signal, (task) => slots.run(task, signal));
            records = read.records;
            unreadable = read.unreadable ?? [];
          } catch (error) {
            const failure = lookupFailureOf(error);
            noteFailure(strategy.id, failure);
            if (failure.kind === 'failed') {
              problem = failure;
              break; // an error the user must see (a rejected key): no fallthrough
            }
            // The latest path's reason is shown when nothing answers: the earlier ones were passed by.
            if (failure.kind === 'inconclusive') problem = failure;
            continue;
          }
          const proof = judgeBatch(remaining, records);
          if (proof.kind === 'other-sessions') {
            record(strategy.id, 'inconclusive', 'other-sessions');
            continue;
          }
          if (proof.answered.length > 0) tallyRecords(databases, records);
          for (const { database } of unreadable) unreadableDatabases.add(database);
          record(strategy.id, proof.answered.length > 0 ? 'proven' : 'inconclusive', 'empty');
          if (proof.answered.length > 0)
            answers.push({ strategy: strategy.id, rows: proof.answered, records, unreadable });
          searched.push(unreadable.length > 0 ? { ...partly(searches, unreadable), unreadable } : searches);
          remaining = proof.unanswered;
          continue;
        }

        const results = await Promise.all(remaining.map((row) => runRow(strategy, row, signal)));
        signal.throwIfAborted();
        const answered = remaining.filter((_, i) => results[i]?.kind === 'answered');
        for (const [i, row] of remaining.entries()) {
          const result = results[i];
          if (result?.kind === 'answered')
            answers.push({ strategy: strategy.id, rows: [row], records: result.records });
        }
        const searchedRows = remaining.filter((_, i) => results[i]?.kind === 'empty').map((row) => row.index);
        if (searchedRows.length > 0) searched.push({ ...searches, rows: searchedRows });
        const failures = results.flatMap((result) => (result.kind === 'failure' ? [result.failure] : []));
        const failed = failures.find((failure) => failure.kind === 'failed');
        if (failed) problem = failed;
        else problem = failures.find((failure) => failure.kind === 'inconclusive') ?? problem;
        remaining = remaining.filter((row) => !answered.includes(row));
        if (failed) break;
      }

      // "Not found" needs a path that searched; with none, say why. A shown error stays shown.
      const reason = problem;
      if (remaining.length === 0 || (searched.length > 0 && problem?.kind !== 'failed')) problem = null;
      else problem ??= NONE_WORKS;
      return { answers, unanswered: remaining, searched, problem, reason };
    },
  };
}
