import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakePage, FakeStore } from '../../tests/fixtures/grid/fake-ext-page';
import { installBridge } from './bridge-main';
import { GRID_EVENT, REQUEST_EVENT, RESPONSE_EVENT } from './protocol';

let page: FakePage;
let undoPage: () => void;
let uninstall: () => void;
let responses: Record<string, unknown>[];
let gridEvents: string[];

const onResponse = (e: Event) => responses.push(JSON.parse((e as CustomEvent).detail));
const onGrid = (e: Event) => gridEvents.push(JSON.parse((e as CustomEvent).detail).reason);

function send(detail: unknown) {
  document.dispatchEvent(new CustomEvent(REQUEST_EVENT, { detail }));
}
const sendJson = (message: unknown) => send(JSON.stringify(message));
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function ask(message: Record<string, unknown>) {
  const id = Math.floor(Math.random() * 1e6);
  sendJson({ id, ...message });
  for (let i = 0; i < 50 && !responses.some((r) => r.id === id); i++) await flush();
  return responses.find((r) => r.id === id);
}

beforeEach(() => {
  page = new FakePage();
  FakeStore.created = [];
  FakeStore.loadBehaviour = () => {};
  undoPage = page.install(window);
  responses = [];
  gridEvents = [];
  document.addEventListener(RESPONSE_EVENT, onResponse);
  document.addEventListener(GRID_EVENT, onGrid);
});

afterEach(() => {
  uninstall?.();
  undoPage();
  document.removeEventListener(RESPONSE_EVENT, onResponse);
  document.removeEventListener(GRID_EVENT, onGrid);
});

