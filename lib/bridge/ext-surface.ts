// The slice of the page's ExtJS 3 / PAN globals the bridge touches (docs/panos-facts.md, the log
// grid and reading the threat log; docs/ARCHITECTURE.md "The simulator's own protocol choices").
// Everything is optional: the page is not ours, and every access is feature-detected.

export type Listener = (...args: unknown[]) => void;

export interface ExtObservable {
  on?(event: string, fn: Listener, scope?: unknown): void;
  un?(event: string, fn: Listener, scope?: unknown): void;
}

export interface ExtRecord {
  id?: unknown;
  data?: Record<string, unknown>;
}

export interface ExtStore extends ExtObservable {
  baseParams?: Record<string, unknown>;
  /** Ext 3: the options of the last load(), params included (set by load). */
  lastOptions?: { params?: Record<string, unknown> } | null;
  /** Ext 3 XmlReader keeps the last response's document as `xmlData`. */
  reader?: { xmlData?: unknown };
  getCount?(): number;
  getAt?(index: number): ExtRecord | undefined;
  load?(options: { params: Record<string, unknown>; callback?: Listener; scope?: unknown }): unknown;
  destroy?(): void;
}

export interface ExtColumnModel {
  getColumnCount?(): number;
  getColumnId?(index: number): unknown;
  getDataIndex?(index: number): unknown;
  getColumnHeader?(index: number): unknown;
  isHidden?(index: number): unknown;
}

export interface ExtGrid extends ExtObservable {
  logtype?: unknown;
  itemId?: unknown;
  rendered?: unknown;
  isDestroyed?: unknown;
  hidden?: unknown;
  isVisible?(deep?: boolean): unknown;
  getEl?(): unknown;
  getStore?(): ExtStore | undefined;
  getView?(): ExtObservable | undefined;
  getColumnModel?(): ExtColumnModel | undefined;
}

export interface ExtCollection extends ExtObservable {
  items?: unknown[];
  each?(fn: (item: unknown) => unknown): void;
}

/** `run(method, args, callback(result, event))`: PanDirect.run and its newer namesakes. */
export type DirectRun = (method: string, args: unknown[], callback: Listener) => unknown;

export interface PageGlobals {
  Ext?: { ComponentMgr?: { all?: ExtCollection }; version?: unknown };
  Pan?: {
    /** The RPC client under its 8.1 second name (also newer releases, reference section 9). */
    direct?: { run?: DirectRun };
    /** Set by pages of PAN-OS 9.x and later. */
    staticMOTD?: unknown;
    /** Holds the Direct token seed as `st.st<digits>`. */
    st?: { st?: Record<string, unknown> };
    global?: { isCms?(): unknown; isPanorama?(): unknown; product?: unknown };
    base?: { data?: { LogStore?: new (config: Record<string, unknown>) => ExtStore } };
    appframework?: {
      PanAppInterface?: {
        jumpToBranch?(branch: string, vsys: string, params: Record<string, unknown>): unknown;
      };
    };
  };
  PanDirect?: { run?: DirectRun };
  /** A recent release's RPC client (reference section 9). */
  Panos?: { direct?: { run?: DirectRun } };
  XMLSerializer?: new () => { serializeToString(node: unknown): string };
}

export function globalsOf(win: Window): PageGlobals {
  return win as unknown as PageGlobals;
}
