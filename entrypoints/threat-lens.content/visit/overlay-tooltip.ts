// The hover card of one visit: one at a time, next to the row of the badge under the pointer or
// focus. Showing it looks an idle row up; it follows that row's lookup state and goes when the
// badge leaves or shows another row.

import { h } from 'preact';
import {
  createPreactContainer,
  floatingHost,
  type PreactContainer,
} from '../../../components/preact-container';
import { TOOLTIP_CSS } from '../../../components/styles/tooltip-css';
import { Tooltip } from '../../../components/Tooltip';
import { GRID_ROW_SELECTOR } from '../../../lib/page/selectors';
import type { VisitChange, VisitPart, VisitState } from './visit-state';

export interface OverlayTooltip extends VisitPart {
  show(host: HTMLElement, anchor: HTMLElement): void;
  hide(): void;
}

export function createOverlayTooltip(win: Window, state: VisitState): OverlayTooltip {
  let shown: { container: PreactContainer; host: HTMLElement; anchor: HTMLElement } | null = null;

  function view() {
    const badge = shown && state.badge(shown.host);
    if (!shown || !badge) return null;
    // Anchor on the whole row so the tooltip covers neither the row nor its badge.
    const row = shown.host.closest(GRID_ROW_SELECTOR) ?? shown.anchor;
    const viewport = { width: win.innerWidth, height: win.innerHeight };
    return h(Tooltip, { state: state.stateOf(badge.row), anchorRect: row.getBoundingClientRect(), viewport });
  }

  function hide() {
    shown?.container.destroy();
    shown = null;
  }

  return {
    show(host, anchor) {
      const badge = state.badge(host);
      if (!badge) return;
      state.lookUp(badge.row);
      if (shown) {
        shown.host = host;
        shown.anchor = anchor;
      } else {
        const container = createPreactContainer(
          floatingHost(win.document, 'threat-lens-tooltip'),
          TOOLTIP_CSS,
          view,
        );
        shown = { container, host, anchor };
      }
      shown.container.render();
    },
    hide,
    update(change: VisitChange) {
      if (!shown) return;
      if (change.kind === 'lookup' && state.badge(shown.host)?.key === change.key) shown.container.render();
      else if (change.kind === 'badge' && change.host === shown.host && change.newRow) hide();
      else if (change.kind === 'badge-gone' && change.host === shown.host) hide();
    },
    dispose: hide,
  };
}
