// The fallback row reader, for when the bridge finds no grid store: columns are found by
// header text (any known UI language), cells by the column id in their class
// (x-grid3-hd-N <-> x-grid3-col-N), never by position, since the id travels with a moved column.

import { fieldForHeader } from './header-translations';
import {
  columnIdFromCellClasses,
  columnIdFromHeaderClasses,
  GRID_BODY_SELECTOR,
  GRID_CELL_INNER_SELECTOR,
  GRID_HEADER_INNER_SELECTOR,
  GRID_ROW_SELECTOR,
  GRID_VIEW_SELECTOR,
  isHiddenByStyle,
  RESOLVED_ADDRESS_SELECTOR,
} from './selectors';

export interface DomColumn {
  id: string;
  /** Log field the header names; null for the details/pcap columns and unknown headers. */
  field: string | null;
  header: string;
  /** Hidden by the user (display:none): its cells still hold text, and we read them. */
  hidden: boolean;
}

export interface DomRow {
  element: HTMLElement;
  /** field -> cell text, for every column whose field is known. */
  fields: Record<string, string>;
}

export type RequiredField = 'action' | 'session_end_reason';

export interface DomGrid {
  columns: DomColumn[];
  rows: DomRow[];
  /** Required fields that no column of this grid shows. */
  missing: RequiredField[];
}

const REQUIRED_FIELDS: readonly RequiredField[] = ['action', 'session_end_reason'];

/** Cell text as the user reads it: `&#160;` is empty, and display:none parts are skipped. */
export function readCellText(inner: Element): string {
  const address = inner.querySelector(RESOLVED_ADDRESS_SELECTOR);
  const text = address ? (address.textContent ?? '') : visibleText(inner);
  return text.replace(/\u00a0/g, ' ').trim();
}

/** Text of `el` without the subtrees hidden by inline style (the vsys span of an address). */
function visibleText(el: Element): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3 /* TEXT_NODE */) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 /* ELEMENT_NODE */ && !isHiddenByStyle(node as Element)) {
      text += visibleText(node as Element);
    }
  }
  return text;
}

/** The grid view (`div.x-grid3`) itself, or the one inside a grid panel. */
function gridView(gridRoot: Element): Element | null {
  return gridRoot.matches(GRID_VIEW_SELECTOR) ? gridRoot : gridRoot.querySelector(GRID_VIEW_SELECTOR);
}

export function readColumns(view: Element): DomColumn[] {
  const columns: DomColumn[] = [];
  for (const inner of Array.from(view.querySelectorAll(GRID_HEADER_INNER_SELECTOR))) {
    const id = columnIdFromHeaderClasses(inner.classList);
    if (id === null) continue;
    const header = readCellText(inner);
    const cell = inner.parentElement;
    columns.push({
      id,
      field: header ? fieldForHeader(header) : null,
      header,
      hidden: isHiddenByStyle(inner) || (!!cell && isHiddenByStyle(cell)),
    });
  }
  return columns;
}

/** Column id -> field; when two columns name one field, the visible one wins. */
function fieldsById(columns: DomColumn[]): Map<string, string> {
  const chosen = new Map<string, DomColumn>();
  for (const column of columns) {
    if (!column.field) continue;
    const current = chosen.get(column.field);
    if (!current || (current.hidden && !column.hidden)) chosen.set(column.field, column);
  }
  return new Map(Array.from(chosen.values(), (column) => [column.id, column.field as string]));
}

/** The row elements of a grid body, in view order (direct children only: no nested grids). */
export function gridRowElements(body: Element): HTMLElement[] {
  return Array.from(body.children).filter((child): child is HTMLElement => child.matches(GRID_ROW_SELECTOR));
}

function readRow(element: HTMLElement, fieldOf: Map<string, string>): DomRow {
  const fields: Record<string, string> = {};
  for (const inner of Array.from(element.querySelectorAll(GRID_CELL_INNER_SELECTOR))) {
    const id = columnIdFromCellClasses(inner.classList);
    const field = id === null ? undefined : fieldOf.get(id);
    if (field && !Object.hasOwn(fields, field)) fields[field] = readCellText(inner);
  }
  return { element, fields };
}

export function readGridFromDom(gridRoot: Element): DomGrid {
  const view = gridView(gridRoot);
  if (!view) return { columns: [], rows: [], missing: [...REQUIRED_FIELDS] };
  const columns = readColumns(view);
  const fieldOf = fieldsById(columns);
  const seen = new Set(fieldOf.values());
  const body = view.querySelector(GRID_BODY_SELECTOR);
  return {
    columns,
    rows: body ? gridRowElements(body).map((element) => readRow(element, fieldOf)) : [],
    missing: REQUIRED_FIELDS.filter((field) => !seen.has(field)),
  };
}
