// The badges of one visit: one plain-DOM view per badge host (components/badge-view; grid
// renders add badges often, so no Preact render each), showing its row's lookup state and
// whether the panel explains that row. Hover, focus and activation go to the tooltip and panel.

import { type BadgeView, createBadgeView } from '../../../components/badge-view';
import type { VisitChange, VisitPart, VisitState } from './visit-state';

export interface BadgeIntents {
  showTooltip(host: HTMLElement, anchor: HTMLElement): void;
  hideTooltip(): void;
  openPanel(host: HTMLElement, anchor: HTMLElement): void;
}

export interface OverlayBadges extends VisitPart {
  /** The marker put `host` in the element of row `rowIndex` (new, or moved from a dropped row). */
  mount(host: HTMLElement, shadow: ShadowRoot, rowIndex: number): void;
  unmount(host: HTMLElement): void;
}

export function createOverlayBadges(state: VisitState, intents: BadgeIntents): OverlayBadges {
  const views = new Map<HTMLElement, BadgeView>();

  function render(host: HTMLElement) {
    const badge = state.badge(host);
    const view = views.get(host);
    if (!badge || !view) return;
    const shown = state.stateOf(badge.row);
    if (host.getAttribute('data-state') !== shown.kind) host.setAttribute('data-state', shown.kind);
    view.update(shown, state.explained() === badge.key);
  }

  function unmount(host: HTMLElement) {
    views.get(host)?.destroy();
    views.delete(host);
    state.removeBadge(host);
  }

  return {
    mount(host, shadow, rowIndex) {
      if (!state.placeBadge(host, rowIndex)) return;
      // A moved host keeps its view: the same badge shows the new row.
      if (!views.has(host)) {
        views.set(
          host,
          createBadgeView(shadow, {
            onShowTooltip: (anchor) => intents.showTooltip(host, anchor),
            onHideTooltip: intents.hideTooltip,
            onOpenPanel: (anchor) => intents.openPanel(host, anchor),
          }),
        );
      }
      render(host);
    },
    unmount,
    update(change: VisitChange) {
      if (change.kind === 'lookup') {
        for (const host of views.keys()) if (state.badge(host)?.key === change.key) render(host);
      } else if (change.kind === 'explained') {
        for (const host of views.keys()) render(host);
      }
    },
    dispose() {
      for (const view of views.values()) view.destroy();
      views.clear();
    },
  };
}
