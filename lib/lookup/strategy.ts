import type { LogRecord, TrafficRow } from '../panos/types';

/** The ways of reading the threat log (docs/ARCHITECTURE.md, "Threat lookup strategies"). */
export type StrategyId = 'related-log' | 'ui-log-store' | 'xml-api-cookie' | 'xml-api-key';

export type StrategyOutcome = 'untried' | 'works' | 'unavailable' | 'failed';

/** One way of reading the threat log. Throws LookupFailure. */
export interface ThreatLogStrategy {
  readonly id: StrategyId;
  /** One call covers many sessions; otherwise one call per row. */
  readonly batched: boolean;
  fetch(rows: TrafficRow[], signal: AbortSignal): Promise<LogRecord[]>;
}

export const STRATEGY_LABELS: Record<StrategyId, string> = {
  'related-log': "the Detailed Log View's related-log query",
  'ui-log-store': "the web UI's own threat log query",
  'xml-api-cookie': 'the XML API with your web UI session',
  'xml-api-key': 'the XML API with the API key stored for this firewall',
};

export type StrategyOutcomes = Record<StrategyId, StrategyOutcome>;

export function untriedOutcomes(): StrategyOutcomes {
  return {
    'related-log': 'untried',
    'ui-log-store': 'untried',
    'xml-api-cookie': 'untried',
    'xml-api-key': 'untried',
  };
}
