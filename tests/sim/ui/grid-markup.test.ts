import { beforeEach, describe, expect, it } from 'vitest';
import { fragment, GRID_SCRIPTS, loadStatic, type UiSandbox } from './load-static';

let ui: UiSandbox;
beforeEach(() => {
  ui = loadStatic(GRID_SCRIPTS);
});

function model() {
  return new ui.Ext.grid.ColumnModel([
    { header: 'Action', dataIndex: 'action', width: 60 },
    { header: 'Rule', dataIndex: 'rule', width: 90, hidden: true },
    { header: 'Bytes', dataIndex: 'bytes', width: 50 },
  ]);
}
const record = (data: Record<string, string>, id = '1') => new ui.Ext.data.Record(data, id);

describe('ExtJS 3.4 grid markup', () => {
  it('renders a row exactly as the GridView does', () => {
    const { markup } = ui.Ext.grid.GridView;
    const html = markup.row(model(), record({ action: 'allow', rule: 'r1', bytes: '' }), 0, 1, null, '');
    expect(html).toBe(
      '<div class="x-grid3-row x-grid3-row-first x-grid3-row-last" style="width:110px;">' +
        '<table class="x-grid3-row-table" border="0" cellspacing="0" cellpadding="0" style="width:110px;"><tbody><tr>' +
        '<td class="x-grid3-col x-grid3-cell x-grid3-td-0 x-grid3-cell-first" style="width:60px;" tabIndex="0" >' +
        '<div class="x-grid3-cell-inner x-grid3-col-0" unselectable="on">allow</div></td>' +
        '<td class="x-grid3-col x-grid3-cell x-grid3-td-1" style="width:90px;display:none;" tabIndex="0" >' +
        '<div class="x-grid3-cell-inner x-grid3-col-1" unselectable="on">r1</div></td>' +
        '<td class="x-grid3-col x-grid3-cell x-grid3-td-2 x-grid3-cell-last" style="width:50px;" tabIndex="0" >' +
        '<div class="x-grid3-cell-inner x-grid3-col-2" unselectable="on">&#160;</div></td>' +
        '</tr></tbody></table></div>',
    );
  });

  it('matches the selectors of REFERENCE section 3 once parsed', () => {
    const { markup } = ui.Ext.grid.GridView;
    const rows = [record({ action: 'a' }, '1'), record({ action: 'b' }, '2'), record({ action: 'c' }, '3')];
    const root = fragment(markup.rows(model(), rows, null, () => 'extra-row'));
    const divs = Array.from(root.children);
    expect(divs.map((d) => d.className)).toEqual([
      'x-grid3-row x-grid3-row-first extra-row',
      'x-grid3-row x-grid3-row-alt extra-row',
      'x-grid3-row x-grid3-row-last extra-row',
    ]);
    const cell = root.querySelector(
      'div.x-grid3-row > table.x-grid3-row-table > tbody > tr > td.x-grid3-td-2',
    );
    expect(cell?.matches('td.x-grid3-col.x-grid3-cell')).toBe(true);
    const inner = cell?.querySelector('div.x-grid3-cell-inner.x-grid3-col-2');
    expect(inner?.getAttribute('unselectable')).toBe('on');
    expect(inner?.textContent).toBe('\u00a0');
    expect((root.querySelector('td.x-grid3-td-1') as HTMLElement).style.display).toBe('none');
  });

  it('renders header cells with button, text and sort icon', () => {
    const root = fragment(ui.Ext.grid.GridView.markup.headerTable(model()));
    const hd = root.querySelector('tr.x-grid3-hd-row > td.x-grid3-hd.x-grid3-cell.x-grid3-td-1');
    expect((hd as HTMLElement).style.display).toBe('none');
    const inner = hd?.querySelector(':scope > div.x-grid3-hd-inner.x-grid3-hd-1');
    expect(inner?.firstElementChild?.matches('a.x-grid3-hd-btn')).toBe(true);
    expect(inner?.lastElementChild?.matches('img.x-grid3-sort-icon')).toBe(true);
    expect(inner?.textContent).toBe('Rule');
  });

  it('escapes header text and leaves out the button when the menu is off', () => {
    const cm = new ui.Ext.grid.ColumnModel([{ header: '<b>x</b>', dataIndex: 'a', menuDisabled: true }]);
    const root = fragment(ui.Ext.grid.GridView.markup.headerTable(cm));
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('a.x-grid3-hd-btn')).toBeNull();
    expect(root.querySelector('.x-grid3-hd-0')?.textContent).toBe('<b>x</b>');
  });

  it('keeps a column id when the column moves (cells and headers move together)', () => {
    const cm = model();
    const events: unknown[][] = [];
    cm.on('columnmoved', (...args: unknown[]) => events.push(args.slice(1)));
    cm.moveColumn(2, 0);
    expect(events).toEqual([[2, 0]]);
    expect([0, 1, 2].map((i) => cm.getColumnId(i))).toEqual([2, 0, 1]);
    expect(cm.getDataIndex(0)).toBe('bytes');
    const { markup } = ui.Ext.grid.GridView;
    const row = fragment(markup.row(cm, record({ action: 'allow', bytes: '5' }), 0, 1, null, ''));
    const header = fragment(markup.headerTable(cm));
    const cellIds = Array.from(row.querySelectorAll('td')).map(
      (td) => /x-grid3-td-(\d+)/.exec(td.className)?.[1],
    );
    const headerIds = Array.from(header.querySelectorAll('td')).map(
      (td) => /x-grid3-td-(\d+)/.exec(td.className)?.[1],
    );
    expect(cellIds).toEqual(['2', '0', '1']);
    expect(headerIds).toEqual(cellIds);
    expect(row.querySelector('.x-grid3-col-2')?.textContent).toBe('5');
  });

  it('fires hiddenchange and reports hidden columns', () => {
    const cm = model();
    const seen: unknown[] = [];
    cm.on('hiddenchange', (_cm: unknown, index: number, hidden: boolean) => seen.push([index, hidden]));
    cm.setHidden(0, true);
    cm.setHidden(0, true);
    expect(seen).toEqual([[0, true]]);
    expect(cm.isHidden(0)).toBe(true);
    expect(cm.getColumnCount()).toBe(3);
    expect(cm.getColumnCount(true)).toBe(1);
  });
});

