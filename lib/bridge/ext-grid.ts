// Finds the page's traffic log grid component (Pan.monitor.log.Viewer among
// Ext.ComponentMgr.all) and turns its store and column model into a plain GridSnapshot.

import { isHiddenByExt } from '../page/selectors';
import type { LogRecord } from '../panos/types';
import type { ExtGrid, ExtRecord, PageGlobals } from './ext-surface';
import type { GridColumn, GridSnapshot } from './protocol';

export const TRAFFIC_LOGTYPE = 'traffic';

export function allComponents(globals: PageGlobals): unknown[] {
  const all = globals.Ext?.ComponentMgr?.all;
  if (!all) return [];
  if (Array.isArray(all.items)) return all.items.slice();
  const items: unknown[] = [];
  all.each?.((item) => {
    items.push(item);
  });
  return items;
}

export function isLogGrid(value: unknown): value is ExtGrid {
  const grid = value as ExtGrid | null;
  return (
    typeof grid === 'object' &&
    grid !== null &&
    typeof grid.logtype === 'string' &&
    typeof grid.getStore === 'function'
  );
}

function elementOf(grid: ExtGrid): Element | null {
  const el = grid.getEl?.() as { dom?: unknown } | Element | undefined;
  const dom = el && 'dom' in el ? el.dom : el;
  return typeof Element !== 'undefined' && dom instanceof Element ? dom : null;
}

/** Rendered, alive, and shown (ExtJS's own isVisible when it has one, else its element). */
export function isShownGrid(grid: ExtGrid): boolean {
  if (!grid.rendered || grid.isDestroyed || grid.hidden === true) return false;
  if (typeof grid.isVisible === 'function' && !grid.isVisible()) return false;
  const el = elementOf(grid);
  return !el || (el.isConnected && !isHiddenByExt(el));
}

export function isAlive(grid: ExtGrid): boolean {
  return !grid.isDestroyed;
}

/** Every traffic grid component on the page, newest last. */
export function trafficGrids(globals: PageGlobals): ExtGrid[] {
  return allComponents(globals).filter(
    (item): item is ExtGrid => isLogGrid(item) && item.logtype === TRAFFIC_LOGTYPE && isAlive(item),
  );
}

/** The traffic grid on screen (the newest if several); null when there is none. */
export function findShownTrafficGrid(globals: PageGlobals): ExtGrid | null {
  return trafficGrids(globals).filter(isShownGrid).at(-1) ?? null;
}

/** A store value as log text: strings stay, numbers/booleans print, anything else is ''. */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return '';
}

export function recordFields(record: ExtRecord | undefined): LogRecord {
  const fields: Record<string, string> = {};
  const data = record?.data;
  if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) fields[key] = asText(value);
  }
  if (!fields['@logid'] && record?.id !== undefined && record.id !== null)
    fields['@logid'] = asText(record.id);
  return fields;
}

function columnsOf(grid: ExtGrid): GridColumn[] {
  const cm = grid.getColumnModel?.();
  const count = Number(cm?.getColumnCount?.() ?? 0);
  const columns: GridColumn[] = [];
  for (let i = 0; cm && i < count; i++) {
    columns.push({
      id: asText(cm.getColumnId?.(i)),
      dataIndex: asText(cm.getDataIndex?.(i)),
      header: asText(cm.getColumnHeader?.(i)),
      hidden: Boolean(cm.isHidden?.(i)),
    });
  }
  return columns;
}

export function gridSnapshot(grid: ExtGrid): GridSnapshot {
  const store = grid.getStore?.();
  const count = Number(store?.getCount?.() ?? 0);
  const records: GridSnapshot['records'] = [];
  for (let i = 0; store && i < count; i++)
    records.push({ rowIndex: i, fields: recordFields(store.getAt?.(i)) });
  return {
    logtype: asText(grid.logtype),
    itemId: asText(grid.itemId),
    columns: columnsOf(grid),
    records,
  };
}
