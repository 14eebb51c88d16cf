// Where a row's badge goes: inside the Session End Reason cell's inner div when that column is
// visible (the badge sits right after "threat"), else inside the details cell, else the first
// visible cell. Column ids come from the grid's headers, read once and checked on each sync.

import { readCellText, readColumns } from './grid-dom-reader';
import {
  cellInnerClass,
  DETAILS_LINK_SELECTOR,
  GRID_CELL_INNER_SELECTOR,
  GRID_VIEW_SELECTOR,
  headerInnerSelector,
  isHiddenByStyle,
} from './selectors';

/** What an earlier sync found per grid view: checked, not re-read, by the next one. ExtJS
 *  re-renders the body on every load but keeps the header unless columns move. */
export type EndReasonColumnMemory = WeakMap<Element, { id: string; inner: Element; header: string }>;

/** Id of the visible Session End Reason column of the grid a row belongs to, per view. */
export function createEndReasonColumnLookup(
  memory: EndReasonColumnMemory = new WeakMap(),
): (row: Element) => string | null {
  const cache = new Map<Element, string | null>();
  return (row) => {
    const view = row.closest(GRID_VIEW_SELECTOR);
    if (!view) return null;
    if (!cache.has(view)) cache.set(view, endReasonColumn(view, memory));
    return cache.get(view) ?? null;
  };
}

function endReasonColumn(view: Element, memory: EndReasonColumnMemory): string | null {
  const known = memory.get(view);
  if (known && stillShown(view, known)) return known.id;
  const column = readColumns(view).find((c) => c.field === 'session_end_reason' && !c.hidden);
  const inner = column ? view.querySelector(headerInnerSelector(column.id)) : null;
  if (column && inner) memory.set(view, { id: column.id, inner, header: column.header });
  else memory.delete(view);
  return column?.id ?? null;
}

/** The same header element, in this view, for the same column with the same text, and neither
 *  it nor its cell hidden. */
function stillShown(
  view: Element,
  { id, inner, header }: { id: string; inner: Element; header: string },
): boolean {
  const cell = inner.parentElement;
  return (
    inner.isConnected &&
    view.contains(inner) &&
    inner.matches(headerInnerSelector(id)) &&
    !isHiddenByStyle(inner) &&
    !(cell && isHiddenByStyle(cell)) &&
    readCellText(inner) === header
  );
}

export function badgeSlot(row: Element, endReasonColumnId: string | null): Element | null {
  if (endReasonColumnId !== null) {
    // Runs for every flagged row on every grid render: a class lookup, not a selector query.
    const inner = row.getElementsByClassName(cellInnerClass(endReasonColumnId))[0];
    const cell = inner?.parentElement;
    if (inner && cell && !isHiddenByStyle(cell)) return inner;
  }
  const details = row.querySelector(DETAILS_LINK_SELECTOR)?.closest(GRID_CELL_INNER_SELECTOR);
  if (details) return details;
  return (
    Array.from(row.querySelectorAll(GRID_CELL_INNER_SELECTOR)).find(
      (inner) => !(inner.parentElement && isHiddenByStyle(inner.parentElement)),
    ) ?? null
  );
}
