import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../../tests/fixtures/grid/load-fixture';
import { readGridFromDom } from './grid-dom-reader';
import { BADGE_TAG, ROW_FLAG_ATTRIBUTE } from './our-markup';
import { createRowMarker } from './row-marker';

function gridRows() {
  const grid = readGridFromDom(document.querySelector('.x-grid3')!);
  return grid.rows.map(({ element, fields }, rowIndex) => ({
    element,
    rowIndex,
    flagged: fields.action === 'allow' && fields.session_end_reason === 'threat',
  }));
}

function markerWithSpies() {
  const mounted: { host: HTMLElement; shadow: ShadowRoot; rowIndex: number }[] = [];
  const unmounted: HTMLElement[] = [];
  const marker = createRowMarker({
    onBadgeMount: (host, shadow, rowIndex) => mounted.push({ host, shadow, rowIndex }),
    onBadgeUnmount: (host) => unmounted.push(host),
  });
  return { marker, mounted, unmounted };
}

/** Row markup with our additions taken out again. */
function withoutOurs(row: HTMLElement): string {
  const clone = row.cloneNode(true) as HTMLElement;
  clone.removeAttribute(ROW_FLAG_ATTRIBUTE);
  for (const host of Array.from(clone.querySelectorAll(BADGE_TAG))) host.remove();
  return clone.outerHTML;
}

const body = () => document.querySelector('.x-grid3-body')!;
const badgeCount = (row: Element) => row.querySelectorAll(BADGE_TAG).length;

