import type { StrategyDetail, StrategyId, StrategyOutcome } from '../messages';
import type { LogRecord, TrafficRow } from '../panos/types';

/** One way of reading the threat log. Throws LookupFailure. */
export interface ThreatLogStrategy {
  readonly id: StrategyId;
  /** One call covers many sessions; otherwise one call per row. */
  readonly batched: boolean;
  /** What it searches, in words ("the threat log"), for the "nothing found" answer. */
  readonly searches?: string;
  fetch(rows: TrafficRow[], signal: AbortSignal): Promise<LogRecord[]>;
}

export const STRATEGY_LABELS: Record<StrategyId, string> = {
  'related-log': "the Detailed Log View's related-log query",
  'ui-log-store': "the web UI's own threat log query",
  'xml-api-cookie': 'the XML API with your web UI session',
  'xml-api-key': 'the XML API with the API key stored for this firewall',
};

/** What each path searches unless it says otherwise. */
export const STRATEGY_SEARCHES: Record<StrategyId, string> = {
  'related-log': "the session's related logs",
  'ui-log-store': 'the threat log',
  'xml-api-cookie': 'the threat log',
  'xml-api-key': 'the threat log',
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
