// From any element inside a log grid row to its cell, that cell's log field (through the column
// id shared by header and cells, REFERENCE section 3) and its text. Used by delegated listeners:
// one per grid, the cell found from the event target.

import { readCellText, readColumns } from './grid-dom-reader';
import { isOurElement } from './our-markup';
import {
  cellInnerClass,
  columnIdFromCellClasses,
  GRID_BODY_SELECTOR,
  GRID_CELL_INNER_SELECTOR,
  GRID_CELL_SELECTOR,
  GRID_ROW_SELECTOR,
  GRID_VIEW_SELECTOR,
  isHiddenByExt,
} from './selectors';

export interface GridCellHit {
  cell: HTMLElement;
  row: HTMLElement;
  field: string;
  value: string;
}

/** The first visible grid view whose columns include one of `fields`. */
export function findLogGridView(doc: Document, fields: readonly string[]): HTMLElement | null {
  for (const view of Array.from(doc.querySelectorAll<HTMLElement>(GRID_VIEW_SELECTOR))) {
    if (!view.querySelector(GRID_BODY_SELECTOR) || isHiddenByExt(view)) continue;
    if (readColumns(view).some((column) => column.field && fields.includes(column.field))) return view;
  }
  return null;
}

/** True when `node` is, or sits in, an element this extension added (badge, summary). */
function insideOurMarkup(node: Element, stopAt: Element): boolean {
  for (let el: Element | null = node; el && el !== stopAt; el = el.parentElement) {
    if (isOurElement(el)) return true;
  }
  return false;
}

/** The data cell under `target` in `view`, with its field, or null (header, our badge, no field). */
export function gridCellAt(view: Element, target: EventTarget | null): GridCellHit | null {
  // A node-type test, not instanceof: page nodes may come from another JS world (Firefox Xrays).
  const node = target as Element | null;
  if (node?.nodeType !== 1 || !view.contains(node) || insideOurMarkup(node, view)) return null;
  const cell = node.closest<HTMLElement>(GRID_CELL_SELECTOR);
  const row = cell?.closest<HTMLElement>(GRID_ROW_SELECTOR);
  if (!cell || !row?.closest(GRID_BODY_SELECTOR)) return null;
  const inner = cell.querySelector(GRID_CELL_INNER_SELECTOR);
  const id = inner ? columnIdFromCellClasses(inner.classList) : null;
  if (!inner || id === null) return null;
  const field = readColumns(view).find((column) => column.id === id)?.field;
  if (!field) return null;
  return { cell, row, field, value: textWithoutOurs(inner) };
}

/** The cell's text as the user reads it, without the text of a badge we put inside it. */
function textWithoutOurs(inner: Element): string {
  if (!Array.from(inner.querySelectorAll('*')).some(isOurElement)) return readCellText(inner);
  const copy = inner.cloneNode(true) as Element;
  for (const ours of Array.from(copy.querySelectorAll('*')).filter(isOurElement)) ours.remove();
  return readCellText(copy);
}

/** Horizontal extent of the row's visible cells showing `fields` (to keep them uncovered). */
export function rowCellExtents(row: Element, fields: readonly string[]): { left: number; right: number }[] {
  const view = row.closest(GRID_VIEW_SELECTOR);
  if (!view) return [];
  const ids = readColumns(view)
    .filter((column) => column.field && fields.includes(column.field) && !column.hidden)
    .map((column) => column.id);
  return ids.flatMap((id) => {
    const cell = row.getElementsByClassName(cellInnerClass(id))[0]?.parentElement;
    const rect = cell?.getBoundingClientRect();
    return rect && rect.width > 0 ? [{ left: rect.left, right: rect.right }] : [];
  });
}
