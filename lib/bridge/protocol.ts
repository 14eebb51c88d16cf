// The message protocol between the isolated content script and the main-world bridge.
// Transport: CustomEvents on `document` (names below) whose `detail` is a JSON string, so no
// object identity crosses worlds (Firefox would otherwise need cloneInto). Each side accepts
// only the shapes defined here; anything else is ignored.

import type { DirectMethod } from '../panos/api/direct-methods';
import type { ThreatSideLogBranch } from '../panos/logs/log-pages';
import type { PanosErrorKind } from '../panos/panos-error';
import type { LogDatabase, LogRecord } from '../panos/types';

export const REQUEST_EVENT = 'threat-lens:request';
export const RESPONSE_EVENT = 'threat-lens:response';
/** Pushed by the bridge when the grid reloads or is re-rendered. */
export const GRID_EVENT = 'threat-lens:grid';

export interface GridColumn {
  /** ExtJS column id ({N} of x-grid3-td-{N}). */
  id: string;
  dataIndex: string;
  header: string;
  hidden: boolean;
}

export interface GridSnapshot {
  /** 'traffic', 'threat', ... from the grid component. */
  logtype: string;
  /** itemId of the grid component (tree path, e.g. 'Monitor/Logs/Traffic'). */
  itemId: string;
  columns: GridColumn[];
  /** One record per store row, in store order; `rowIndex` is the view row index. */
  records: { rowIndex: number; fields: LogRecord }[];
}

export type BridgeRequest =
  | { id: number; type: 'ping' }
  | { id: number; type: 'grid.read' }
  /** Names and counts of what this release's page offers (diagnostics; no log values). */
  | { id: number; type: 'survey' }
  | { id: number; type: 'direct.call'; method: DirectMethod; args: unknown[]; timeoutMs: number }
  /**
   * The Detailed Log View's first call, asked as the UI asks: enqueueRelatedLogRequest with the
   * grid page's XML that the page holds (the content script never has it).
   */
  | { id: number; type: 'related.enqueue'; logtype: 'traffic'; anchor: string; timeoutMs: number }
  /**
   * Load logs through a store of the page's own LogStore class (the UI's own endpoint and polling),
   * with the parameters of the grid's last load, changed only in log type, filter and limit.
   */
  | {
      id: number;
      type: 'logs.query';
      /** One log database a Security Profile writes to. */
      logtype: LogDatabase;
      query: string;
      limit: number;
      timeoutMs: number;
    }
  | { id: number; type: 'nav.logs'; branch: ThreatSideLogBranch; vsys: string; query: string }
  /** Stop request `target` (a logs.query): its store stops polling the firewall. Fire and forget. */
  | { id: number; type: 'cancel'; target: number };

/** The kinds of the PanosError family a bridge answer can carry (meanings in panos-error.ts). */
export type BridgeErrorKind = Extract<
  PanosErrorKind,
  | 'unavailable'
  | 'session-expired'
  | 'exception'
  | 'timeout'
  | 'missing-context'
  | 'bad-request'
  | 'refused'
  | 'error-answer'
>;

export type BridgeResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: BridgeErrorKind; message: string };

export interface BridgePing {
  ext: boolean;
  pan: boolean;
  /** An RPC client (PanDirect, Pan.direct or Panos.direct) with a run function is there. */
  panDirect: boolean;
  /** Product as the page says it, when it does: 'firewall' | 'panorama' | ''. */
  product: string;
}

/** A request as the caller writes it; the client adds the id. (Omit over each member of the union.) */
export type BridgeRequestBody = BridgeRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never;

/**
 * What the page offers, as names and counts only (the survey request). The content script
 * checks every field again before it keeps any (lib/status/release-signs.ts).
 */
export interface PageSurvey {
  /** The RPC client the bridge calls, and every known name that has a run function. */
  rpcObject: string | null;
  rpcObjectsPresent: string[];
  /** `Pan.base.data.LogStore` is a constructor. */
  logStoreClass: boolean;
  /** `Pan.staticMOTD` is set (9.x and later). */
  staticMotd: boolean;
  /** Length of the Direct token seed in `Pan.st.st` (0: none found). */
  tokenSeedLength: number;
  /** `Ext.version`, when the page's ExtJS says it. */
  extVersion: string;
  /** Log grid components (any logtype) among Ext.ComponentMgr.all, at most a few. */
  logGrids: {
    logtype: string;
    itemId: string;
    shown: boolean;
    records: number;
    /** Field names of the store's first record (no values). */
    storeFields: string[];
  }[];
}
