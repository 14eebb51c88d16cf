// Reads the visible traffic grid: the bridge's store records first (every field, hidden ones
// too), the DOM by header text as the fallback. Either way rows come back joined to their
// row elements (store index i is the view's i-th row element).

import type { BridgeClient } from '../../../lib/bridge/bridge-client';
import type { GridSnapshot } from '../../../lib/bridge/protocol';
import { gridRowElements, readGridFromDom } from '../../../lib/page/grid-dom-reader';
import { trafficRowFromRecord } from '../../../lib/panos/logs/rows';
import type { TrafficRow } from '../../../lib/panos/types';

export interface GridRows {
  source: 'store' | 'dom' | 'none';
  rows: { row: TrafficRow; element: HTMLElement }[];
  /** Fields that neither way could see (Action / Session End Reason). */
  missing: string[];
  /** Fields of the columns the user sees (not hidden): a sign of Panorama's default columns. */
  shownFields: string[];
}

function fromSnapshot(snapshot: GridSnapshot, body: Element): GridRows | null {
  if (snapshot.logtype !== 'traffic') return null;
  const elements = gridRowElements(body);
  if (elements.length !== snapshot.records.length) return null; // mid-render: let the DOM decide
  const rows = snapshot.records.flatMap(({ rowIndex, fields }) => {
    const element = elements[rowIndex];
    return element ? [{ row: trafficRowFromRecord(rowIndex, fields, 'store'), element }] : [];
  });
  const shownFields = snapshot.columns.filter((column) => !column.hidden).map((column) => column.dataIndex);
  return { source: 'store', rows, missing: [], shownFields };
}

export async function readGridRows(
  bridge: BridgeClient | null,
  gridRoot: Element,
  body: Element,
): Promise<GridRows> {
  if (bridge) {
    try {
      const snapshot = await bridge.request<GridSnapshot>({ type: 'grid.read' });
      const fromStore = fromSnapshot(snapshot, body);
      if (fromStore) return fromStore;
    } catch {
      // No readable store on this page: read the DOM instead.
    }
  }
  const dom = readGridFromDom(gridRoot);
  const shownFields = dom.columns.flatMap((column) => (column.field && !column.hidden ? [column.field] : []));
  if (dom.missing.length > 0) return { source: 'none', rows: [], missing: dom.missing, shownFields };
  return {
    shownFields,
    source: 'dom',
    rows: dom.rows.map(({ element, fields }, index) => ({
      row: trafficRowFromRecord(index, fields, 'dom'),
      element,
    })),
    missing: [],
  };
}
