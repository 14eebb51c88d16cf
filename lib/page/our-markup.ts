// The names of what we add to the PAN-OS page. Hyphenated tags that are never defined as custom
// elements (content scripts in Chrome have no customElements): an undefined hyphenated tag is
// still an HTMLElement that may attach a shadow root.

export const BADGE_TAG = 'threat-lens-badge';
export const SUMMARY_TAG = 'threat-lens-summary';
/** On a flagged row element: `data-threat-lens="flagged"`. */
export const ROW_FLAG_ATTRIBUTE = 'data-threat-lens';
export const ROW_FLAG_VALUE = 'flagged';

const OUR_TAGS = new Set([BADGE_TAG.toUpperCase(), SUMMARY_TAG.toUpperCase()]);

/** True for an element we created (badge or summary host). */
export function isOurElement(node: Node): boolean {
  return node.nodeType === 1 && OUR_TAGS.has((node as Element).tagName.toUpperCase());
}

/** Mouse events that must not reach ExtJS from our UI (row selection, click-to-filter, menus). */
export const SHIELDED_EVENTS = [
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'contextmenu',
  'pointerdown',
  'pointerup',
] as const;

/** Stops our UI's mouse events at the host, after our own handlers inside the shadow ran. */
export function shieldFromPage(host: HTMLElement): void {
  for (const type of SHIELDED_EVENTS) host.addEventListener(type, stopPropagation);
}

function stopPropagation(event: Event): void {
  event.stopPropagation();
}
