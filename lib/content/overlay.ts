// Puts the UI on the page for one visit: a badge in each flagged row (plain DOM), and one
// tooltip, one side panel and the page summary (Preact). It renders LookupStates; it never
// fetches by itself.

import { h } from 'preact';
import { type BadgeView, createBadgeView } from '../../components/badge-view';
import {
  createFloatingHost,
  type FloatingHost,
  mountInShadow,
  type ShadowMount,
} from '../../components/mount';
import { SidePanel } from '../../components/SidePanel';
import { SummaryBar } from '../../components/SummaryBar';
import { PANEL_CSS } from '../../components/styles/panel-css';
import { SUMMARY_CSS } from '../../components/styles/summary-css';
import { TOOLTIP_CSS } from '../../components/styles/tooltip-css';
import { Tooltip } from '../../components/Tooltip';
import type { BridgeClient } from '../bridge/bridge-client';
import type { TrafficGrid } from '../page/find-grid';
import { GRID_ROW_SELECTOR } from '../page/selectors';
import { createSummaryHost, type SummaryHost } from '../page/summary-host';
import type { LookupState, TrafficRow } from '../panos/types';
import { openDetailedLogView, openThreatLogFor } from './row-actions';

export interface OverlayOptions {
  win: Window;
  bridge: BridgeClient | null;
  signal: AbortSignal;
  showTraining: boolean;
  /** The hash's location (vsys or device group), for navigation. */
  vsys: string;
  keyOf(row: TrafficRow): string;
  stateOf(row: TrafficRow): LookupState;
  /** On-demand mode: look this row up now. */
  requestLookup(row: TrafficRow): void;
  /** The panel's Retry: look this row up now, even while the firewall's failure delay runs. */
  retryLookup(row: TrafficRow): void;
}

interface MountedBadge {
  row: TrafficRow;
  key: string;
  view: BadgeView;
}

export interface Overlay {
  mountBadge(host: HTMLElement, shadow: ShadowRoot, row: TrafficRow): void;
  unmountBadge(host: HTMLElement): void;
  setState(key: string, state: LookupState): void;
  setSummary(
    grid: TrafficGrid,
    flagged: number,
    visible: number,
    problem: { message: string; fix: string } | null,
  ): void;
  dispose(): void;
}

