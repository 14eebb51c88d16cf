// Puts the UI on the page for one visit: a badge in each flagged row (plain DOM), and one
// tooltip, one side panel (./overlay-panel) and the page summary by cause (Preact). It renders
// LookupStates; it never fetches by itself.

import { h } from 'preact';
import { type BadgeView, createBadgeView } from '../../../components/badge-view';
import {
  createFloatingHost,
  type FloatingHost,
  mountInShadow,
  type ShadowMount,
} from '../../../components/mount';
import { SummaryBar } from '../../../components/SummaryBar';
import { SUMMARY_CSS } from '../../../components/styles/summary-css';
import { TOOLTIP_CSS } from '../../../components/styles/tooltip-css';
import { Tooltip } from '../../../components/Tooltip';
import { type CauseGroup, groupCauses } from '../../../components/view-logic/summary-causes';
import type { BridgeClient } from '../../../lib/bridge/bridge-client';
import type { TrafficGrid } from '../../../lib/page/find-grid';
import { isMarked, markRow, revealRow, unmarkAll } from '../../../lib/page/row-highlight';
import { GRID_ROW_SELECTOR } from '../../../lib/page/selectors';
import { createSummaryHost, type SummaryHost } from '../../../lib/page/summary-host';
import type { LookupState, TrafficRow } from '../../../lib/panos/types';
import { createPanelController, type FlaggedBadge } from './overlay-panel';

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
  let summary: { host: SummaryHost; mount: ShadowMount; shown: string } | null = null;
  let summaryInput: {
    grid: TrafficGrid;
    flagged: number;
    visible: number;
    problem: { message: string; fix: string } | null;
  } | null = null;
  /** The cause chosen in the summary, and which of its rows is the current one. */
  let chosen: { id: string; position: number } | null = null;

  const lookupIfIdle = (row: TrafficRow) => {
    if (opts.stateOf(row).kind === 'idle') opts.requestLookup(row);
  };

  /** Badged rows in grid order. */
  function flagged(): FlaggedBadge[] {
    return Array.from(badges, ([host, badge]) => ({ host, row: badge.row, key: badge.key })).sort(
      (a, b) => a.row.index - b.row.index,
    );
  }

  const panel = createPanelController({
    win: opts.win,
    signal: opts.signal,
    bridge: opts.bridge,
    vsys: opts.vsys,
    showTraining: opts.showTraining,
    stateOf: opts.stateOf,
    requestLookup: opts.requestLookup,
    retryLookup: opts.retryLookup,
    flagged,
    onChange: () => {
      for (const host of badges.keys()) renderBadge(host);
    },
  });

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

  function openPanel(host: HTMLElement, anchor: HTMLElement) {
    const badge = badges.get(host);
    if (!badge) return;
    hideTooltip();
    panel.open({ host, row: badge.row, key: badge.key }, anchor);
  }

  function causes(): CauseGroup[] {
    return groupCauses(flagged().map(({ row }) => ({ index: row.index, state: opts.stateOf(row) })));
  }

  /** Marks the chosen cause's rows, the current one stronger, and brings it into view. */
  function markCause(groups: CauseGroup[]) {
    const body = summaryInput?.grid.body;
    if (body) unmarkAll(body, ['cause', 'cause-current']);
    const group = chosen ? groups.find((g) => g.id === chosen?.id) : undefined;
    if (!group || !chosen) return;
    const rowsByIndex = new Map(flagged().map((badge) => [badge.row.index, badge.host]));
    group.rows.forEach((index, i) => {
      const row = rowsByIndex.get(index)?.closest<HTMLElement>(GRID_ROW_SELECTOR);
      // The explained row keeps its own mark.
      if (!row || isMarked(row, 'explained')) return;
      markRow(row, i === chosen?.position ? 'cause-current' : 'cause');
      if (i === chosen?.position) revealRow(row);
    });
  }

  function chooseCause(id: string) {
    const group = causes().find((g) => g.id === id);
    if (!group) return;
    chosen =
      chosen?.id === id ? { id, position: (chosen.position + 1) % group.rows.length } : { id, position: 0 };
    renderSummary();
  }

  function removeSummary() {
    summary?.mount.unmount();
    summary?.host.destroy();
    summary = null;
  }

  function renderSummary() {
    if (!summaryInput) return;
    const { grid, flagged: count, visible, problem } = summaryInput;
    if (summary && !summary.host.host.isConnected) removeSummary();
    if (!summary) {
      const host = createSummaryHost(grid);
      summary = { host, mount: mountInShadow(host.shadow, null, SUMMARY_CSS), shown: '' };
    }
    const groups = causes();
    if (chosen && !groups.some((g) => g.id === chosen?.id)) chosen = null;
    // Most grid renders and answers change nothing here: render (and mark) only what changed.
    const shown = JSON.stringify([count, visible, problem?.message, problem?.fix, groups, chosen]);
    if (shown === summary.shown) return;
    summary.shown = shown;
    markCause(groups);
    summary.mount.update(
      h(SummaryBar, { flagged: count, visible, problem, causes: groups, chosen, onChooseCause: chooseCause }),
    );
  }

  function renderBadge(host: HTMLElement) {
    const badge = badges.get(host);
    if (!badge) return;
    const state = opts.stateOf(badge.row);
    if (host.getAttribute('data-state') !== state.kind) host.setAttribute('data-state', state.kind);
    badge.view.update(state, panel.key() === badge.key);
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
      // The open panel's row came back in a re-render: mark it, and focus returns to this badge.
      if (panel.key() === key) {
        panel.remark();
        panel.render();
      }
    },
    unmountBadge(host) {
      badges.get(host)?.view.destroy();
      badges.delete(host);
      if (tooltip?.badge === host) hideTooltip();
    },
    setState(key) {
      for (const [host, badge] of badges) if (badge.key === key) renderBadge(host);
      if (tooltip && badges.get(tooltip.badge)?.key === key) renderTooltip();
      if (panel.key() === key) panel.render();
      renderSummary();
    },
    setSummary(grid, count, visible, problem) {
      // A new grid page: the chosen cause's stepping starts over.
      chosen = null;
      summaryInput = { grid, flagged: count, visible, problem };
      renderSummary();
    },
    dispose() {
      hideTooltip();
      panel.dispose();
      if (summaryInput) unmarkAll(summaryInput.grid.body, ['cause', 'cause-current']);
      for (const badge of badges.values()) badge.view.destroy();
      badges.clear();
      removeSummary();
    },
  };
}
