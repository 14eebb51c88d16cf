// The main-world bridge's grid events: it follows the current traffic grid's store and view,
// moves with the page's grids, and leaves nothing behind when uninstalled.

import { describe, expect, it, vi } from 'vitest';
import { flush, sendJson, useBridgePage } from '../../tests/support/bridge-page';
import { installBridge } from './bridge-main';

const h = useBridgePage();

describe('installBridge: grid events and lifetime', () => {
  it('pushes load, datachanged and refresh of the current traffic grid', async () => {
    const grid = h.page.addGrid();
    h.install();
    h.gridEvents.length = 0;
    grid.store.fire('load', grid.store, [], {});
    grid.store.fire('datachanged', grid.store);
    grid.view.fire('refresh', grid.view);
    expect(h.gridEvents).toEqual(['load', 'datachanged', 'refresh']);
  });

  it('moves its listeners to a new grid and off a destroyed one', async () => {
    const first = h.page.addGrid();
    h.install();
    expect(first.store.count('load')).toBe(1);
    expect(first.view.count('refresh')).toBe(1);
    first.destroy();
    expect(first.store.count()).toBe(0);
    expect(first.view.count()).toBe(0);
    expect(first.count()).toBe(0);
    const second = h.page.addGrid();
    await flush();
    expect(second.store.count('load')).toBe(1);
    h.gridEvents.length = 0;
    first.store.fire('load');
    second.store.fire('load');
    expect(h.gridEvents).toEqual(['load']);
  });

  it('prefers the shown grid when the request rescans', async () => {
    const a = h.page.addGrid();
    h.install();
    const b = h.page.addGrid();
    a.hidden = true;
    await h.ask({ type: 'grid.read' });
    expect(a.store.count('load')).toBe(0);
    expect(b.store.count('load')).toBe(1);
  });

  it('uninstall removes every listener it added', async () => {
    const grid = h.page.addGrid();
    const add = vi.spyOn(document, 'addEventListener');
    const remove = vi.spyOn(document, 'removeEventListener');
    const uninstall = h.install();
    uninstall();
    expect(remove.mock.calls.length).toBe(add.mock.calls.length);
    expect(grid.store.count() + grid.view.count() + grid.count() + h.page.all.count()).toBe(0);
    sendJson({ id: 3, type: 'ping' });
    await flush();
    expect(h.responses).toEqual([]);
  });

  it('installs once per window', async () => {
    const uninstall = h.install();
    expect(installBridge(window)).toBe(uninstall);
    await h.ask({ type: 'ping' });
    expect(h.responses).toHaveLength(1);
  });
});