export function createOverlay(opts: OverlayOptions): Overlay {
  const doc = opts.win.document;
  const badges = new Map<HTMLElement, MountedBadge>();
  let tooltip: { host: FloatingHost; mount: ShadowMount; badge: HTMLElement; anchor: HTMLElement } | null =
    null;
  // The panel follows its row by key: a grid refresh replaces the row and its badge.
  let panel: {
    host: FloatingHost;
    mount: ShadowMount;
    row: TrafficRow;
    key: string;
    anchor: HTMLElement;
  } | null = null;
  let summary: { host: SummaryHost; mount: ShadowMount; shown: string } | null = null;

  const lookupIfIdle = (row: TrafficRow) => {
    if (opts.stateOf(row).kind === 'idle') opts.requestLookup(row);
  };

  function renderTooltip() {
    if (!tooltip) return;
    const badge = badges.get(tooltip.badge);
    if (!badge) return hideTooltip();
    // Anchor on the whole row so the tooltip covers neither the row nor its badge.
    const row = tooltip.badge.closest(GRID_ROW_SELECTOR) ?? tooltip.anchor;
    const rect = row.getBoundingClientRect();
    const viewport = { width: opts.win.innerWidth, height: opts.win.innerHeight };
    tooltip.mount.update(h(Tooltip, { state: opts.stateOf(badge.row), anchorRect: rect, viewport }));
  }

  function showTooltip(host: HTMLElement, anchor: HTMLElement) {
    const badge = badges.get(host);
    if (!badge) return;
    lookupIfIdle(badge.row);
    if (!tooltip) {
      const floating = createFloatingHost(doc, 'threat-lens-tooltip');
      tooltip = {
        host: floating,
        mount: mountInShadow(floating.shadow, null, TOOLTIP_CSS),
        badge: host,
        anchor,
      };
    }
    tooltip.badge = host;
    tooltip.anchor = anchor;
    renderTooltip();
  }

  function hideTooltip() {
    tooltip?.mount.unmount();
    tooltip?.host.destroy();
    tooltip = null;
  }

  function renderPanel() {
    if (!panel) return;
    const { row, key } = panel;
    panel.mount.update(
      h(SidePanel, {
        state: opts.stateOf(row),
        returnFocusTo: panelReturnFocus(),
        showTraining: opts.showTraining,
        onClose: closePanel,
        onRetry: () => opts.retryLookup(row),
        onOpenDetailedLog: () => openDetailedLogView(findHostFor(key)),
        onOpenThreatLog: () => void openThreatLogFor(opts.bridge, row, opts.vsys),
      }),
    );
  }

  function openPanel(host: HTMLElement, anchor: HTMLElement) {
    const badge = badges.get(host);
    if (!badge) return;
    hideTooltip();
    lookupIfIdle(badge.row);
    if (panel) closePanel();
    const floating = createFloatingHost(doc, 'threat-lens-panel');
    const mount = mountInShadow(floating.shadow, null, PANEL_CSS);
    panel = { host: floating, mount, row: badge.row, key: badge.key, anchor };
    renderPanel();
    renderBadge(host);
  }

  function closePanel() {
    if (!panel) return;
    const { key } = panel;
    panel.mount.unmount();
    panel.host.destroy();
    panel = null;
    const host = findHostFor(key);
    if (host) renderBadge(host);
  }

  /** Focus goes back to the badge that opened the panel, or to that row's new badge. */
  function panelReturnFocus(): HTMLElement | null {
    if (!panel) return null;
    if (panel.anchor.isConnected) return panel.anchor;
    return findHostFor(panel.key);
  }

  function removeSummary() {
    summary?.mount.unmount();
    summary?.host.destroy();
    summary = null;
  }

  function findHostFor(key: string): HTMLElement | null {
    for (const [host, badge] of badges) if (badge.key === key) return host;
    return null;
  }

  function renderBadge(host: HTMLElement) {
    const badge = badges.get(host);
    if (!badge) return;
    const state = opts.stateOf(badge.row);
    if (host.getAttribute('data-state') !== state.kind) host.setAttribute('data-state', state.kind);
    badge.view.update(state, panel?.key === badge.key);
  }

  return {
    mountBadge(host, shadow, row) {
      const key = opts.keyOf(row);
      const moved = badges.get(host);
      if (moved) {
        // The marker moved this host into a new row element: the same badge shows that row now.
        if (moved.key !== key && tooltip?.badge === host) hideTooltip();
        moved.row = row;
        moved.key = key;
      } else {
        // Plain DOM, not a Preact render: grid renders add badges often (see badge-view).
        const view = createBadgeView(shadow, {
          onShowTooltip: (anchor) => showTooltip(host, anchor),
          onHideTooltip: hideTooltip,
          onOpenPanel: (anchor) => openPanel(host, anchor),
        });
        badges.set(host, { row, key, view });
      }
      renderBadge(host);
      // The open panel's row came back in a re-render: focus returns to this new badge on close.
      if (panel?.key === key) renderPanel();
    },
    unmountBadge(host) {
      badges.get(host)?.view.destroy();
      badges.delete(host);
      if (tooltip?.badge === host) hideTooltip();
    },
    setState(key) {
      for (const [host, badge] of badges) if (badge.key === key) renderBadge(host);
      if (tooltip && badges.get(tooltip.badge)?.key === key) renderTooltip();
      if (panel?.key === key) renderPanel();
    },
    setSummary(grid, flagged, visible, problem) {
      if (summary && !summary.host.host.isConnected) removeSummary();
      if (!summary) {
        const host = createSummaryHost(grid);
        summary = { host, mount: mountInShadow(host.shadow, null, SUMMARY_CSS), shown: '' };
      }
      // Most grid renders change nothing here: render only what changed.
      const shown = JSON.stringify([flagged, visible, problem?.message, problem?.fix]);
      if (shown === summary.shown) return;
      summary.shown = shown;
      summary.mount.update(h(SummaryBar, { flagged, visible, problem }));
    },
    dispose() {
      hideTooltip();
      closePanel();
      for (const badge of badges.values()) badge.view.destroy();
      badges.clear();
      removeSummary();
    },
  };
}
