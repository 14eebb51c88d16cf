// Finds the traffic log grid on the page: the visible ExtJS grid view whose headers name
// traffic fields (any UI language). Other log grids (threat, url...) may stay rendered in
// hidden tabs; they lose on visibility or on their columns.

import { readColumns } from './grid-dom-reader';
import { GRID_BODY_SELECTOR, GRID_PANEL_SELECTOR, GRID_VIEW_SELECTOR, isHiddenByExt } from './selectors';

export interface TrafficGrid {
  /** The grid view, `div.x-grid3`. */
  root: Element;
  /** `div.x-grid3-body`: the parent of the row elements. */
  body: Element;
  /** The grid panel around the view (toolbars live there), when there is one. */
  panel: Element | null;
}

/** Fields only a traffic grid has, and fields only a threat-like grid has. */
const TRAFFIC_FIELDS = new Set(['session_end_reason', 'bytes', 'elapsed']);
const NON_TRAFFIC_FIELDS = new Set(['threatid', 'severity', 'misc']);

/** How much a grid's headers look like a traffic log's (> 0: traffic). */
export function trafficScore(view: Element): number {
  let score = 0;
  for (const { field } of readColumns(view)) {
    if (field && TRAFFIC_FIELDS.has(field)) score += 1;
    if (field && NON_TRAFFIC_FIELDS.has(field)) score -= 1;
  }
  return score;
}

export function findTrafficGrid(doc: Document): TrafficGrid | null {
  let best: { view: Element; body: Element; score: number } | null = null;
  for (const view of Array.from(doc.querySelectorAll(GRID_VIEW_SELECTOR))) {
    const body = view.querySelector(GRID_BODY_SELECTOR);
    if (!body || isHiddenByExt(view)) continue;
    const score = trafficScore(view);
    if (score > 0 && (!best || score > best.score)) best = { view, body, score };
  }
  return best ? { root: best.view, body: best.body, panel: best.view.closest(GRID_PANEL_SELECTOR) } : null;
}
