// The side panel of one visit: opens on a badge, follows its row by key through grid
// re-renders, docks at the edge that leaves the row's Action and Session End Reason cells in
// view, marks the explained row, steps to the previous / next flagged row, and remembers which
// sections the user opened. Which row it explains is kept in the visit state.

import { h } from 'preact';
import {
  createPreactContainer,
  floatingHost,
  type PreactContainer,
} from '../../../components/preact-container';
import { SidePanel } from '../../../components/SidePanel';
import { PANEL_CSS } from '../../../components/styles/panel-css';
import { dockPanel, type PanelDock } from '../../../components/view-logic/panel-dock';
import type { BridgeClient } from '../../../lib/bridge/bridge-client';
import { rowCellExtents } from '../../../lib/page/grid-cell';
import { markRow, revealRow, unmarkRow } from '../../../lib/page/row-highlight';
import { GRID_ROW_SELECTOR } from '../../../lib/page/selectors';
import type { TrafficRow } from '../../../lib/panos/types';
import { loadPanelSections, type PanelSections, savePanelSection } from '../../../lib/storage/panel-sections';
import { openDetailedLogView, openThreatLogFor } from './row-actions';
import type { VisitChange, VisitPart, VisitState } from './visit-state';

export interface PanelOptions {
  win: Window;
  /** The overlay's: window listeners go away with it. */
  signal: AbortSignal;
  bridge: BridgeClient | null;
  vsys: string;
  showTraining: boolean;
  state: VisitState;
}

export interface OverlayPanel extends VisitPart {
  /** Opens on the row of the badge in `host`; focus returns to `anchor` on close. */
  open(host: HTMLElement, anchor: HTMLElement): void;
}

const KEEP_CLEAR = ['action', 'session_end_reason'] as const;

export function createOverlayPanel(opts: PanelOptions): OverlayPanel {
  const { win, state } = opts;
  let panel: {
    container: PreactContainer;
    row: TrafficRow;
    key: string;
    anchor: HTMLElement;
    dock: PanelDock;
    marked: HTMLElement | null;
  } | null = null;
  let sections: PanelSections = {};
  loadPanelSections()
    .then((stored) => {
      sections = stored;
      panel?.container.render();
    })
    .catch(() => undefined);

  const rowOf = (host: HTMLElement | null) => host?.closest<HTMLElement>(GRID_ROW_SELECTOR) ?? null;
  const hostFor = (key: string) => state.flagged().find((badge) => badge.key === key)?.host ?? null;

  const dockFor = (row: HTMLElement | null) =>
    dockPanel(win.innerWidth, row ? rowCellExtents(row, KEEP_CLEAR) : []);

  /** After a grid re-render: mark the (new) row element again. */
  function remark() {
    if (!panel) return;
    const row = rowOf(hostFor(panel.key));
    if (row === panel.marked) return;
    if (panel.marked) unmarkRow(panel.marked);
    panel.marked = row;
    if (row) markRow(row, 'explained');
  }

  /** The window or the columns changed: dock again so the cells stay clear. */
  function redock() {
    if (!panel) return;
    const dock = dockFor(panel.marked);
    if (dock.side === panel.dock.side && dock.width === panel.dock.width) return;
    panel.dock = dock;
    panel.container.render();
  }
  win.addEventListener('resize', redock, { signal: opts.signal });

  function step(delta: number) {
    if (!panel) return;
    const flagged = state.flagged();
    const at = flagged.findIndex((badge) => badge.key === panel?.key);
    const next = flagged[(at + delta + flagged.length) % flagged.length];
    if (next && next.key !== panel.key) open(next.host, next.host);
  }

  function toggleSection(id: string, isOpen: boolean) {
    sections = { ...sections, [id]: isOpen };
    savePanelSection(id, isOpen).catch(() => undefined);
  }

  function view() {
    if (!panel) return null;
    const { row, key } = panel;
    const flagged = state.flagged();
    const index = flagged.findIndex((badge) => badge.key === key);
    const returnTo = panel.anchor.isConnected ? panel.anchor : hostFor(key);
    const shown = state.stateOf(row);
    return h(SidePanel, {
      state: shown,
      returnFocusTo: returnTo,
      showTraining: opts.showTraining,
      dock: panel.dock,
      position: index >= 0 ? { index, count: flagged.length } : undefined,
      onPrevious: () => step(-1),
      onNext: () => step(1),
      openSections: sections,
      onToggleSection: toggleSection,
      onClose: () => close(),
      onRetry: () => state.retry(row),
      onOpenDetailedLog: () => openDetailedLogView(hostFor(key)),
      onOpenThreatLog: () => {
        const subtype = shown.kind === 'done' ? (shown.explanation.threat?.subtype ?? null) : null;
        void openThreatLogFor(opts.bridge, row, opts.vsys, subtype);
      },
    });
  }

  function open(host: HTMLElement, anchor: HTMLElement) {
    const badge = state.badge(host);
    if (!badge) return;
    state.lookUp(badge.row);
    takeDown();
    const row = rowOf(host);
    if (row) revealRow(row);
    const dock = dockFor(row);
    const container = createPreactContainer(floatingHost(win.document, 'threat-lens-panel'), PANEL_CSS, view);
    panel = { container, row: badge.row, key: badge.key, anchor, dock, marked: null };
    remark();
    container.render();
    state.explain(badge.key);
  }

  /** Removes the panel and its row mark; the visit state is told by the caller. */
  function takeDown() {
    if (!panel) return;
    if (panel.marked) unmarkRow(panel.marked);
    panel.container.destroy();
    panel = null;
  }

  function close() {
    takeDown();
    state.explain(null);
  }

  return {
    open,
    update(change: VisitChange) {
      if (!panel) return;
      if (change.kind === 'lookup' && change.key === panel.key) panel.container.render();
      else if (change.kind === 'badge' && change.key === panel.key) {
        // Its row came back in a re-render: mark it, and focus returns to this badge.
        remark();
        redock();
        panel.container.render();
      }
    },
    dispose: takeDown,
  };
}
