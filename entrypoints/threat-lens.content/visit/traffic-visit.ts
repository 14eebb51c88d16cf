// One visit of Monitor > Traffic: keep exactly one badge on each flagged row through every
// re-render, show the page summary, and look the flagged rows up (prefetch or on demand).
// The flow, top-down: the page lookup reports each row's new state to the visit state; the
// overlay (badges, tooltip, panel, summary) reads that state and follows its changes; the row
// marker places the badges; each grid refresh puts the rows into the state, marks them and
// starts the lookups.
// Everything registered here hangs off `signal`, aborted when the user leaves the page.

import type { BridgeClient } from '../../../lib/bridge/bridge-client';
import { createPageLookup } from '../../../lib/lookup/page-lookup';
import type { PageStatus } from '../../../lib/messages';
import type { parseHash } from '../../../lib/page/detect';
import { findTrafficGrid } from '../../../lib/page/find-grid';
import { observeGridBody } from '../../../lib/page/grid-changes';
import { createRowMarker } from '../../../lib/page/row-marker';
import { gridLayoutOf, isFlagged } from '../../../lib/panos/logs/rows';
import { signsFromGrid } from '../../../lib/panos/product-signs';
import type { Settings } from '../../../lib/storage/settings';
import type { LookupSetup } from '../lookups/lookup-setup';
import { MARK_MEASURE, measure, now, REFRESH_MEASURE } from '../timing';
import { createOverlay } from './overlay';
import { readGridRows } from './read-rows';
import { createVisitState } from './visit-state';

export interface TrafficVisit {
  win: Window;
  bridge: BridgeClient | null;
  setup: LookupSetup;
  status: PageStatus;
  settings: Pick<Settings, 'lookupMode' | 'showTraining'>;
  signal: AbortSignal;
  location: ReturnType<typeof parseHash>;
}

const LAYOUT_FIX =
  'Show the Action and Session End Reason columns (column header menu > Columns), then refresh.';

export interface RunningVisit {
  /** The popup's Retry: the failure delay starts over and the page's rows are looked up again. */
  retry(): void;
}

export function runTrafficVisit(visit: TrafficVisit): RunningVisit {
  const { win, bridge, setup, status, settings, signal } = visit;
  const lookup = createPageLookup({
    // Answers are kept per location too: on Panorama they say which device group the page shows.
    origin: `${win.location.origin}#${visit.location?.location ?? ''}`,
    fetcher: setup.fetcher,
    resolveProfile: setup.resolveProfile,
    cache: setup.cache,
    gate: setup.gate,
    productNote: () => setup.product.status().note,
    backoff: setup.backoff,
    // Every new state goes to the visit state (next), which the UI parts follow.
    onState: (key) => state.lookupChanged(key),
    onProblem: (failure) => {
      status.problem = { message: failure.message, fix: failure.fix };
      status.problemKind = failure.kind;
    },
  });
  const state = createVisitState(lookup, signal);
  const overlay = createOverlay({
    win,
    bridge,
    state,
    showTraining: settings.showTraining,
    vsys: visit.location?.location ?? '',
  });
  const marker = createRowMarker({ onBadgeMount: overlay.mountBadge, onBadgeUnmount: overlay.unmountBadge });

  let observedBody: Element | null = null;
  let bodyWatch: AbortController | null = null;
  let running = false;
  let again = false;

  async function refresh() {
    const refreshStart = now(win);
    const grid = findTrafficGrid(win.document);
    if (!grid) return;
    if (grid.body !== observedBody) {
      bodyWatch?.abort();
      bodyWatch = new AbortController();
      signal.addEventListener('abort', () => bodyWatch?.abort(), { once: true });
      observedBody = grid.body;
      observeGridBody(grid.body, schedule, bodyWatch.signal);
    }
    const read = await readGridRows(bridge, grid.root, grid.body);
    if (signal.aborted) return;
    status.rowSource = read.source;
    status.rowsVisible = read.rows.length;
    status.gridLayout =
      read.source === 'none'
        ? { fieldsFound: [], fieldsMissing: [...read.missing] }
        : gridLayoutOf(read.rows.map(({ row }) => row));
    if (read.source === 'none') {
      const missing = read.missing
        .map((field) => (field === 'action' ? 'Action' : 'Session End Reason'))
        .join(' and ');
      status.problem = {
        message: `Threat Lens cannot see the ${missing} column of this grid.`,
        fix: LAYOUT_FIX,
      };
      status.problemKind = 'grid-layout';
      marker.clear();
      status.rowsFlagged = 0;
      state.showSummary({ grid, flagged: 0, visible: 0, problem: status.problem });
      return;
    }
    setup.noteConfigVersions(read.rows.map(({ row }) => row));
    setup.product.note(
      signsFromGrid(
        read.rows.map(({ row }) => row.serial),
        read.shownFields,
      ),
    );
    const markStart = now(win);
    state.setRows(read.rows.map(({ row }) => row));
    const flagged = read.rows.filter(({ row }) => isFlagged(row));
    status.rowsFlagged = flagged.length;
    marker.sync(
      read.rows.map(({ row, element }) => ({ element, rowIndex: row.index, flagged: isFlagged(row) })),
    );
    state.showSummary({ grid, flagged: flagged.length, visible: read.rows.length, problem: null });
    measure(win, MARK_MEASURE, markStart);
    if (settings.lookupMode === 'prefetch' && flagged.length > 0) {
      void lookup.explainRows(
        flagged.map(({ row }) => row),
        signal,
      );
    }
    measure(win, REFRESH_MEASURE, refreshStart);
  }

  // Re-renders come in bursts (store load, then view refresh): one refresh at a time, and one
  // more if anything changed meanwhile.
  function schedule() {
    if (signal.aborted) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    refresh()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          schedule();
        }
      });
  }

  bridge?.onGridEvent(schedule, signal);
  signal.addEventListener(
    'abort',
    () => {
      marker.clear();
      overlay.dispose();
    },
    { once: true },
  );
  schedule();
  return {
    retry() {
      setup.backoff.reset();
      status.problem = null;
      status.problemKind = undefined;
      schedule();
    },
  };
}