describe('installBridge: requests', () => {
  it('answers ping with what the page has', async () => {
    uninstall = installBridge(window);
    expect(await ask({ type: 'ping' })).toMatchObject({
      ok: true,
      result: { ext: true, pan: true, panDirect: true, product: 'firewall' },
    });
    page.panorama = true;
    expect(await ask({ type: 'ping' })).toMatchObject({ result: { product: 'panorama' } });
  });

  it('reads the shown traffic grid: every record field, @logid, columns, store order', async () => {
    page.addGrid('threat', 'Monitor/Logs/Threat');
    const hidden = page.addGrid();
    hidden.hidden = true;
    const grid = page.addGrid();
    grid.store.records = [
      {
        id: '7001',
        data: { action: 'allow', session_end_reason: 'threat', sessionid: 184522, repeatcnt: 1 },
      },
      { id: '7002', data: { action: 'deny', session_end_reason: 'policy-deny', obj: { x: 1 }, none: null } },
    ];
    uninstall = installBridge(window);
    const answer = await ask({ type: 'grid.read' });
    expect(answer).toEqual({
      id: answer!.id,
      ok: true,
      result: {
        logtype: 'traffic',
        itemId: 'Monitor/Logs/Traffic',
        columns: [
          { id: '0', dataIndex: '', header: '', hidden: false },
          { id: '2', dataIndex: 'receive_time', header: 'Receive Time', hidden: false },
          { id: '11', dataIndex: 'action', header: 'Action', hidden: false },
          { id: '13', dataIndex: 'session_end_reason', header: 'Session End Reason', hidden: false },
          { id: '17', dataIndex: 'sessionid', header: 'Session ID', hidden: true },
        ],
        records: [
          {
            rowIndex: 0,
            fields: {
              action: 'allow',
              session_end_reason: 'threat',
              sessionid: '184522',
              repeatcnt: '1',
              '@logid': '7001',
            },
          },
          {
            rowIndex: 1,
            fields: {
              action: 'deny',
              session_end_reason: 'policy-deny',
              obj: '',
              none: '',
              '@logid': '7002',
            },
          },
        ],
      },
    });
  });

  it('says unavailable when no traffic grid is shown', async () => {
    page.addGrid('threat', 'Monitor/Logs/Threat');
    const destroyed = page.addGrid();
    destroyed.destroy();
    uninstall = installBridge(window);
    expect(await ask({ type: 'grid.read' })).toMatchObject({ ok: false, error: 'unavailable' });
  });

  it('calls the allowed Direct methods through PanDirect.run', async () => {
    uninstall = installBridge(window);
    page.directBehaviour = (_m, args, cb) => cb({ echoed: args }, { status: true });
    const answer = await ask({
      type: 'direct.call',
      method: 'MonitorDirect.getThreatDetail',
      args: ['30120'],
      timeoutMs: 1000,
    });
    expect(answer).toMatchObject({ ok: true, result: { echoed: ['30120'] } });
    expect(page.directCalls).toEqual([{ method: 'MonitorDirect.getThreatDetail', args: ['30120'] }]);
  });

  it.each([
    [{ type: 'exception', status: false, message: 'Internal error' }, 'exception', 'Internal error'],
    [
      { type: 'exception', message: 'unauthorized: session expired' },
      'session-expired',
      'unauthorized: session expired',
    ],
    [{ status: false, error: { message: 'Unauthorized access' } }, 'session-expired', 'Unauthorized access'],
  ])('maps Direct failure %j to %s', async (event, kind, message) => {
    uninstall = installBridge(window);
    page.directBehaviour = (_m, _a, cb) => cb(null, event);
    const answer = await ask({
      type: 'direct.call',
      method: 'MonitorDirect.pollLogRequest',
      args: ['1', { logtype: 'detail' }],
      timeoutMs: 1000,
    });
    expect(answer).toMatchObject({ ok: false, error: kind, message });
  });

  it('answers exception when PanDirect.run throws, and timeout when it never calls back', async () => {
    uninstall = installBridge(window);
    page.directBehaviour = () => {
      throw new Error('boom');
    };
    const call = {
      type: 'direct.call',
      method: 'MonitorDirect.retrieveJSONLog',
      args: ['<x/>'],
      timeoutMs: 30,
    };
    expect(await ask(call)).toMatchObject({ ok: false, error: 'exception', message: 'boom' });
    page.directBehaviour = () => {};
    const id = 99;
    sendJson({ id, ...call });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(responses.find((r) => r.id === id)).toMatchObject({ ok: false, error: 'timeout' });
  });

  it('reports failure, login page and timeout of the log store', async () => {
    page.addGrid();
    uninstall = installBridge(window);
    const query = { type: 'logs.query', logtype: 'threat', query: '', limit: 20, timeoutMs: 40 };
    FakeStore.loadBehaviour = (_s, { callback }) => callback([], {}, false);
    expect(await ask(query)).toMatchObject({ ok: false, error: 'error-answer' });
    FakeStore.loadBehaviour = (store) =>
      store.fire(
        'exception',
        store,
        'response',
        'read',
        {},
        { responseText: '<html><!-- __LOGIN_PAGE__ -->' },
      );
    expect(await ask(query)).toMatchObject({ ok: false, error: 'session-expired' });
    FakeStore.loadBehaviour = () => {};
    sendJson({ id: 5, ...query });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(responses.find((r) => r.id === 5)).toMatchObject({ ok: false, error: 'timeout' });
    expect(FakeStore.created.at(-1)!.destroyed).toBe(true);
  });

  it('cancel stops a running log query and answers whether there was one', async () => {
    page.addGrid();
    uninstall = installBridge(window);
    sendJson({ id: 7, type: 'logs.query', logtype: 'threat', query: '', limit: 20, timeoutMs: 60_000 });
    await flush();
    const store = FakeStore.created.at(-1)!;
    expect(await ask({ type: 'cancel', target: 7 })).toMatchObject({ ok: true, result: true });
    expect(store.destroyed).toBe(true);
    await flush();
    expect(responses.find((r) => r.id === 7)).toMatchObject({ ok: false, message: 'cancelled' });
    expect(await ask({ type: 'cancel', target: 7 })).toMatchObject({ ok: true, result: false });
    expect(await ask({ type: 'cancel', target: 'x' })).toMatchObject({ ok: false, error: 'bad-request' });
  });

  it('navigates with jumpToBranch', async () => {
    uninstall = installBridge(window);
    const answer = await ask({
      type: 'nav.logs',
      branch: 'monitor/logs/threat',
      vsys: 'vsys1',
      query: '(sessionid eq 1)',
    });
    expect(answer).toMatchObject({ ok: true, result: null });
    expect(page.jumps).toEqual([['monitor/logs/threat', 'vsys1', { query: '(sessionid eq 1)' }]]);
  });

  it('navigates to the log page an entry lives in: URL Filtering, Data Filtering, WildFire Submissions', async () => {
    uninstall = installBridge(window);
    for (const branch of ['monitor/logs/url', 'monitor/logs/data', 'monitor/logs/wildfire']) {
      expect(await ask({ type: 'nav.logs', branch, vsys: 'vsys1', query: '(sessionid eq 2)' })).toMatchObject(
        {
          ok: true,
        },
      );
    }
    expect(page.jumps.map(([branch]) => branch)).toEqual([
      'monitor/logs/url',
      'monitor/logs/data',
      'monitor/logs/wildfire',
    ]);
  });

  it('says unavailable on a page without PAN globals', async () => {
    undoPage();
    uninstall = installBridge(window);
    expect(await ask({ type: 'ping' })).toMatchObject({
      result: { ext: false, pan: false, panDirect: false, product: '' },
    });
    for (const request of [
      { type: 'grid.read' },
      { type: 'direct.call', method: 'MonitorDirect.getThreatDetail', args: [], timeoutMs: 100 },
      { type: 'logs.query', logtype: 'threat', query: '', limit: 1, timeoutMs: 100 },
      { type: 'nav.logs', branch: 'monitor/logs/threat', vsys: '', query: '' },
    ]) {
      expect(await ask(request)).toMatchObject({ ok: false, error: 'unavailable' });
    }
  });

  it('never throws into the page, even when the page globals do', async () => {
    Object.defineProperty((window as unknown as { Ext: object }).Ext, 'ComponentMgr', {
      get() {
        throw new Error('page broke');
      },
      configurable: true,
    });
    uninstall = installBridge(window);
    expect(await ask({ type: 'grid.read' })).toMatchObject({ ok: false, error: 'exception' });
  });
});

