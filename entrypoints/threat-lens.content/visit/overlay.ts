// Puts one visit's UI on the page: a badge in each flagged row (plain DOM), one tooltip, one
// side panel and the page summary by cause (each a Preact container). The parts read the
// visit state and follow its changes; none of them fetches, and one dispose() takes them all
// off the page.

import type { BridgeClient } from '../../../lib/bridge/bridge-client';
import { createOverlayBadges } from './overlay-badges';
import { createOverlayPanel } from './overlay-panel';
import { createOverlaySummary } from './overlay-summary';
import { createOverlayTooltip } from './overlay-tooltip';
import type { VisitPart, VisitState } from './visit-state';

export interface OverlayOptions {
  win: Window;
  bridge: BridgeClient | null;
  state: VisitState;
  showTraining: boolean;
  /** The hash's location (vsys or device group), for navigation. */
  vsys: string;
}

export interface Overlay {
  /** The row marker's hooks: a badge host was put in (or moved into) a row element, or dropped. */
  mountBadge(host: HTMLElement, shadow: ShadowRoot, rowIndex: number): void;
  unmountBadge(host: HTMLElement): void;
  dispose(): void;
}

export function createOverlay(opts: OverlayOptions): Overlay {
  const { win, state } = opts;
  const lifetime = new AbortController();
  const tooltip = createOverlayTooltip(win, state);
  const panel = createOverlayPanel({ ...opts, signal: lifetime.signal });
  const summary = createOverlaySummary(state);
  const badges = createOverlayBadges(state, {
    showTooltip: tooltip.show,
    hideTooltip: tooltip.hide,
    openPanel(host, anchor) {
      tooltip.hide();
      panel.open(host, anchor);
    },
  });
  const parts: VisitPart[] = [badges, tooltip, panel, summary];
  state.subscribe((change) => {
    for (const part of parts) part.update(change);
  }, lifetime.signal);

  return {
    mountBadge: badges.mount,
    unmountBadge: badges.unmount,
    dispose() {
      if (lifetime.signal.aborted) return;
      lifetime.abort();
      for (const part of parts) part.dispose();
    },
  };
}
