import { DATABASES_READ_TEXT } from '../panos/logs/log-databases';
import type { LogDatabase, LogRecord, TrafficRow } from '../panos/types';

/** The ways of reading the threat log (docs/ARCHITECTURE.md, "Threat lookup strategies"). */
export type StrategyId = 'related-log' | 'ui-log-store' | 'xml-api-cookie' | 'xml-api-key';

/**
 * What a lookup path has shown on this page: `proven` answered with entries of the asked sessions;
 * `inconclusive` answered nothing usable (empty, no content job, entries of other sessions, no
 * answer in time), so the next path ran; `unavailable` is not there (or not allowed) here;
 * `failed` answered with an error that was shown.
 */
export type StrategyOutcome = 'untried' | 'proven' | 'inconclusive' | 'unavailable' | 'failed';

/** Why a path was inconclusive, unavailable or failed: fixed codes, never log content. */
export type StrategyNote =
  | ''
  | 'empty'
  | 'no-content-job'
  | 'other-sessions'
  | 'timed-out'
  | 'error-answer'
  | 'no-page-context'
  | 'not-on-page'
  | 'no-query'
  | 'failed';

export const STRATEGY_NOTES: readonly StrategyNote[] = [
  '',
  'empty',
  'no-content-job',
  'other-sessions',
  'timed-out',
  'error-answer',
  'no-page-context',
  'not-on-page',
  'no-query',
  'failed',
];

/** Per path, for diagnostics: how many calls ended each way, and the last reason. */
export interface StrategyDetail {
  proven: number;
  inconclusive: number;
  unavailable: number;
  failed: number;
  note: StrategyNote;
  /** Not asked again on this page (filter ignored, never answered, not there). */
  retired: boolean;
}

/** Runs one firewall job in a concurrency slot (shared by the firewall's tabs). */
export type SlotRunner = <T>(task: () => Promise<T>) => Promise<T>;

/** A log database a path could not read (its query refused while others answered), and why in words. */
export interface UnreadableDatabase {
  database: LogDatabase;
  reason: string;
}

/** What a path read: the records, and the databases it could not read (skipped for the page's life). */
export interface StrategyRead {
  records: LogRecord[];
  unreadable?: readonly UnreadableDatabase[];
}

/**
 * One way of reading the logs a Security Profile writes (threat, URL, data, WildFire).
 * Throws LookupFailure only. A batched strategy runs each of its jobs through `inSlot`; a per-row
 * one is already in a slot.
 */
export interface ThreatLogStrategy {
  readonly id: StrategyId;
  /** One call covers many sessions; otherwise one call per row. */
  readonly batched: boolean;
  /** What it searches, in words ("the threat log"), for the "nothing found" answer. */
  readonly searches?: string;
  fetch(rows: TrafficRow[], signal: AbortSignal, inSlot: SlotRunner): Promise<StrategyRead>;
}

export const STRATEGY_LABELS: Record<StrategyId, string> = {
  'related-log': "the Detailed Log View's related-log query",
  'ui-log-store': "the web UI's own log queries",
  'xml-api-cookie': 'the XML API with your web UI session',
  'xml-api-key': 'the XML API with the API key stored for this firewall',
};

/** What each path searches unless it says otherwise. */
export const STRATEGY_SEARCHES: Record<StrategyId, string> = {
  'related-log': "the session's related logs",
  'ui-log-store': DATABASES_READ_TEXT,
  'xml-api-cookie': DATABASES_READ_TEXT,
  'xml-api-key': DATABASES_READ_TEXT,
};

export const STRATEGY_IDS: readonly StrategyId[] = [
  'related-log',
  'ui-log-store',
  'xml-api-cookie',
  'xml-api-key',
];

export type StrategyOutcomes = Record<StrategyId, StrategyOutcome>;
export type StrategyDetails = Record<StrategyId, StrategyDetail>;

export function untriedOutcomes(): StrategyOutcomes {
  return {
    'related-log': 'untried',
    'ui-log-store': 'untried',
    'xml-api-cookie': 'untried',
    'xml-api-key': 'untried',
  };
}

export function emptyDetail(): StrategyDetail {
  return { proven: 0, inconclusive: 0, unavailable: 0, failed: 0, note: '', retired: false };
}

export function emptyDetails(): StrategyDetails {
  return {
    'related-log': emptyDetail(),
    'ui-log-store': emptyDetail(),
    'xml-api-cookie': emptyDetail(),
    'xml-api-key': emptyDetail(),
  };
}
