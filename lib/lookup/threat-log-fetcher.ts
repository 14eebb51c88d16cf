// Picks the strategy that works on this firewall and runs it gently: batched strategies make
// one query for the whole page; the per-row one runs through the shared slots.

import type { LogRecord, TrafficRow } from '../panos/types';
import { LookupFailure, toLookupFailure } from './lookup-errors';
import type { Slots } from './slots';
import type { StrategyId, StrategyOutcomes, ThreatLogStrategy } from './strategy';

export interface FetchedThreatLog {
  strategy: StrategyId;
  records: LogRecord[];
}

export interface ThreatLogFetcher {
  fetch(rows: TrafficRow[], signal: AbortSignal): Promise<FetchedThreatLog>;
  readonly outcomes: Readonly<StrategyOutcomes>;
}

const NONE_WORKS = new LookupFailure(
  'unavailable',
  'This extension found no way to read the threat log on this firewall.',
  "Check that your admin role may read Monitor > Threat, or store an API key for this firewall in the extension's options.",
);

export function createThreatLogFetcher(opts: {
  /** In order of preference for a whole page. */
  strategies: ThreatLogStrategy[];
  slots: Slots;
  outcomes: StrategyOutcomes;
  onOutcome?(id: StrategyId, outcome: StrategyOutcomes[StrategyId]): void;
}): ThreatLogFetcher {
  const { strategies, slots, outcomes } = opts;
  const record = (id: StrategyId, outcome: StrategyOutcomes[StrategyId]) => {
    if (outcomes[id] === outcome) return;
    outcomes[id] = outcome;
    opts.onOutcome?.(id, outcome);
  };

  async function runStrategy(strategy: ThreatLogStrategy, rows: TrafficRow[], signal: AbortSignal) {
    if (strategy.batched) return slots.run(() => strategy.fetch(rows, signal), signal);
    const perRow = await Promise.all(
      rows.map((row) => slots.run(() => strategy.fetch([row], signal), signal)),
    );
    return perRow.flat();
  }

  /** A single row prefers the per-row related-log query (what the UI itself would run). */
  function order(rows: TrafficRow[]): ThreatLogStrategy[] {
    if (rows.length !== 1) return strategies;
    return [...strategies.filter((s) => !s.batched), ...strategies.filter((s) => s.batched)];
  }

  return {
    outcomes,
    async fetch(rows, signal) {
      for (const strategy of order(rows)) {
        if (outcomes[strategy.id] === 'unavailable') continue;
        try {
          const records = await runStrategy(strategy, rows, signal);
          record(strategy.id, 'works');
          return { strategy: strategy.id, records };
        } catch (error) {
          const failure = toLookupFailure(error, 'bridge');
          if (failure.kind === 'unavailable') {
            record(strategy.id, 'unavailable');
            continue;
          }
          if (failure.kind === 'failed') record(strategy.id, 'failed');
          throw failure;
        }
      }
      throw NONE_WORKS;
    },
  };
}
