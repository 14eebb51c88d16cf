// The main-world bridge calling the page for the content script: the UI's own Direct RPC, its
// log store (with deadlines and cancel) and its navigation, each failure mapped to a kind.

import { describe, expect, it } from 'vitest';
import { FakeStore } from '../../tests/fixtures/grid/fake-ext-page';
import { flush, sendJson, useBridgePage } from '../../tests/support/bridge-page';

const h = useBridgePage();

describe('installBridge: Direct calls', () => {
  it('calls the allowed Direct methods through PanDirect.run', async () => {
    h.install();
    h.page.directBehaviour = (_m, args, cb) => cb({ echoed: args }, { status: true });
    const answer = await h.ask({
      type: 'direct.call',
      method: 'MonitorDirect.getThreatDetail',
      args: ['30120'],
      timeoutMs: 1000,
    });
    expect(answer).toMatchObject({ ok: true, result: { echoed: ['30120'] } });
    expect(h.page.directCalls).toEqual([{ method: 'MonitorDirect.getThreatDetail', args: ['30120'] }]);
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
    h.install();
    h.page.directBehaviour = (_m, _a, cb) => cb(null, event);
    const answer = await h.ask({
      type: 'direct.call',
      method: 'MonitorDirect.pollLogRequest',
      args: ['1', { logtype: 'detail' }],
      timeoutMs: 1000,
    });
    expect(answer).toMatchObject({ ok: false, error: kind, message });
  });

  it('answers exception when PanDirect.run throws, and timeout when it never calls back', async () => {
    h.install();
    h.page.directBehaviour = () => {
      throw new Error('boom');
    };
    const call = {
      type: 'direct.call',
      method: 'MonitorDirect.retrieveJSONLog',
      args: ['<x/>'],
      timeoutMs: 30,
    };
    expect(await h.ask(call)).toMatchObject({ ok: false, error: 'exception', message: 'boom' });
    h.page.directBehaviour = () => {};
    const id = 99;
    sendJson({ id, ...call });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(h.responses.find((r) => r.id === id)).toMatchObject({ ok: false, error: 'timeout' });
  });
});

describe('installBridge: log store queries', () => {
  it('reports failure, login page and timeout of the log store', async () => {
    h.page.addGrid();
    h.install();
    const query = { type: 'logs.query', logtype: 'threat', query: '', limit: 20, timeoutMs: 40 };
    FakeStore.loadBehaviour = (_s, { callback }) => callback([], {}, false);
    expect(await h.ask(query)).toMatchObject({ ok: false, error: 'error-answer' });
    FakeStore.loadBehaviour = (store) =>
      store.fire(
        'exception',
        store,
        'response',
        'read',
        {},
        { responseText: '<html><!-- __LOGIN_PAGE__ -->' },
      );
    expect(await h.ask(query)).toMatchObject({ ok: false, error: 'session-expired' });
    FakeStore.loadBehaviour = () => {};
    sendJson({ id: 5, ...query });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(h.responses.find((r) => r.id === 5)).toMatchObject({ ok: false, error: 'timeout' });
    expect(FakeStore.created.at(-1)!.destroyed).toBe(true);
  });

  it('cancel stops a running log query and answers whether there was one', async () => {
    h.page.addGrid();
    h.install();
    sendJson({ id: 7, type: 'logs.query', logtype: 'threat', query: '', limit: 20, timeoutMs: 60_000 });
    await flush();
    const store = FakeStore.created.at(-1)!;
    expect(await h.ask({ type: 'cancel', target: 7 })).toMatchObject({ ok: true, result: true });
    expect(store.destroyed).toBe(true);
    await flush();
    expect(h.responses.find((r) => r.id === 7)).toMatchObject({ ok: false, message: 'cancelled' });
    expect(await h.ask({ type: 'cancel', target: 7 })).toMatchObject({ ok: true, result: false });
    expect(await h.ask({ type: 'cancel', target: 'x' })).toMatchObject({ ok: false, error: 'bad-request' });
  });
});

describe('installBridge: navigation', () => {
  it('navigates with jumpToBranch', async () => {
    h.install();
    const answer = await h.ask({
      type: 'nav.logs',
      branch: 'monitor/logs/threat',
      vsys: 'vsys1',
      query: '(sessionid eq 1)',
    });
    expect(answer).toMatchObject({ ok: true, result: null });
    expect(h.page.jumps).toEqual([['monitor/logs/threat', 'vsys1', { query: '(sessionid eq 1)' }]]);
  });

  it('navigates to the log page an entry lives in: URL Filtering, Data Filtering, WildFire Submissions', async () => {
    h.install();
    for (const branch of ['monitor/logs/url', 'monitor/logs/data', 'monitor/logs/wildfire']) {
      expect(
        await h.ask({ type: 'nav.logs', branch, vsys: 'vsys1', query: '(sessionid eq 2)' }),
      ).toMatchObject({
        ok: true,
      });
    }
    expect(h.page.jumps.map(([branch]) => branch)).toEqual([
      'monitor/logs/url',
      'monitor/logs/data',
      'monitor/logs/wildfire',
    ]);
  });
});