describe('createRowMarker', () => {
  beforeEach(() => loadFixture('firewall-default'));
  afterEach(() => document.body.replaceChildren());

  it('puts one badge in the Session End Reason cell of each flagged row, and nothing else', () => {
    const rows = gridRows();
    const before = rows.map(({ element }) => element.outerHTML);
    const { marker, mounted } = markerWithSpies();
    marker.sync(rows);

    expect(marker.count()).toBe(4);
    expect(mounted.map((m) => m.rowIndex)).toEqual([2, 5, 11, 17]);
    for (const { element, flagged, rowIndex } of rows) {
      expect(badgeCount(element)).toBe(flagged ? 1 : 0);
      expect(element.getAttribute(ROW_FLAG_ATTRIBUTE)).toBe(flagged ? 'flagged' : null);
      expect(withoutOurs(element)).toBe(before[rowIndex]);
    }
    const host = mounted[0]!.host;
    expect(host.parentElement?.classList.contains('x-grid3-col-13')).toBe(true);
    expect(host.previousElementSibling?.textContent).toBe('threat');
    expect(host.shadowRoot).toBe(mounted[0]!.shadow);
    expect(host.style.position).toBe('absolute');
    expect(host.style.top).toBe('');
    expect(host.style.left).toBe('');
  });

  it('is idempotent: three syncs, still one badge per flagged row and no remounts', () => {
    const rows = gridRows();
    const { marker, mounted, unmounted } = markerWithSpies();
    marker.sync(rows);
    marker.sync(rows);
    marker.sync(rows);
    expect(mounted).toHaveLength(4);
    expect(unmounted).toHaveLength(0);
    expect(body().querySelectorAll(BADGE_TAG)).toHaveLength(4);
  });

  it('moves the hosts of replaced row elements into the new ones, shadow root and all', () => {
    const { marker, mounted, unmounted } = markerWithSpies();
    marker.sync(gridRows());
    const oldHosts = mounted.map((m) => m.host);
    // ExtJS re-renders: every row element is replaced (the old ones leave the document).
    const rerender = () =>
      body().replaceChildren(
        ...Array.from(body().children, (row) => {
          const clone = row.cloneNode(true) as HTMLElement;
          for (const host of Array.from(clone.querySelectorAll(BADGE_TAG))) host.remove();
          clone.removeAttribute(ROW_FLAG_ATTRIBUTE);
          return clone;
        }),
      );
    rerender();
    marker.sync(gridRows());
    expect(unmounted).toEqual([]);
    expect(mounted).toHaveLength(8);
    const moved = mounted.slice(4);
    expect(new Set(moved.map((m) => m.host))).toEqual(new Set(oldHosts));
    for (const m of moved) expect(m.host.shadowRoot).toBe(m.shadow);
    expect(moved.map((m) => m.rowIndex).sort((a, b) => a - b)).toEqual([2, 5, 11, 17]);
    expect(marker.count()).toBe(4);
    expect(body().querySelectorAll(BADGE_TAG)).toHaveLength(4);
    for (const row of gridRows()) expect(badgeCount(row.element)).toBe(row.flagged ? 1 : 0);

    // Fewer flagged rows next time: the hosts left over are unmounted.
    rerender();
    marker.sync(gridRows().map((row) => ({ ...row, flagged: row.flagged && row.rowIndex !== 5 })));
    expect(unmounted).toHaveLength(1);
    expect(marker.count()).toBe(3);
    expect(body().querySelectorAll(BADGE_TAG)).toHaveLength(3);
  });

  it('cleans rows that are no longer flagged', () => {
    const rows = gridRows();
    const { marker, mounted, unmounted } = markerWithSpies();
    marker.sync(rows);
    const row2 = rows[2]!;
    marker.sync(rows.map((row) => (row === row2 ? { ...row, flagged: false } : row)));
    expect(unmounted).toEqual([mounted[0]!.host]);
    expect(badgeCount(row2.element)).toBe(0);
    expect(row2.element.hasAttribute(ROW_FLAG_ATTRIBUTE)).toBe(false);
    expect(marker.count()).toBe(3);
  });

  it('remounts when a row element changes index, and when its host was removed by someone else', () => {
    const rows = gridRows();
    const { marker, mounted } = markerWithSpies();
    marker.sync(rows);
    marker.sync(rows.map((row) => (row.rowIndex === 5 ? { ...row, rowIndex: 6 } : row)));
    expect(mounted.at(-1)!.rowIndex).toBe(6);
    mounted[0]!.host.remove();
    marker.sync(rows);
    expect(badgeCount(rows[2]!.element)).toBe(1);
    expect(marker.count()).toBe(4);
  });

  it('removes a stale host left in a row by an earlier instance', () => {
    const rows = gridRows();
    createRowMarker({ onBadgeMount() {}, onBadgeUnmount() {} }).sync(rows);
    const { marker } = markerWithSpies();
    marker.sync(rows);
    for (const row of rows) expect(badgeCount(row.element)).toBe(row.flagged ? 1 : 0);
  });

  it('falls back to the details cell when Session End Reason is hidden', () => {
    for (const td of Array.from(document.querySelectorAll('td.x-grid3-td-13'))) {
      td.setAttribute('style', 'width:120px;display:none;');
    }
    const { marker, mounted } = markerWithSpies();
    marker.sync(gridRows());
    expect(mounted[0]!.host.parentElement?.classList.contains('x-grid3-col-0')).toBe(true);
  });

  it('the same marker follows the column across renders: body re-rendered, column hidden, header renamed', () => {
    const { marker, mounted } = markerWithSpies();
    const flags = gridRows().map(({ flagged }) => flagged);
    // Rows as the store gives them (the flags do not depend on header texts).
    const rerendered = () => {
      body().replaceChildren(...Array.from(body().children, (row) => row.cloneNode(true)));
      for (const host of Array.from(body().querySelectorAll(BADGE_TAG))) host.remove();
      return Array.from(body().children, (element, rowIndex) => ({
        element: element as HTMLElement,
        rowIndex,
        flagged: flags[rowIndex] ?? false,
      }));
    };
    marker.sync(gridRows());
    const slotOf = (i: number) => mounted[i]!.host.parentElement?.className ?? '';
    expect(slotOf(0)).toContain('x-grid3-col-13');
    // A load re-renders the body only: new row elements, same header.
    marker.sync(rerendered());
    expect(mounted).toHaveLength(8);
    expect(slotOf(4)).toContain('x-grid3-col-13');
    // Hiding the column (ExtJS sets display:none on the header and the cells) moves the badges.
    const header = document.querySelector<HTMLElement>('td.x-grid3-hd.x-grid3-td-13')!;
    header.setAttribute('style', 'display:none;');
    for (const td of Array.from(document.querySelectorAll('.x-grid3-body td.x-grid3-td-13')))
      td.setAttribute('style', 'display:none;');
    marker.sync(rerendered());
    expect(slotOf(8)).toContain('x-grid3-col-0');
    // Shown again under another heading: read afresh (the text names the field).
    header.removeAttribute('style');
    for (const td of Array.from(document.querySelectorAll('.x-grid3-body td.x-grid3-td-13')))
      td.removeAttribute('style');
    const text = Array.from(document.querySelector('div.x-grid3-hd-13')!.childNodes).find(
      (n) => n.nodeType === 3,
    )!;
    text.textContent = 'Bytes Received';
    marker.sync(rerendered());
    expect(mounted).toHaveLength(16);
    expect(slotOf(12)).toContain('x-grid3-col-0');
  });

  it('keeps our mouse events away from ExtJS, after our own handlers ran', () => {
    const { marker, mounted } = markerWithSpies();
    marker.sync(gridRows());
    const { host, shadow } = mounted[0]!;
    const button = document.createElement('button');
    shadow.append(button);
    const pageSaw = vi.fn();
    const oursSaw = vi.fn();
    for (const type of ['mousedown', 'click', 'dblclick', 'contextmenu']) {
      body().addEventListener(type, pageSaw);
      document.addEventListener(type, pageSaw);
      button.addEventListener(type, oursSaw);
      button.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
      host.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
    }
    expect(oursSaw).toHaveBeenCalledTimes(4);
    expect(pageSaw).not.toHaveBeenCalled();
    // The row itself still takes clicks elsewhere.
    rowsCell(2).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(pageSaw).toHaveBeenCalled();
  });

  it('clear() removes every badge and attribute', () => {
    const rows = gridRows();
    const { marker, unmounted } = markerWithSpies();
    marker.sync(rows);
    marker.clear();
    expect(unmounted).toHaveLength(4);
    expect(marker.count()).toBe(0);
    expect(document.querySelectorAll(`${BADGE_TAG}, [${ROW_FLAG_ATTRIBUTE}]`)).toHaveLength(0);
  });

  it('unmounts badges of rows that left the grid', () => {
    const rows = gridRows();
    const { marker, unmounted } = markerWithSpies();
    marker.sync(rows);
    marker.sync(rows.slice(0, 10));
    expect(unmounted).toHaveLength(2);
    expect(marker.count()).toBe(2);
  });

  it('survives a UI callback that throws', () => {
    const marker = createRowMarker({
      onBadgeMount() {
        throw new Error('ui');
      },
      onBadgeUnmount() {
        throw new Error('ui');
      },
    });
    marker.sync(gridRows());
    expect(marker.count()).toBe(4);
    marker.clear();
    expect(marker.count()).toBe(0);
  });

  it('reads no layout while syncing 100 rows', () => {
    const template = Array.from(body().children);
    const many = Array.from({ length: 100 }, (_, i) => template[i % 20]!.cloneNode(true));
    body().replaceChildren(...many);
    const spies = [
      vi.spyOn(window, 'getComputedStyle'),
      vi.spyOn(Element.prototype, 'getBoundingClientRect'),
      vi.spyOn(Element.prototype, 'getClientRects'),
      vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get'),
      vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get'),
      vi.spyOn(HTMLElement.prototype, 'offsetTop', 'get'),
    ];
    const rows = gridRows();
    const { marker } = markerWithSpies();
    marker.sync(rows);
    marker.sync(rows);
    expect(marker.count()).toBe(20);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});

function rowsCell(rowIndex: number): Element {
  return body().children[rowIndex]!.querySelector('td.x-grid3-td-6')!;
}
