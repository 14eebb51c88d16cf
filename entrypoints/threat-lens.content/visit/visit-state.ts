// What one visit of Monitor > Traffic shows, in one place: the grid's rows, which row elements
// carry a badge, each row's lookup state (kept by the page lookup with its cache, which reports
// every change here), the row the side panel explains, the summary's input and the cause chosen
// in it. The grid refresh and the page lookup write here; the UI parts read and subscribe. The
// user's intents (look this row up, retry, choose a cause) are methods here too, so no part
// calls another through callbacks.

import { type CauseGroup, groupCauses } from '../../../components/view-logic/summary-causes';
import type { TrafficGrid } from '../../../lib/page/find-grid';
import type { LookupState, TrafficRow } from '../../../lib/panos/types';

/** What the visit asks of the page lookup (lib/lookup/page-lookup). */
export interface RowLookup {
  keyOf(row: TrafficRow): string;
  stateOf(row: TrafficRow): LookupState;
  explainRows(rows: TrafficRow[], signal: AbortSignal): Promise<void>;
  retry(rows: TrafficRow[], signal: AbortSignal): Promise<void>;
}

export interface FlaggedBadge {
  host: HTMLElement;
  row: TrafficRow;
  key: string;
}

export interface SummaryInput {
  grid: TrafficGrid;
  flagged: number;
  visible: number;
  problem: { message: string; fix: string } | null;
}

export interface ChosenCause {
  id: string;
  /** Which of the cause's rows (0-based) is the current one. */
  position: number;
}

export type VisitChange =
  /** A row's lookup state changed. */
  | { kind: 'lookup'; key: string }
  /** A badge host was placed in a row element; `newRow` when it shows another row than before. */
  | { kind: 'badge'; host: HTMLElement; key: string; newRow: boolean }
  | { kind: 'badge-gone'; host: HTMLElement }
  /** The panel opened, closed or moved to another row. */
  | { kind: 'explained' }
  /** The summary's input or the chosen cause changed. */
  | { kind: 'summary' };

/** One UI part of the visit (badges, tooltip, panel, summary): it follows the state's changes,
 *  and dispose() takes it off the page. */
export interface VisitPart {
  update(change: VisitChange): void;
  dispose(): void;
}

export interface VisitState {
  /** A grid refresh read these rows (the page's rows, by index). */
  setRows(rows: readonly TrafficRow[]): void;
  /** The marker put `host` in the element of row `rowIndex`; null when that row is not known. */
  placeBadge(host: HTMLElement, rowIndex: number): FlaggedBadge | null;
  removeBadge(host: HTMLElement): void;
  badge(host: HTMLElement): FlaggedBadge | null;
  /** Badged rows in grid order. */
  flagged(): FlaggedBadge[];

  stateOf(row: TrafficRow): LookupState;
  /** The page lookup wrote a new state for the row of `key`. */
  lookupChanged(key: string): void;
  /** On-demand: look this row up now, unless it has an answer or is being looked up. */
  lookUp(row: TrafficRow): void;
  /** The panel's Retry: look this row up now, even while the firewall's failure delay runs. */
  retry(row: TrafficRow): void;

  /** The key of the row the side panel explains, or null. */
  explained(): string | null;
  explain(key: string | null): void;

  summary(): SummaryInput | null;
  /** A new grid page: the chosen cause's stepping starts over. */
  showSummary(input: SummaryInput): void;
  /** The badged rows by cause. */
  causes(): CauseGroup[];
  chosenCause(): ChosenCause | null;
  /** Choosing the chosen cause again steps to its next row. */
  chooseCause(id: string): void;
  /** The chosen cause has no rows left. */
  forgetCause(): void;

  /** Every change, until `signal` aborts. */
  subscribe(listener: (change: VisitChange) => void, signal: AbortSignal): void;
}

export function createVisitState(lookup: RowLookup, signal: AbortSignal): VisitState {
  const rows = new Map<number, TrafficRow>();
  const badges = new Map<HTMLElement, FlaggedBadge>();
  const listeners = new Set<(change: VisitChange) => void>();
  let explainedKey: string | null = null;
  let summaryInput: SummaryInput | null = null;
  let chosen: ChosenCause | null = null;

  const emit = (change: VisitChange) => {
    for (const listener of listeners) listener(change);
  };
  const flagged = () => Array.from(badges.values()).sort((a, b) => a.row.index - b.row.index);
  const causes = () =>
    groupCauses(flagged().map(({ row }) => ({ index: row.index, state: lookup.stateOf(row) })));

  return {
    setRows(next) {
      rows.clear();
      for (const row of next) rows.set(row.index, row);
    },
    placeBadge(host, rowIndex) {
      const row = rows.get(rowIndex);
      if (!row) return null;
      const key = lookup.keyOf(row);
      const before = badges.get(host);
      const badge = { host, row, key };
      badges.set(host, badge);
      emit({ kind: 'badge', host, key, newRow: before?.key !== key });
      return badge;
    },
    removeBadge(host) {
      if (!badges.delete(host)) return;
      emit({ kind: 'badge-gone', host });
    },
    badge: (host) => badges.get(host) ?? null,
    flagged,

    stateOf: (row) => lookup.stateOf(row),
    lookupChanged: (key) => emit({ kind: 'lookup', key }),
    lookUp(row) {
      if (lookup.stateOf(row).kind === 'idle') void lookup.explainRows([row], signal);
    },
    retry(row) {
      void lookup.retry([row], signal);
    },

    explained: () => explainedKey,
    explain(key) {
      if (key === explainedKey) return;
      explainedKey = key;
      emit({ kind: 'explained' });
    },

    summary: () => summaryInput,
    showSummary(input) {
      summaryInput = input;
      chosen = null;
      emit({ kind: 'summary' });
    },
    causes,
    chosenCause: () => chosen,
    chooseCause(id) {
      const group = causes().find((g) => g.id === id);
      if (!group) return;
      chosen =
        chosen?.id === id ? { id, position: (chosen.position + 1) % group.rows.length } : { id, position: 0 };
      emit({ kind: 'summary' });
    },
    forgetCause() {
      chosen = null;
    },

    subscribe(listener, until) {
      if (until.aborted) return;
      listeners.add(listener);
      until.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
  };
}
