// The main-world half of the bridge (entrypoints/panos-bridge.ts): answers protocol.ts
// requests from the content script and pushes GRID_EVENT on grid reloads. It exposes nothing
// else, and never lets an exception reach the page.

import {
  type CallContext,
  directCall,
  logsQuery,
  navLogs,
  type Outcome,
  ping,
  readGrid,
  relatedEnqueue,
} from './bridge-calls';
import { parseRequestDetail } from './bridge-validate';
import { globalsOf } from './ext-surface';
import { createGridEventPump } from './grid-events';
import { pageSurvey } from './page-survey';
import {
  type BridgeRequest,
  type BridgeResponse,
  GRID_EVENT,
  REQUEST_EVENT,
  RESPONSE_EVENT,
} from './protocol';

const INSTALLED = Symbol.for('threat-lens.bridge');

/** Ext.ComponentMgr.all, if the page has one and reading it does not throw. */
function componentCollection(globals: ReturnType<typeof globalsOf>) {
  try {
    return globals.Ext?.ComponentMgr?.all;
  } catch {
    return undefined;
  }
}

export function installBridge(win: Window): () => void {
  const marker = win as unknown as Record<symbol, (() => void) | undefined>;
  const existing = marker[INSTALLED];
  if (existing) return existing; // injected twice: one bridge answers

  const doc = win.document;
  const globals = globalsOf(win);
  const ctx: CallContext = {
    globals,
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    clearTimeout: (handle) => win.clearTimeout(handle as number),
  };

  const EventCtor = (win as Window & typeof globalThis).CustomEvent ?? CustomEvent;
  const dispatch = (type: string, detail: unknown) => {
    try {
      doc.dispatchEvent(new EventCtor(type, { detail: JSON.stringify(detail) }));
    } catch {
      // An unserialisable result or a torn-down document: nothing to tell anyone.
    }
  };
  const respond = (id: number, outcome: Outcome) => {
    const response: BridgeResponse = outcome.ok
      ? { id, ok: true, result: outcome.result }
      : { id, ok: false, error: outcome.error, message: outcome.message };
    let detail: string;
    try {
      detail = JSON.stringify(response);
    } catch {
      detail = JSON.stringify({ id, ok: false, error: 'exception', message: 'result is not serialisable' });
    }
    try {
      doc.dispatchEvent(new EventCtor(RESPONSE_EVENT, { detail }));
    } catch {
      // see dispatch
    }
  };

  const pump = createGridEventPump(globals, (reason) => dispatch(GRID_EVENT, { reason }));
  /** Running logs.query requests by id, so a cancel can stop their polling. */
  const cancelers = new Map<number, () => void>();

  async function handle(request: BridgeRequest): Promise<Outcome> {
    switch (request.type) {
      case 'ping':
        return { ok: true, result: ping(globals) };
      case 'grid.read':
        pump.rescan();
        return readGrid(globals);
      case 'survey':
        return { ok: true, result: pageSurvey(globals) };
      case 'direct.call':
        return directCall(ctx, request);
      case 'related.enqueue':
        return relatedEnqueue(ctx, request);
      case 'logs.query': {
        const outcome = logsQuery(ctx, request, (cancel) => cancelers.set(request.id, cancel));
        return outcome.finally(() => cancelers.delete(request.id));
      }
      case 'cancel': {
        const cancel = cancelers.get(request.target);
        cancel?.();
        return { ok: true, result: cancel !== undefined };
      }
      case 'nav.logs':
        return navLogs(globals, request);
    }
  }

  const onRequest = (event: Event) => {
    try {
      const parsed = parseRequestDetail((event as CustomEvent).detail);
      if (parsed.kind === 'ignore') return;
      if (parsed.kind === 'refuse') {
        respond(parsed.id, { ok: false, error: 'bad-request', message: parsed.message });
        return;
      }
      const { id } = parsed.request;
      handle(parsed.request)
        .catch((error: unknown) => ({
          ok: false as const,
          error: 'exception' as const,
          message: error instanceof Error ? error.message : 'bridge failure',
        }))
        .then((outcome) => respond(id, outcome));
    } catch {
      // never into the page
    }
  };

  const onHashChange = () => {
    try {
      pump.rescan();
    } catch {
      // never into the page
    }
  };
  const all = componentCollection(globals);
  const onComponentAdded = () => win.setTimeout(onHashChange, 0);

  doc.addEventListener(REQUEST_EVENT, onRequest);
  win.addEventListener('hashchange', onHashChange);
  try {
    all?.on?.('add', onComponentAdded);
  } catch {
    // a collection without events: requests and hash changes still rescan
  }
  onHashChange();

  const uninstall = () => {
    doc.removeEventListener(REQUEST_EVENT, onRequest);
    win.removeEventListener('hashchange', onHashChange);
    try {
      all?.un?.('add', onComponentAdded);
    } catch {
      // see above
    }
    pump.dispose();
    delete marker[INSTALLED];
  };
  marker[INSTALLED] = uninstall;
  return uninstall;
}
