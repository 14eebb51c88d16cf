// What the bridge does for each request, in the page's main world: Direct calls through the
// page's own RPC client (PanDirect, Pan.direct or Panos.direct: rpc-object.ts), threat logs through a store of the page's own LogStore class,
// navigation through PanAppInterface. Each answer is an Outcome; nothing here throws.

import { findShownTrafficGrid, gridSnapshot, recordFields, trafficGrids } from './ext-grid';
import type { ExtRecord, ExtStore, PageGlobals } from './ext-surface';
import type { BridgeErrorKind, BridgePing, BridgeRequest } from './protocol';
import { findRpcObject } from './rpc-object';
import { storeFailure } from './store-failure';

export type Outcome = { ok: true; result: unknown } | { ok: false; error: BridgeErrorKind; message: string };

const UNAUTHORIZED_PREFIX = /^\s*unauthorized/i;

const fail = (error: BridgeErrorKind, message: string): Outcome => ({ ok: false, error, message });

export interface CallContext {
  globals: PageGlobals;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Runs `start` with a deadline; `settle` may be called once, later calls are dropped. */
function withDeadline(
  ctx: CallContext,
  timeoutMs: number,
  start: (settle: (outcome: Outcome) => void) => void,
  onTimeout?: () => void,
): Promise<Outcome> {
  return new Promise((resolve) => {
    let done = false;
    const timer = ctx.setTimeout(() => {
      if (done) return;
      done = true;
      try {
        onTimeout?.();
      } catch {
        // best effort clean-up
      }
      resolve(fail('timeout', `no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const settle = (outcome: Outcome) => {
      if (done) return;
      done = true;
      ctx.clearTimeout(timer);
      resolve(outcome);
    };
    try {
      start(settle);
    } catch (error) {
      settle(fail('exception', messageOf(error)));
    }
  });
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}

function directFailure(event: Record<string, unknown>): Outcome {
  const nested = event.error as { message?: unknown } | undefined;
  const raw = typeof event.message === 'string' ? event.message : nested?.message;
  const message = typeof raw === 'string' ? raw : 'Direct exception';
  return fail(UNAUTHORIZED_PREFIX.test(message) ? 'session-expired' : 'exception', message);
}

export function ping(globals: PageGlobals): BridgePing {
  const global = globals.Pan?.global;
  let product = '';
  try {
    const panorama = global?.isCms?.() ?? global?.isPanorama?.();
    if (typeof panorama === 'boolean') product = panorama ? 'panorama' : 'firewall';
    else if (global?.product === 'panorama' || global?.product === 'firewall') product = global.product;
  } catch {
    product = '';
  }
  return {
    ext: !!globals.Ext,
    pan: !!globals.Pan,
    panDirect: findRpcObject(globals) !== null,
    product,
  };
}

export function readGrid(globals: PageGlobals): Outcome {
  const grid = findShownTrafficGrid(globals);
  return grid ? { ok: true, result: gridSnapshot(grid) } : fail('unavailable', 'no traffic grid on screen');
}

export function directCall(
  ctx: CallContext,
  req: Extract<BridgeRequest, { type: 'direct.call' }>,
): Promise<Outcome> {
  const rpc = findRpcObject(ctx.globals);
  if (!rpc) return Promise.resolve(fail('unavailable', 'no RPC object with a run function on this page'));
  return withDeadline(ctx, req.timeoutMs, (settle) => {
    rpc.run.call(rpc.target, req.method, req.args, (result: unknown, event: unknown) => {
      const ev = (event ?? {}) as Record<string, unknown>;
      if (ev.type === 'exception' || ev.status === false) settle(directFailure(ev));
      else settle({ ok: true, result });
    });
  });
}

function trafficStore(globals: PageGlobals): ExtStore | undefined {
  return (findShownTrafficGrid(globals) ?? trafficGrids(globals).at(-1))?.getStore?.();
}

/** The grid page's XML as the UI holds it: its store's XmlReader keeps the last document. */
export function gridPageXml(globals: PageGlobals): string {
  const data = trafficStore(globals)?.reader?.xmlData;
  if (typeof data === 'string') return data;
  if (typeof data !== 'object' || data === null || !('documentElement' in data)) return '';
  try {
    const Serializer = globals.XMLSerializer;
    return Serializer ? new Serializer().serializeToString(data) : '';
  } catch {
    return '';
  }
}

/** The Detailed Log View's enqueue, with the grid page's XML the UI itself would send. */
export function relatedEnqueue(
  ctx: CallContext,
  req: Extract<BridgeRequest, { type: 'related.enqueue' }>,
): Promise<Outcome> {
  const responseText = gridPageXml(ctx.globals);
  if (!responseText) return Promise.resolve(fail('missing-context', 'the grid holds no page XML'));
  return directCall(ctx, {
    id: req.id,
    type: 'direct.call',
    method: 'MonitorDirect.enqueueRelatedLogRequest',
    args: [{ logtype: req.logtype, anchor: req.anchor, responseText }],
    timeoutMs: req.timeoutMs,
  });
}

function logStoreClass(globals: PageGlobals): (new (config: Record<string, unknown>) => ExtStore) | null {
  const store = trafficStore(globals);
  const ctor = store?.constructor as (new (config: Record<string, unknown>) => ExtStore) | undefined;
  if (typeof ctor === 'function' && ctor !== Object) return ctor;
  return globals.Pan?.base?.data?.LogStore ?? null;
}

const isParams = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The parameters of the grid's last load (base and per-load), or null when it has not loaded:
 * the unknown query and job parameters stay what the UI itself sent.
 */
export function lastLoadParams(
  globals: PageGlobals,
): { base: Record<string, unknown>; params: Record<string, unknown> } | null {
  const store = trafficStore(globals);
  const last = store?.lastOptions;
  if (!store || !isParams(last)) return null;
  const params: Record<string, unknown> = isParams(last.params) ? { ...last.params } : {};
  // A job id belongs to the grid's own query, never to ours.
  delete params.jobid;
  return { base: isParams(store.baseParams) ? { ...store.baseParams } : {}, params };
}

export function logsQuery(
  ctx: CallContext,
  req: Extract<BridgeRequest, { type: 'logs.query' }>,
  onCancellable?: (cancel: () => void) => void,
): Promise<Outcome> {
  const StoreClass = logStoreClass(ctx.globals);
  if (!StoreClass) return Promise.resolve(fail('unavailable', 'no LogStore class on this page'));
  const last = lastLoadParams(ctx.globals);
  if (!last) return Promise.resolve(fail('missing-context', 'the grid has no last load to copy'));
  let store: ExtStore | null = null;
  const cleanUp = () => store?.destroy?.();
  const outcome = withDeadline(
    ctx,
    req.timeoutMs,
    (settle) => {
      store = new StoreClass({ baseParams: { ...last.base, logtype: req.logtype, databases: req.logtype } });
      // A session that ended (login page) is not an error; a refusal is told from other failures.
      const onException = (...args: unknown[]) => {
        const { error, message } = storeFailure(args);
        settle(fail(error, message));
      };
      // Cancelled (the user navigated away): the store is destroyed, which stops its polling.
      onCancellable?.(() => settle(fail('exception', 'cancelled')));
      const loaded = (records: unknown) => {
        const list = Array.isArray(records) ? (records as ExtRecord[]) : [];
        settle({ ok: true, result: list.map(recordFields) });
      };
      store.on?.('exception', onException);
      store.on?.('loadexception', onException);
      // A store that fires 'load' but ignores the callback still answers.
      store.on?.('load', (_store: unknown, records: unknown) => loaded(records));
      store.load?.({
        params: {
          ...last.params,
          logtype: req.logtype,
          databases: req.logtype,
          start: 0,
          limit: req.limit,
          query: req.query,
        },
        callback: (records: unknown, _options: unknown, success: unknown) => {
          if (success === false) return settle(fail('error-answer', 'log query failed'));
          loaded(records);
        },
      });
    },
    cleanUp,
  );
  return outcome.then((result) => {
    // After a timeout the store was already destroyed by the deadline's own clean-up.
    if (result.ok || result.error !== 'timeout') cleanUp();
    return result;
  });
}

export function navLogs(globals: PageGlobals, req: Extract<BridgeRequest, { type: 'nav.logs' }>): Outcome {
  const app = globals.Pan?.appframework?.PanAppInterface;
  if (typeof app?.jumpToBranch !== 'function') return fail('unavailable', 'jumpToBranch is not on this page');
  try {
    app.jumpToBranch(req.branch, req.vsys, { query: req.query });
    return { ok: true, result: null };
  } catch (error) {
    return fail('exception', messageOf(error));
  }
}