describe('installBridge: validation', () => {
  beforeEach(() => {
    uninstall = installBridge(window);
  });

  it.each([
    ['an object detail', { id: 1, type: 'ping' }],
    ['no detail', undefined],
    ['broken JSON', '{"id":1,'],
    ['a JSON array', '[1,2]'],
    ['no id', JSON.stringify({ type: 'ping' })],
    ['a string id', JSON.stringify({ id: '1', type: 'ping' })],
    ['a negative id', JSON.stringify({ id: -1, type: 'ping' })],
    ['a huge detail', JSON.stringify({ id: 1, type: 'ping', pad: 'x'.repeat(300_000) })],
  ])('ignores %s', async (_, detail) => {
    send(detail);
    await flush();
    await flush();
    expect(responses).toEqual([]);
  });

  it.each([
    { type: 'config.set' },
    { type: 'ping', extra: 1 },
    { type: 'direct.call', method: 'DeviceDirect.commit', args: [], timeoutMs: 100 },
    { type: 'direct.call', method: 'MonitorDirect.getThreatDetail', args: 'x', timeoutMs: 100 },
    { type: 'direct.call', method: 'MonitorDirect.getThreatDetail', args: [], timeoutMs: 0 },
    { type: 'direct.call', method: 'MonitorDirect.getThreatDetail', args: [] },
    { type: 'direct.call', method: 'toString', args: [], timeoutMs: 100 },
    { type: 'logs.query', logtype: 'traffic', query: '', limit: 10, timeoutMs: 100 },
    { type: 'logs.query', logtype: 'system', query: '', limit: 10, timeoutMs: 100 },
    { type: 'logs.query', logtype: 'URL', query: '', limit: 10, timeoutMs: 100 },
    { type: 'logs.query', logtype: ['url'], query: '', limit: 10, timeoutMs: 100 },
    { type: 'logs.query', logtype: 'threat', query: 5, limit: 10, timeoutMs: 100 },
    { type: 'logs.query', logtype: 'threat', query: 'x'.repeat(8 * 1024 + 1), limit: 10, timeoutMs: 100 },
    { type: 'logs.query', logtype: 'threat', query: '', limit: 0, timeoutMs: 100 },
    { type: 'logs.query', logtype: 'threat', query: '', limit: 5001, timeoutMs: 100 },
    { type: 'logs.query', logtype: 'threat', query: '', limit: 2.5, timeoutMs: 100 },
    { type: 'logs.query', logtype: 'threat', query: '', limit: '10', timeoutMs: 100 },
    { type: 'nav.logs', branch: 'device/setup', vsys: 'vsys1', query: '' },
    { type: 'nav.logs', branch: 'monitor/logs/traffic', vsys: 'vsys1', query: '' },
    { type: 'nav.logs', branch: 'monitor/logs/system', vsys: 'vsys1', query: '' },
    { type: 'nav.logs', branch: 'monitor/logs/threat', vsys: 1, query: '' },
  ])('refuses %j as bad-request', async (message) => {
    expect(await ask(message)).toMatchObject({ ok: false, error: 'bad-request' });
    expect(page.directCalls).toEqual([]);
    expect(page.jumps).toEqual([]);
  });

  it.each(['threat', 'url', 'data', 'wildfire'])(
    'queries the %s log through its own store',
    async (logtype) => {
      page.addGrid();
      FakeStore.loadBehaviour = (_s, { callback }) => callback([], {}, true);
      const message = { type: 'logs.query', logtype, query: '(sessionid eq 1)', limit: 20, timeoutMs: 100 };
      expect(await ask(message)).toMatchObject({ ok: true, result: [] });
      expect(FakeStore.created.at(-1)?.baseParams).toMatchObject({ logtype, databases: logtype });
    },
  );

  it('accepts the largest allowed query and limit', async () => {
    page.addGrid();
    FakeStore.loadBehaviour = (_s, { callback }) => callback([], {}, true);
    const message = {
      type: 'logs.query',
      logtype: 'threat',
      query: 'x'.repeat(8 * 1024),
      limit: 5000,
      timeoutMs: 100,
    };
    expect(await ask(message)).toMatchObject({ ok: true, result: [] });
  });
});

