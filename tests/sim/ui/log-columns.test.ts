import { beforeEach, describe, expect, it } from 'vitest';
import { LOG_SCRIPTS, loadStatic, type UiSandbox } from './load-static';

let ui: UiSandbox;
// biome-ignore lint/suspicious/noExplicitAny: the browser scripts are untyped plain JS.
let columns: any;
beforeEach(() => {
  localStorage.clear();
  ui = loadStatic(LOG_SCRIPTS);
  columns = ui.Pan.monitor.log.columns;
});

interface Column {
  field: string;
  header: string;
  hidden: boolean;
  id: number;
}
const fieldsOf = (cm: { config: Column[] }, hidden: boolean) =>
  cm.config.filter((c) => c.hidden === hidden).map((c) => c.field);

describe('default columns', () => {
  it('traffic on a firewall: the visible order of REFERENCE, hidden ones after, alphabetically', () => {
    const cm = columns.buildColumnModel('traffic', 'firewall');
    expect(fieldsOf(cm, false)).toEqual([
      'details',
      'pcap',
      'receive_time',
      'subtype',
      'from',
      'to',
      'src',
      'srcuser',
      'dst',
      'dport',
      'app',
      'action',
      'rule',
      'session_end_reason',
      'bytes',
    ]);
    const hidden = fieldsOf(cm, true);
    for (const field of [
      'sessionid',
      'start',
      'elapsed',
      'time_generated',
      'sport',
      'proto',
      'vsys',
      'serial',
    ]) {
      expect(hidden).toContain(field);
    }
    const headers = (cm.config as Column[]).filter((c) => c.hidden).map((c) => c.header);
    expect(headers).toEqual([...headers].sort((a, b) => a.localeCompare(b)));
    expect(cm.config.slice(0, 15).every((c: { hidden: boolean }) => !c.hidden)).toBe(true);
    expect(cm.config.map((c: { id: number }) => c.id)).toEqual(cm.config.map((_: unknown, i: number) => i));
    expect(cm.getDataIndex(0)).toBe('');
    expect(cm.getColumnHeader(2)).toBe('Receive Time');
  });

  it('traffic on Panorama: Generate Time first, Device SN and Device Name appended', () => {
    const visible = fieldsOf(columns.buildColumnModel('traffic', 'panorama'), false);
    expect(visible[2]).toBe('time_generated');
    expect(visible.slice(-2)).toEqual(['serial', 'device_name']);
    expect(visible).not.toContain('receive_time');
  });

  it('threat on a firewall', () => {
    const cm = columns.buildColumnModel('threat', 'firewall');
    expect(fieldsOf(cm, false)).toEqual([
      'details',
      'pcap',
      'receive_time',
      'subtype',
      'threatid',
      'from',
      'to',
      'src',
      'srcuser',
      'dst',
      'dport',
      'app',
      'action',
      'severity',
      'filename',
      'misc',
    ]);
    for (const field of ['tid', 'thr_category', 'rule', 'sessionid', 'direction', 'contentver']) {
      expect(fieldsOf(cm, true)).toContain(field);
    }
  });
});

describe('translation and persistence', () => {
  it('translates headers from the page table, English where it has none', () => {
    ui.Pan.i18nHeaders = { receive_time: { en: 'Receive Time', ja: '受信日時' } };
    const cm = columns.buildColumnModel('traffic', 'firewall');
    columns.translate(cm, 'ja');
    expect(cm.getColumnHeader(2)).toBe('受信日時');
    expect(cm.getColumnHeader(3)).toBe('Type');
    columns.translate(cm, 'en');
    expect(cm.getColumnHeader(2)).toBe('Receive Time');
  });

  it('restores moved and hidden columns by id', () => {
    const key = columns.stateKey('traffic', 'firewall');
    const cm = columns.buildColumnModel('traffic', 'firewall');
    cm.moveColumn(2, 5);
    cm.setHidden(cm.findColumnIndex('sessionid'), false);
    cm.setHidden(cm.findColumnIndex('rule'), true);
    columns.saveState(cm, key);
    const again = columns.buildColumnModel('traffic', 'firewall');
    columns.restoreState(again, key);
    expect(again.config.map((c: { id: number }) => c.id)).toEqual(cm.config.map((c: { id: number }) => c.id));
    expect(again.getColumnId(5)).toBe(2);
    expect(again.isHidden(again.findColumnIndex('sessionid'))).toBe(false);
    expect(again.isHidden(again.findColumnIndex('rule'))).toBe(true);
  });
});
