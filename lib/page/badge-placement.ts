// Where a row's badge goes: inside the Session End Reason cell's inner div when that column is
// visible (the badge sits right after "threat"), else inside the details cell, else the first
// visible cell. Column ids come from the grid's headers, read once per sync.

import { readColumns } from './grid-dom-reader';
import {
  cellInnerSelector,
  cellSelector,
  DETAILS_LINK_SELECTOR,
  GRID_CELL_INNER_SELECTOR,
  GRID_VIEW_SELECTOR,
  isHiddenByStyle,
} from './selectors';

/** Id of the visible Session End Reason column of the grid a row belongs to, per view. */
export function createEndReasonColumnLookup(): (row: Element) => string | null {
  const cache = new Map<Element, string | null>();
  return (row) => {
    const view = row.closest(GRID_VIEW_SELECTOR);
    if (!view) return null;
    if (!cache.has(view)) {
      const column = readColumns(view).find((c) => c.field === 'session_end_reason' && !c.hidden);
      cache.set(view, column?.id ?? null);
    }
    return cache.get(view) ?? null;
  };
}

export function badgeSlot(row: Element, endReasonColumnId: string | null): Element | null {
  if (endReasonColumnId !== null) {
    const cell = row.querySelector(cellSelector(endReasonColumnId));
    const inner =
      cell && !isHiddenByStyle(cell) ? cell.querySelector(cellInnerSelector(endReasonColumnId)) : null;
    if (inner) return inner;
  }
  const details = row.querySelector(DETAILS_LINK_SELECTOR)?.closest(GRID_CELL_INNER_SELECTOR);
  if (details) return details;
  return (
    Array.from(row.querySelectorAll(GRID_CELL_INNER_SELECTOR)).find(
      (inner) => !(inner.parentElement && isHiddenByStyle(inner.parentElement)),
    ) ?? null
  );
}
