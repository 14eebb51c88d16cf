// Explains the flagged rows of one grid page: one threat-log fetch for all rows not cached yet,
// exact correlation, one profile resolution per distinct (device, rule, profile type), then an
// Explanation per row, cached by (firewall, serial, session id, start).

import type { LruCache } from '../lru-cache';
import { logName } from '../panos/api/role-access';
import { explain } from '../panos/explain/explain';
import { correlate } from '../panos/logs/correlate';
import { DATABASES_READ_TEXT, databasesText, LOG_DATABASES } from '../panos/logs/log-databases';
import { rowCacheKey } from '../panos/logs/rows';
import { threatEntryFromRecord } from '../panos/logs/threat-entry';
import type {
  Explanation,
  LogDatabase,
  LookupState,
  ProfileResolution,
  SessionThreats,
  ThreatEntry,
  TrafficRow,
} from '../panos/types';
import type { FailureBackoff } from './failure-backoff';
import { type LookupFailure, lookupFailureOf } from './lookup-errors';
import type { SessionGate } from './session-gate';
import { STRATEGY_LABELS, type StrategyId, type UnreadableDatabase } from './strategy';
import { NONE_WORKS, type Searched, searchedFor, type ThreatLogFetcher } from './threat-log-fetcher';

export interface PageLookupDeps {
  origin: string;
  fetcher: ThreatLogFetcher;
  /** Throws LookupFailure only (the session over, or cancelled). */
  resolveProfile(entry: ThreatEntry, signal: AbortSignal): Promise<ProfileResolution>;
  cache: LruCache<string, Explanation>;
  gate: SessionGate;
  /** Per firewall: after a failure, rows wait before the next lookup (2 s doubling to 60 s). */
  backoff: FailureBackoff;
  onState(key: string, state: LookupState): void;
  onProblem?(failure: LookupFailure): void;
  /** When Panorama or firewall could not be told: why, in words, for every answer. */
  productNote?(): string | null;
}

export interface PageLookup {
  keyOf(row: TrafficRow): string;
  stateOf(row: TrafficRow): LookupState;
  /** Looks up every given row that has no answer yet, in one batch. */
  explainRows(rows: TrafficRow[], signal: AbortSignal): Promise<void>;
  /** The user's Retry: the firewall's failure delay starts over, and these rows are looked up now. */
  retry(rows: TrafficRow[], signal: AbortSignal): Promise<void>;
}

const READING = `Reading ${DATABASES_READ_TEXT}…`;

function profileKey(entry: ThreatEntry): string {
  return [entry.serial, entry.vsys, entry.ruleUuid || entry.rule, entry.subtype].join('\u0000');
}

/** "The URL Filtering log could not be read through …": one line per database a path could not read. */
function unreadableWords(strategy: StrategyId, unreadable: readonly UnreadableDatabase[] = []): string[] {
  return unreadable.map(
    ({ database, reason }) =>
      `${logName(database)} could not be read through ${STRATEGY_LABELS[strategy]}: ${reason}.`,
  );
}

/** "Searched the threat log through …; …": what was looked through before saying "not found". */
function searchedWords(searched: Searched[]): string[] {
  return searched.flatMap(({ strategy, searches, unreadable }) => [
    `Searched ${searches} through ${STRATEGY_LABELS[strategy]}: no entry for this session.`,
    ...unreadableWords(strategy, unreadable),
  ]);
}

