// The marker inside a flagged grid row, as plain DOM. ExtJS replaces every row element on each
// load, so a page render creates all badges anew: each one is a clone of a template built once
// per document, not a render of a UI library. Hover/focus shows the tooltip, click/Enter/Space
// opens the side panel. Mouse and key events stop here so the ExtJS grid does not select,
// filter or navigate because of them. No markup strings: elements, attributes, textContent.

import type { LookupState } from '../lib/panos/types';
import { BADGE_CSS } from './styles/badge-css';

export interface BadgeHandlers {
  onShowTooltip(anchor: HTMLElement): void;
  onHideTooltip(): void;
  onOpenPanel(anchor: HTMLElement): void;
}

export interface BadgeView {
  /** The focusable element (role="button") inside the shadow root. */
  readonly element: HTMLElement;
  /** Shows `state`; `panelOpen` is true while the side panel for this row is open. */
  update(state: LookupState, panelOpen: boolean): void;
  destroy(): void;
}

// Before the lookup the cause is not known (a Zone or DoS Protection profile can end a session too).
const BASE_LABEL = 'Allowed, then ended for a threat: show why';

export function badgeLabel(state: LookupState): string {
  switch (state.kind) {
    case 'done':
      return `${BASE_LABEL}. ${state.explanation.headline}`;
    case 'loading':
      return `${BASE_LABEL}. Looking up the log entries…`;
    case 'expired':
      return `${BASE_LABEL}. Your PAN-OS session expired.`;
    case 'error':
    case 'unknown-layout':
      return `${BASE_LABEL}. The lookup failed.`;
    default:
      return BASE_LABEL;
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgElement(doc: Document, tag: string, attributes: Record<string, string>): Element {
  const element = doc.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** `div.tl-root > span.tl-badge > svg` (a shield with an exclamation mark). */
function buildTemplate(doc: Document): DocumentFragment {
  const root = doc.createElement('div');
  root.className = 'tl-root';
  // A span, not a <button>: a native button would also fire its own click on Enter/Space,
  // and every activation path must stay in our hands (stopped before the grid sees it).
  const badge = doc.createElement('span');
  badge.className = 'tl-badge';
  badge.setAttribute('role', 'button');
  badge.setAttribute('tabindex', '0');
  badge.setAttribute('aria-haspopup', 'dialog');
  const svg = svgElement(doc, 'svg', { viewBox: '0 0 16 16', 'aria-hidden': 'true', focusable: 'false' });
  svg.append(
    svgElement(doc, 'path', {
      class: 'tl-shield',
      d: 'M8 0.8 14.2 3v4.6c0 3.8-2.6 6.5-6.2 7.6C4.4 14.1 1.8 11.4 1.8 7.6V3Z',
    }),
    svgElement(doc, 'rect', { class: 'tl-mark', x: '7', y: '3.6', width: '2', height: '5.6', rx: '0.6' }),
    svgElement(doc, 'rect', { class: 'tl-mark', x: '7', y: '10.4', width: '2', height: '2', rx: '0.6' }),
  );
  badge.append(svg);
  root.append(badge);
  const fragment = doc.createDocumentFragment();
  fragment.append(root);
  return fragment;
}

interface PerDocument {
  template: DocumentFragment;
  /** One parsed stylesheet that every badge's shadow root adopts; null where adopting fails
   *  (then each badge gets a <style> of its own). */
  sheet: CSSStyleSheet | null;
}

const perDocument = new WeakMap<Document, PerDocument>();

function forDocument(doc: Document): PerDocument {
  let found = perDocument.get(doc);
  if (!found) {
    found = { template: buildTemplate(doc), sheet: constructedSheet(doc) };
    perDocument.set(doc, found);
  }
  return found;
}

function constructedSheet(doc: Document): CSSStyleSheet | null {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (!Sheet || typeof Sheet.prototype.replaceSync !== 'function') return null;
    const sheet = new Sheet();
    sheet.replaceSync(BADGE_CSS);
    return sheet;
  } catch {
    return null;
  }
}

/** Styles the shadow root: the shared sheet when the browser takes it from this script, else a
 *  <style> of its own (a content script's sheet may not be adoptable in every browser). */
function style(shadow: ShadowRoot, shared: PerDocument): Node | null {
  if (shared.sheet) {
    try {
      shadow.adoptedStyleSheets = [shared.sheet];
      if (shadow.adoptedStyleSheets.length === 1) return null;
    } catch {
      // fall through to a <style>
    }
    shared.sheet = null;
  }
  const element = shadow.ownerDocument.createElement('style');
  element.textContent = BADGE_CSS;
  shadow.append(element);
  return element;
}

const EVENTS = [
  'mouseenter',
  'mouseleave',
  'focus',
  'blur',
  'click',
  'keydown',
  'keyup',
  'mousedown',
  'mouseup',
  'dblclick',
  'contextmenu',
] as const;

/** Builds the badge into `shadow` (which must be empty of ours) and wires its events. */
export function createBadgeView(shadow: ShadowRoot, handlers: BadgeHandlers): BadgeView {
  const shared = forDocument(shadow.ownerDocument);
  const styleElement = style(shadow, shared);
  const copy = shared.template.cloneNode(true) as DocumentFragment;
  const added = styleElement ? [styleElement, ...Array.from(copy.childNodes)] : Array.from(copy.childNodes);
  const badge = copy.querySelector<HTMLElement>('.tl-badge')!;
  shadow.append(copy);

  const open = (event: Event) => {
    event.preventDefault();
    handlers.onHideTooltip();
    handlers.onOpenPanel(badge);
  };
  let live = true;
  // One function for every event type: fewer closures per badge, and one place to read.
  const onEvent = (event: Event) => {
    if (!live) return;
    switch (event.type) {
      case 'mouseenter':
      case 'focus':
        handlers.onShowTooltip(badge);
        return;
      case 'mouseleave':
      case 'blur':
        handlers.onHideTooltip();
        return;
      case 'click':
        event.stopPropagation();
        open(event);
        return;
      case 'keydown': {
        event.stopPropagation();
        const key = (event as KeyboardEvent).key;
        if (key === 'Enter' || key === ' ' || key === 'Spacebar') open(event);
        else if (key === 'Escape') handlers.onHideTooltip();
        return;
      }
      default:
        event.stopPropagation();
    }
  };
  for (const type of EVENTS) badge.addEventListener(type, onEvent);

  let shownState: LookupState | null = null;
  let shownOpen: boolean | null = null;
  return {
    element: badge,
    update(state, panelOpen) {
      if (state === shownState && panelOpen === shownOpen) return;
      if (state.kind !== shownState?.kind) {
        badge.setAttribute('data-state', state.kind);
        if (state.kind === 'loading') badge.setAttribute('aria-busy', 'true');
        else badge.removeAttribute('aria-busy');
      }
      if (state !== shownState) badge.setAttribute('aria-label', badgeLabel(state));
      if (panelOpen !== shownOpen) badge.setAttribute('aria-expanded', panelOpen ? 'true' : 'false');
      shownState = state;
      shownOpen = panelOpen;
    },
    // Called for every badge of the previous page on each grid render, when its row is gone:
    // the listeners go with the element, so a flag is enough to make it inert, and a badge no
    // longer in the document is left as it is.
    destroy() {
      live = false;
      if (!badge.isConnected) return;
      for (const node of added) node.parentNode?.removeChild(node);
      if (!styleElement) shadow.adoptedStyleSheets = [];
    },
  };
}
