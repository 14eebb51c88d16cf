import { describe, expect, it } from 'vitest';
import { type GridFixture, parseFixture } from '../../tests/fixtures/grid/load-fixture';
import { readCellText, readGridFromDom } from './grid-dom-reader';

const read = (name: GridFixture) => readGridFromDom(parseFixture(name).querySelector('.x-grid-panel')!);
const flaggedIndexes = (rows: { fields: Record<string, string> }[]) =>
  rows.flatMap((row, i) =>
    row.fields.action === 'allow' && row.fields.session_end_reason === 'threat' ? [i] : [],
  );

const ROW_2 = {
  receive_time: '2025/03/11 10:15:55',
  subtype: 'end',
  from: 'trust',
  to: 'untrust',
  src: '10.1.1.12',
  srcuser: '',
  dst: '203.0.113.102',
  dport: '80',
  app: 'web-browsing',
  action: 'allow',
  rule: 'allow-web',
  session_end_reason: 'threat',
  bytes: '15.8k',
  elapsed: '6',
  proto: 'tcp',
  sessionid: '184522',
  sport: '50074',
  start: '2025/03/11 10:14:55',
  vsys: 'vsys1',
};

describe('readGridFromDom: firewall default layout', () => {
  const grid = read('firewall-default');

  it('maps every header to its field by text, keeping the column ids', () => {
    expect(grid.columns.map((c) => [c.id, c.field, c.hidden])).toEqual([
      ['0', null, false],
      ['1', null, false],
      ['2', 'receive_time', false],
      ['3', 'subtype', false],
      ['4', 'from', false],
      ['5', 'to', false],
      ['6', 'src', false],
      ['7', 'srcuser', false],
      ['8', 'dst', false],
      ['9', 'dport', false],
      ['10', 'app', false],
      ['11', 'action', false],
      ['12', 'rule', false],
      ['13', 'session_end_reason', false],
      ['14', 'bytes', false],
      ['15', 'elapsed', true],
      ['16', 'proto', true],
      ['17', 'sessionid', true],
      ['18', 'sport', true],
      ['19', 'start', true],
      ['20', null, true],
      ['21', 'vsys', true],
    ]);
    expect(grid.columns[20]!.header).toBe('URL Category');
    expect(grid.columns[0]!.header).toBe('');
    expect(grid.missing).toEqual([]);
  });

  it('reads the values of a row, hidden columns included, without the vsys span', () => {
    expect(grid.rows).toHaveLength(20);
    expect(grid.rows[2]!.fields).toEqual(ROW_2);
    expect(grid.rows[0]!.fields.srcuser).toBe('corp\\user0');
    expect(grid.rows[0]!.fields.bytes).toBe('300');
    expect(grid.rows[5]!.fields.bytes).toBe('11.3M');
    expect(grid.rows[6]!.fields.action).toBe('reset-both');
  });

  it('returns the row elements in view order', () => {
    expect(grid.rows.every((row) => row.element.classList.contains('x-grid3-row'))).toBe(true);
    expect(grid.rows[0]!.element.classList.contains('x-grid3-row-first')).toBe(true);
    expect(grid.rows[19]!.element.classList.contains('x-grid3-row-last')).toBe(true);
  });

  it('finds the allow + threat rows', () => expect(flaggedIndexes(grid.rows)).toEqual([2, 5, 11, 17]));
});

describe('readGridFromDom: other layouts', () => {
  it('reads a hidden Action column and says it is hidden', () => {
    const grid = read('hidden-action');
    expect(grid.columns.find((c) => c.field === 'action')).toEqual({
      id: '11',
      field: 'action',
      header: 'Action',
      hidden: true,
    });
    expect(grid.missing).toEqual([]);
    expect(flaggedIndexes(grid.rows)).toEqual([2, 5, 11, 17]);
  });

  it('follows reordered columns by id, not by position', () => {
    const grid = read('reordered-columns');
    expect(grid.columns.slice(0, 7).map((c) => [c.id, c.field])).toEqual([
      ['0', null],
      ['1', null],
      ['14', 'bytes'],
      ['2', 'receive_time'],
      ['3', 'subtype'],
      ['11', 'action'],
      ['13', 'session_end_reason'],
    ]);
    expect(grid.rows[2]!.fields).toEqual(ROW_2);
    expect(flaggedIndexes(grid.rows)).toEqual([2, 5, 11, 17]);
  });

  it.each(['headers-ja', 'headers-de', 'headers-fr'] as const)('reads %s like English', (name) => {
    const grid = read(name);
    expect(grid.missing).toEqual([]);
    expect(grid.rows[2]!.fields).toEqual(ROW_2);
    expect(flaggedIndexes(grid.rows)).toEqual([2, 5, 11, 17]);
  });

  it('reads Panorama columns (Generate Time, Device SN, Device Name)', () => {
    const grid = read('panorama');
    const visible = grid.columns.filter((c) => !c.hidden).map((c) => c.field);
    expect(visible).toContain('time_generated');
    expect(visible).not.toContain('receive_time');
    expect(visible.slice(-2)).toEqual(['serial', 'device_name']);
    expect(grid.rows[1]!.fields).toMatchObject({
      time_generated: '2025/03/11 10:15:57',
      serial: '007051000113361',
      device_name: 'fw-branch-61',
    });
    expect(flaggedIndexes(grid.rows)).toEqual([2, 5, 11, 17]);
  });

  it('reads an empty grid as columns without rows', () => {
    const grid = read('empty-grid');
    expect(grid.rows).toEqual([]);
    expect(grid.columns).toHaveLength(22);
    expect(grid.missing).toEqual([]);
  });

  it('says which required fields a grid cannot show (threat grid: no end reason)', () => {
    const grid = read('threat-grid');
    expect(grid.missing).toEqual(['session_end_reason']);
    expect(grid.rows[0]!.fields.threatid).toBe('HTTP Directory Traversal Vulnerability(30120)');
  });

  it('reports everything missing where there is no grid', () => {
    const doc = parseFixture('non-grid-page');
    expect(readGridFromDom(doc.body)).toEqual({
      columns: [],
      rows: [],
      missing: ['action', 'session_end_reason'],
    });
  });

  it('takes the view itself as root too', () => {
    const view = parseFixture('firewall-default').querySelector('.x-grid3')!;
    expect(readGridFromDom(view).rows).toHaveLength(20);
  });
});

describe('readCellText', () => {
  const inner = (html: string) => {
    const div = document.createElement('div');
    div.innerHTML = html; // test fixture markup
    return div;
  };
  it.each([
    ['&#160;', ''],
    ['<a class="log" href="javascript:void(0)">allow</a>', 'allow'],
    ['<span class="resolved-log-address">10.0.0.1</span><span style="display:none">vsys2</span>', '10.0.0.1'],
    [
      '<span class="resolved-log-address">host.example</span><span style="display: none;">vsys2</span>',
      'host.example',
    ],
    ['10.0.0.9<span style="DISPLAY: NONE">vsys3</span>', '10.0.0.9'],
    [' a&#160;b ', 'a b'],
  ])('%s -> %j', (html, text) => expect(readCellText(inner(html))).toBe(text));
});
