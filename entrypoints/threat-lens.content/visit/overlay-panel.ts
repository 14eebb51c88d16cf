// The side panel for one visit: opens on a badge, follows its row by key through grid
// re-renders, docks at the edge that leaves the row's Action and Session End Reason cells in
// view, marks the explained row, steps to the previous / next flagged row, and remembers which
// sections the user opened.

import { h } from 'preact';
import {
  createFloatingHost,
  type FloatingHost,
  mountInShadow,
  type ShadowMount,
} from '../../../components/mount';
import { SidePanel } from '../../../components/SidePanel';
import { PANEL_CSS } from '../../../components/styles/panel-css';
import { dockPanel, type PanelDock } from '../../../components/view-logic/panel-dock';
import type { BridgeClient } from '../../../lib/bridge/bridge-client';
import { rowCellExtents } from '../../../lib/page/grid-cell';
import { markRow, revealRow, unmarkRow } from '../../../lib/page/row-highlight';
import { GRID_ROW_SELECTOR } from '../../../lib/page/selectors';
import type { LookupState, TrafficRow } from '../../../lib/panos/types';
import { loadPanelSections, type PanelSections, savePanelSection } from '../../../lib/storage/panel-sections';
import { openDetailedLogView, openThreatLogFor } from './row-actions';

export interface FlaggedBadge {
  host: HTMLElement;
  row: TrafficRow;
  key: string;
}

export interface PanelDeps {
  win: Window;
  /** The visit's: window listeners go away with it. */
  signal: AbortSignal;
  bridge: BridgeClient | null;
  vsys: string;
  showTraining: boolean;
  stateOf(row: TrafficRow): LookupState;
  requestLookup(row: TrafficRow): void;
  /** The panel's Retry: look this row up now, even while the firewall's failure delay runs. */
  retryLookup(row: TrafficRow): void;
  /** The page's flagged rows that have a badge, in grid order. */
  flagged(): FlaggedBadge[];
  /** The panel opened, closed or moved: badges show which row it explains. */
  onChange(): void;
}

export interface PanelController {
  open(badge: FlaggedBadge, anchor: HTMLElement): void;
  close(): void;
  /** The key of the row the panel explains, or null. */
  key(): string | null;
  render(): void;
  /** After a grid re-render: mark the (new) row element again. */
  remark(): void;
  dispose(): void;
}

const KEEP_CLEAR = ['action', 'session_end_reason'] as const;

export function createPanelController(deps: PanelDeps): PanelController {
  const doc = deps.win.document;
  let panel: {
    host: FloatingHost;
    mount: ShadowMount;
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
      render();
    })
    .catch(() => undefined);

  const rowOf = (host: HTMLElement | null) => host?.closest<HTMLElement>(GRID_ROW_SELECTOR) ?? null;
  const hostFor = (key: string) => deps.flagged().find((badge) => badge.key === key)?.host ?? null;

  const dockFor = (row: HTMLElement | null) =>
    dockPanel(deps.win.innerWidth, row ? rowCellExtents(row, KEEP_CLEAR) : []);

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
    render();
  }
  deps.win.addEventListener('resize', redock, { signal: deps.signal });

  function step(delta: number) {
    if (!panel) return;
    const flagged = deps.flagged();
    const at = flagged.findIndex((badge) => badge.key === panel?.key);
    const next = flagged[(at + delta + flagged.length) % flagged.length];
    if (next && next.key !== panel.key) open(next, next.host);
  }

  function toggleSection(id: string, isOpen: boolean) {
    sections = { ...sections, [id]: isOpen };
    savePanelSection(id, isOpen).catch(() => undefined);
  }

  function render() {
    if (!panel) return;
    const { row, key } = panel;
    const flagged = deps.flagged();
    const index = flagged.findIndex((badge) => badge.key === key);
    const returnTo = panel.anchor.isConnected ? panel.anchor : hostFor(key);
    const state = deps.stateOf(row);
    panel.mount.update(
      h(SidePanel, {
        state,
        returnFocusTo: returnTo,
        showTraining: deps.showTraining,
        dock: panel.dock,
        position: index >= 0 ? { index, count: flagged.length } : undefined,
        onPrevious: () => step(-1),
        onNext: () => step(1),
        openSections: sections,
        onToggleSection: toggleSection,
        onClose: close,
        onRetry: () => deps.retryLookup(row),
        onOpenDetailedLog: () => openDetailedLogView(hostFor(key)),
        onOpenThreatLog: () => {
          const subtype = state.kind === 'done' ? (state.explanation.threat?.subtype ?? null) : null;
          void openThreatLogFor(deps.bridge, row, deps.vsys, subtype);
        },
      }),
    );
  }

  function open(badge: FlaggedBadge, anchor: HTMLElement) {
    if (deps.stateOf(badge.row).kind === 'idle') deps.requestLookup(badge.row);
    if (panel) close(false);
    const row = rowOf(badge.host);
    if (row) revealRow(row);
    const dock = dockFor(row);
    const host = createFloatingHost(doc, 'threat-lens-panel');
    const mount = mountInShadow(host.shadow, null, PANEL_CSS);
    panel = { host, mount, row: badge.row, key: badge.key, anchor, dock, marked: null };
    remark();
    render();
    deps.onChange();
  }

  function close(notify = true) {
    if (!panel) return;
    if (panel.marked) unmarkRow(panel.marked);
    panel.mount.unmount();
    panel.host.destroy();
    panel = null;
    if (notify) deps.onChange();
  }

  return {
    open,
    close: () => close(),
    key: () => panel?.key ?? null,
    render,
    remark: () => {
      remark();
      redock();
    },
    dispose: () => close(false),
  };
}
