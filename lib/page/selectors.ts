// Every PAN-OS / ExtJS 3.4 selector and class name the extension relies on (docs/panos-facts.md,
// "The page" and "The log grid"). A UI change in a new PAN-OS release should be a fix here, proved by a fixture in
// tests/fixtures/grid/.

/** A grid panel's grid view: holds header, scroller and body. */
export const GRID_VIEW_SELECTOR = 'div.x-grid3';
/** The element whose children are the row elements; ExtJS replaces them on every load. */
export const GRID_BODY_SELECTOR = 'div.x-grid3-body';
export const GRID_ROW_SELECTOR = 'div.x-grid3-row';
/** Header inner divs (one per column, hidden ones included). */
export const GRID_HEADER_INNER_SELECTOR = 'div.x-grid3-hd-inner';
/** A row's data cells (training tips find the hovered one). */
export const GRID_CELL_SELECTOR = 'td.x-grid3-cell';
/** The text holders of a row's data cells. */
export const GRID_CELL_INNER_SELECTOR = 'div.x-grid3-cell-inner';
/** The grid panel around the view; its bottom bar holds the paging toolbar. */
export const GRID_PANEL_SELECTOR = 'div.x-grid-panel';
export const PANEL_BOTTOM_BAR_SELECTOR = 'div.x-panel-bbar';
export const TOOLBAR_SELECTOR = 'div.x-toolbar';
/** The details (magnifier) link in the first column. */
export const DETAILS_LINK_SELECTOR = 'a.x-hyperlink';
/** Resolved address text; its sibling span (display:none) holds the vsys name. */
export const RESOLVED_ADDRESS_SELECTOR = 'span.resolved-log-address';

/** The class of the inner div (text holder) of column `id` in a row, for getElementsByClassName:
 *  no selector to parse on the marking's hot path. */
export function cellInnerClass(id: string): string {
  return `x-grid3-col-${id}`;
}

/** Inner div of the header of column `id`. */
export function headerInnerSelector(id: string): string {
  return `div.x-grid3-hd-${cssIdent(id)}`;
}

const HEADER_ID_CLASS = /^x-grid3-hd-(.+)$/;
const CELL_INNER_ID_CLASS = /^x-grid3-col-(.+)$/;
/** Classes that share the prefixes above but name no column. */
const NOT_COLUMN_IDS = new Set(['inner', 'btn', 'row', 'over', 'menu-open', 'cell', 'checker']);

function idFromClasses(classes: Iterable<string>, pattern: RegExp): string | null {
  for (const name of classes) {
    const id = pattern.exec(name)?.[1];
    if (id && !NOT_COLUMN_IDS.has(id)) return id;
  }
  return null;
}

/** Column id N from a header inner div's classes (`x-grid3-hd-inner x-grid3-hd-N`). */
export function columnIdFromHeaderClasses(classes: Iterable<string>): string | null {
  return idFromClasses(classes, HEADER_ID_CLASS);
}

/** Column id N from a cell inner div's classes (`x-grid3-cell-inner x-grid3-col-N`). */
export function columnIdFromCellClasses(classes: Iterable<string>): string | null {
  return idFromClasses(classes, CELL_INNER_ID_CLASS);
}

/** Column ids are digits in PAN's grids; escape anything else so a selector cannot break. */
function cssIdent(id: string): string {
  return /^[\w-]+$/.test(id) ? id : id.replace(/[^\w-]/g, (ch) => `\\${ch.codePointAt(0)?.toString(16)} `);
}

/** Hidden columns keep their cells, with `display: none` (or `display:none`) in the inline style. */
export function isHiddenByStyle(el: Element): boolean {
  return /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

/** Classes ExtJS 3 puts on a hidden component's element (hideMode display/visibility/offsets). */
export const EXT_HIDDEN_CLASSES = [
  'x-hide-display',
  'x-hide-visibility',
  'x-hide-offsets',
  'x-hidden',
] as const;

/** Hidden by ExtJS class or inline style, on the element or any ancestor. No layout read. */
export function isHiddenByExt(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (EXT_HIDDEN_CLASSES.some((name) => node?.classList.contains(name))) return true;
    if (/(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(node.getAttribute('style') ?? '')) return true;
  }
  return false;
}
