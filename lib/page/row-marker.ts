// Keeps exactly one badge host on each flagged row element, across ExtJS re-renders (every
// load replaces all row elements: the hosts of the rows it dropped move into the new ones,
// shadow root and all, so a render builds only the badges it adds). The host is absolutely positioned with auto offsets: it
// shows at its static place, right after the cell text, and takes no room in the flow, so
// column widths and row heights do not move. No layout reads here: this runs on every render.

import { badgeSlot, createEndReasonColumnLookup, type EndReasonColumnMemory } from './badge-placement';
import { BADGE_TAG, ROW_FLAG_ATTRIBUTE, ROW_FLAG_VALUE, shieldFromPage } from './our-markup';

export interface RowMarkerOptions {
  onBadgeMount(host: HTMLElement, shadow: ShadowRoot, rowIndex: number): void;
  onBadgeUnmount(host: HTMLElement): void;
}

export interface MarkedRow {
  element: HTMLElement;
  rowIndex: number;
  flagged: boolean;
}

export interface RowMarker {
  sync(rows: MarkedRow[]): void;
  clear(): void;
  count(): number;
}

interface Badge {
  host: HTMLElement;
  shadow: ShadowRoot;
  rowIndex: number;
}

/** Inline and !important, so no page rule on the tag can move it. One string: one style parse. */
const HOST_STYLE =
  'position:absolute!important;display:inline-block!important;margin:0 0 0 4px!important;' +
  'padding:0!important;z-index:2!important;line-height:normal!important;white-space:nowrap!important';

function createHost(doc: Document): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement(BADGE_TAG);
  host.style.cssText = HOST_STYLE;
  const shadow = host.attachShadow({ mode: 'open' });
  shieldFromPage(host);
  return { host, shadow };
}

export function createRowMarker(opts: RowMarkerOptions): RowMarker {
  const badges = new Map<HTMLElement, Badge>();
  const columnMemory: EndReasonColumnMemory = new WeakMap();

  function unmount(row: HTMLElement, badge: Badge): void {
    badges.delete(row);
    if (row.getAttribute(ROW_FLAG_ATTRIBUTE) === ROW_FLAG_VALUE) row.removeAttribute(ROW_FLAG_ATTRIBUTE);
    badge.host.remove();
    release(badge);
  }

  function release(badge: Badge): void {
    try {
      opts.onBadgeUnmount(badge.host);
    } catch {
      // The UI's failure must not leave the marker half-synced.
    }
  }

  function mount(
    row: HTMLElement,
    rowIndex: number,
    endReasonColumn: (row: Element) => string | null,
    spare: Badge[],
  ): void {
    const slot = badgeSlot(row, endReasonColumn(row));
    if (!slot) return;
    // A stale host (another marker instance, an old content script) would make two.
    const stale = row.getElementsByTagName(BADGE_TAG);
    while (stale.length > 0) stale[0]!.remove();
    const { host, shadow } = spare.pop() ?? createHost(row.ownerDocument);
    slot.append(host);
    row.setAttribute(ROW_FLAG_ATTRIBUTE, ROW_FLAG_VALUE);
    badges.set(row, { host, shadow, rowIndex });
    try {
      opts.onBadgeMount(host, shadow, rowIndex);
    } catch {
      // Keep the host; the next sync does not retry a failed mount.
    }
  }

  function isIntact(row: HTMLElement, badge: Badge, rowIndex: number): boolean {
    return badge.rowIndex === rowIndex && badge.host.isConnected && row.contains(badge.host);
  }

  return {
    sync(rows) {
      const endReasonColumn = createEndReasonColumnLookup(columnMemory);
      const present = new Set(rows.map(({ element }) => element));
      // Badges of rows the grid dropped (detached, never shown again) are reused below.
      const spare: Badge[] = [];
      for (const [row, badge] of Array.from(badges)) {
        if (present.has(row)) continue;
        if (row.isConnected) unmount(row, badge);
        else {
          badges.delete(row);
          spare.push(badge);
        }
      }
      for (const { element, rowIndex, flagged } of rows) {
        const badge = badges.get(element);
        if (!flagged) {
          if (badge) unmount(element, badge);
          else if (element.hasAttribute(ROW_FLAG_ATTRIBUTE)) element.removeAttribute(ROW_FLAG_ATTRIBUTE);
          continue;
        }
        if (badge && isIntact(element, badge, rowIndex)) continue;
        if (badge) unmount(element, badge);
        mount(element, rowIndex, endReasonColumn, spare);
      }
      for (const badge of spare) release(badge);
    },
    clear() {
      for (const [row, badge] of Array.from(badges)) unmount(row, badge);
    },
    count() {
      return badges.size;
    },
  };
}
