// Marks grid rows for the user without moving anything: an attribute on the row element and an
// inset outline (outlines take no layout room). The explained row (panel open) and the rows of
// the cause chosen in the summary. ExtJS replaces row elements on every load, so callers
// re-apply after a refresh; clearing only touches what this module set.

export type RowMark = 'explained' | 'cause' | 'cause-current';

const ATTRIBUTE = 'data-threat-lens-mark';
const OUTLINE: Readonly<Record<RowMark, string>> = {
  explained: '2px solid #d97706',
  cause: '1px dashed #1d4ed8',
  'cause-current': '2px solid #1d4ed8',
};

export function markRow(row: HTMLElement, mark: RowMark): void {
  row.setAttribute(ATTRIBUTE, mark);
  row.style.setProperty('outline', OUTLINE[mark], 'important');
  row.style.setProperty('outline-offset', '-2px', 'important');
}

export function isMarked(row: Element, mark: RowMark): boolean {
  return row.getAttribute(ATTRIBUTE) === mark;
}

export function unmarkRow(row: HTMLElement): void {
  if (!row.hasAttribute(ATTRIBUTE)) return;
  row.removeAttribute(ATTRIBUTE);
  row.style.removeProperty('outline');
  row.style.removeProperty('outline-offset');
}

/** Removes every mark of the given kinds under `root`. */
export function unmarkAll(root: ParentNode, marks: readonly RowMark[]): void {
  for (const row of Array.from(root.querySelectorAll<HTMLElement>(`[${ATTRIBUTE}]`))) {
    if (marks.includes(row.getAttribute(ATTRIBUTE) as RowMark)) unmarkRow(row);
  }
}

/** Scrolls the row into view only when it is not already fully visible. */
export function revealRow(row: HTMLElement): void {
  row.scrollIntoView?.({ block: 'nearest' });
}