describe('GridView', () => {
  it('replaces every row element on refresh and fires refresh', () => {
    const store = new ui.Ext.data.Store();
    const cm = model();
    const grid = { getColumnModel: () => cm, getStore: () => store, fireEvent() {} };
    const view = new ui.Ext.grid.GridView();
    view.init(grid);
    const container = document.createElement('div');
    let refreshes = 0;
    view.on('refresh', () => {
      refreshes++;
    });
    view.render(container);
    store.loadRecords([record({ action: 'allow' }, '1'), record({ action: 'deny' }, '2')]);
    const before = view.getRow(1);
    expect(before?.textContent).toContain('deny');
    store.loadRecords([record({ action: 'allow' }, '1'), record({ action: 'deny' }, '2')]);
    expect(view.getRow(1)).not.toBe(before);
    expect(
      container.querySelector('.x-grid3 > .x-grid3-viewport > .x-grid3-scroller > .x-grid3-body'),
    ).not.toBeNull();
    expect(container.querySelectorAll('.x-grid3-body > .x-grid3-row')).toHaveLength(2);
    expect(refreshes).toBe(3);
  });
});

describe('ComponentMgr', () => {
  it('registers components and unregisters them on destroy', () => {
    const component = new ui.Ext.Component({ itemId: 'Monitor/Logs/Traffic' });
    const all = ui.Ext.ComponentMgr.all;
    expect(all.items).toContain(component);
    expect(all.get(component.id)).toBe(component);
    const seen: unknown[] = [];
    all.each((c: unknown) => {
      seen.push(c);
    });
    expect(seen).toEqual([component]);
    component.destroy();
    expect(component.isDestroyed).toBe(true);
    expect(all.items).not.toContain(component);
  });
});