describe('installBridge: grid events', () => {
  it('pushes load, datachanged and refresh of the current traffic grid', async () => {
    const grid = page.addGrid();
    uninstall = installBridge(window);
    gridEvents = [];
    grid.store.fire('load', grid.store, [], {});
    grid.store.fire('datachanged', grid.store);
    grid.view.fire('refresh', grid.view);
    expect(gridEvents).toEqual(['load', 'datachanged', 'refresh']);
  });

  it('moves its listeners to a new grid and off a destroyed one', async () => {
    const first = page.addGrid();
    uninstall = installBridge(window);
    expect(first.store.count('load')).toBe(1);
    expect(first.view.count('refresh')).toBe(1);
    first.destroy();
    expect(first.store.count()).toBe(0);
    expect(first.view.count()).toBe(0);
    expect(first.count()).toBe(0);
    const second = page.addGrid();
    await flush();
    expect(second.store.count('load')).toBe(1);
    gridEvents = [];
    first.store.fire('load');
    second.store.fire('load');
    expect(gridEvents).toEqual(['load']);
  });

  it('prefers the shown grid when the request rescans', async () => {
    const a = page.addGrid();
    uninstall = installBridge(window);
    const b = page.addGrid();
    a.hidden = true;
    await ask({ type: 'grid.read' });
    expect(a.store.count('load')).toBe(0);
    expect(b.store.count('load')).toBe(1);
  });

  it('uninstall removes every listener it added', async () => {
    const grid = page.addGrid();
    const add = vi.spyOn(document, 'addEventListener');
    const remove = vi.spyOn(document, 'removeEventListener');
    uninstall = installBridge(window);
    uninstall();
    expect(remove.mock.calls.length).toBe(add.mock.calls.length);
    expect(grid.store.count() + grid.view.count() + grid.count() + page.all.count()).toBe(0);
    sendJson({ id: 3, type: 'ping' });
    await flush();
    expect(responses).toEqual([]);
  });

  it('installs once per window', async () => {
    uninstall = installBridge(window);
    expect(installBridge(window)).toBe(uninstall);
    await ask({ type: 'ping' });
    expect(responses).toHaveLength(1);
  });
});
