// One host element for the page summary ("4 of 20 ended for a threat"), in the grid's
// paging toolbar. ExtJS toolbars are position:relative with overflow hidden, so an absolutely
// positioned host there takes no room and moves nothing; the UI's container attaches its shadow
// root and removes it.

import { SUMMARY_TAG } from './our-markup';
import { GRID_PANEL_SELECTOR, PANEL_BOTTOM_BAR_SELECTOR, TOOLBAR_SELECTOR } from './selectors';

/** The toolbar under the grid, else the one above it, else the grid view's parent. */
function summarySlot(grid: { root: Element; panel: Element | null }): { slot: Element; inToolbar: boolean } {
  const panel = grid.panel ?? grid.root.closest(GRID_PANEL_SELECTOR);
  const toolbar =
    panel?.querySelector(`${PANEL_BOTTOM_BAR_SELECTOR} ${TOOLBAR_SELECTOR}`) ??
    panel?.querySelector(TOOLBAR_SELECTOR) ??
    null;
  if (toolbar) return { slot: toolbar, inToolbar: true };
  return { slot: grid.root.parentElement ?? grid.root, inToolbar: false };
}

export function createSummaryHost(grid: { root: Element; panel: Element | null }): HTMLElement {
  const { slot, inToolbar } = summarySlot(grid);
  for (const old of Array.from(slot.querySelectorAll(SUMMARY_TAG))) old.remove();
  const host = slot.ownerDocument.createElement(SUMMARY_TAG);
  const style = host.style;
  style.setProperty('position', 'absolute', 'important');
  style.setProperty('z-index', '3', 'important');
  style.setProperty('margin', '0', 'important');
  style.setProperty('padding', '0', 'important');
  if (inToolbar) {
    // Centered in the toolbar: paging controls sit left, "Displaying logs" right. The middle
    // band only, so a long summary by cause never covers (and blocks) the paging buttons.
    style.setProperty('max-width', '46%', 'important');
    style.setProperty('top', '50%', 'important');
    style.setProperty('left', '50%', 'important');
    style.setProperty('transform', 'translate(-50%, -50%)', 'important');
  } else {
    style.setProperty('top', '0', 'important');
    style.setProperty('right', '0', 'important');
  }
  slot.append(host);
  return host;
}