/** "Threat, URL, data and WildFire logs": what a batched path read, for an answered row. */
function readWords(unreadable: readonly UnreadableDatabase[] = []): string {
  const skipped = new Set(unreadable.map(({ database }) => database));
  const text = databasesText(LOG_DATABASES.filter((database) => !skipped.has(database))).replace(/^the /, '');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** The databases some path that searched this row could not read (each may hold its cause). */
function unreadableOf(searched: Searched[]): LogDatabase[] {
  const databases = new Set(
    searched.flatMap(({ unreadable = [] }) => unreadable.map(({ database }) => database)),
  );
  return LOG_DATABASES.filter((database) => databases.has(database));
}

function failureState(failure: LookupFailure): LookupState {
  if (failure.kind === 'expired') return { kind: 'expired' };
  return { kind: 'error', message: failure.message, fix: failure.fix || 'Try again later.' };
}

function heldState(backoff: FailureBackoff): LookupState {
  const seconds = Math.ceil(backoff.waitMs() / 1000);
  return {
    kind: 'error',
    message: backoff.last?.message ?? 'The last lookup on this firewall failed.',
    fix: `Not asked again for ${seconds} s, to spare the firewall; Retry asks now.`,
  };
}

export function createPageLookup(deps: PageLookupDeps): PageLookup {
  const { cache, gate, backoff } = deps;
  const pending = new Map<string, LookupState>();
  // Asked several times per row and grid render (badge, state, lookup): computed once per row.
  const keys = new WeakMap<TrafficRow, string>();
  const keyOf = (row: TrafficRow) => {
    let key = keys.get(row);
    if (key === undefined) {
      key = rowCacheKey(deps.origin, row);
      keys.set(row, key);
    }
    return key;
  };
  const setState = (key: string, state: LookupState) => {
    if (state.kind === 'done') {
      cache.set(key, state.explanation);
      pending.delete(key);
    } else {
      pending.set(key, state);
    }
    deps.onState(key, state);
  };

  /** Explains what was fetched; returns the failure rows were left with, if any (for the backoff). */
  async function explainFetched(rows: TrafficRow[], signal: AbortSignal): Promise<LookupFailure | null> {
    let failed: LookupFailure | null = null;
    const fetched = await deps.fetcher.fetch(rows, signal);
    const profiles = new Map<string, Promise<ProfileResolution>>();
    const explainRow = async (
      row: TrafficRow,
      threats: SessionThreats,
      provenance: string[],
      unreadable: LogDatabase[] = [],
    ) => {
      let profile: ProfileResolution | null = null;
      if (threats.blocking) {
        const key = profileKey(threats.blocking);
        if (!profiles.has(key)) profiles.set(key, deps.resolveProfile(threats.blocking, signal));
        profile = await (profiles.get(key) as Promise<ProfileResolution>);
      }
      signal.throwIfAborted();
      const productNote = deps.productNote?.() ?? null;
      setState(keyOf(row), {
        kind: 'done',
        explanation: explain({ row, threats, profile, provenance, productNote, unreadable }),
      });
    };
    const jobs = fetched.answers.flatMap((answer) => {
      const entries = answer.records.map(threatEntryFromRecord).filter((entry) => entry.subtype !== '');
      const matches = correlate(answer.rows, entries);
      const provenance = [
        `${answer.strategy === 'related-log' ? "The session's related logs" : readWords(answer.unreadable)} read through ${STRATEGY_LABELS[answer.strategy]}, in your PAN-OS session.`,
        ...unreadableWords(answer.strategy, answer.unreadable),
      ];
      return answer.rows.map((row) =>
        explainRow(row, matches.get(row.index) ?? { blocking: null, others: [] }, provenance),
      );
    });
    if (fetched.problem) {
      deps.onProblem?.(fetched.problem);
      if (fetched.unanswered.length > 0) failed = fetched.problem;
      for (const row of fetched.unanswered) setState(keyOf(row), failureState(fetched.problem));
    } else {
      for (const row of fetched.unanswered) {
        const searched = searchedFor(fetched, row);
        // Nothing searched for this row (its per-row query failed): say why, not "not found".
        if (searched.length === 0) {
          failed = fetched.reason ?? NONE_WORKS;
          deps.onProblem?.(fetched.reason ?? NONE_WORKS);
          setState(keyOf(row), failureState(fetched.reason ?? NONE_WORKS));
        } else
          jobs.push(
            explainRow(row, { blocking: null, others: [] }, searchedWords(searched), unreadableOf(searched)),
          );
      }
    }
    await Promise.all(jobs);
    return failed;
  }

  return {
    keyOf,
    stateOf(row) {
      const key = keyOf(row);
      const explanation = cache.get(key);
      if (explanation) return { kind: 'done', explanation };
      if (gate.expired) return { kind: 'expired' };
      return pending.get(key) ?? { kind: 'idle' };
    },
    async explainRows(rows, signal) {
      const todo = rows.filter((row) => {
        const state = this.stateOf(row);
        return state.kind === 'idle' || state.kind === 'error';
      });
      if (todo.length === 0) return;
      if (gate.expired) {
        for (const row of todo) setState(keyOf(row), { kind: 'expired' });
        return;
      }
      // The firewall failed a moment ago: no new query yet, whatever re-rendered the grid.
      if (!backoff.mayRetry()) {
        for (const row of todo) setState(keyOf(row), heldState(backoff));
        return;
      }
      for (const row of todo) setState(keyOf(row), { kind: 'loading', detail: READING });
      try {
        const failed = await explainFetched(todo, signal);
        if (!failed) backoff.succeeded();
        else if (failed.kind !== 'expired')
          backoff.failed({ message: failed.message, fix: failed.fix || 'Try again later.' });
      } catch (error) {
        const failure = lookupFailureOf(error);
        if (failure.kind === 'aborted' || signal.aborted) {
          for (const row of todo) if (pending.get(keyOf(row))?.kind === 'loading') pending.delete(keyOf(row));
          return;
        }
        if (failure.kind === 'expired') gate.expire();
        else backoff.failed({ message: failure.message, fix: failure.fix || 'Try again later.' });
        deps.onProblem?.(failure);
        for (const row of todo) if (!cache.has(keyOf(row))) setState(keyOf(row), failureState(failure));
      }
    },
    retry(rows, signal) {
      backoff.reset();
      return this.explainRows(rows, signal);
    },
  };
}
