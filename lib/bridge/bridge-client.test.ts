import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakePage, FakeStore } from '../../tests/fixtures/grid/fake-ext-page';
import { PanosError } from '../panos/panos-error';
import { createBridgeClient } from './bridge-client';
import { installBridge } from './bridge-main';
import { GRID_EVENT, REQUEST_EVENT, RESPONSE_EVENT } from './protocol';

const respond = (detail: unknown) => document.dispatchEvent(new CustomEvent(RESPONSE_EVENT, { detail }));
const pushGrid = (detail: unknown) => document.dispatchEvent(new CustomEvent(GRID_EVENT, { detail }));

/** Answers each request with `answer(id)`, like a bridge would. */
function fakeBridge(answer: (request: { id: number; type: string }) => unknown[]) {
  const onRequest = (event: Event) => {
    const request = JSON.parse((event as CustomEvent).detail);
    for (const detail of answer(request)) respond(detail);
  };
  document.addEventListener(REQUEST_EVENT, onRequest);
  return () => document.removeEventListener(REQUEST_EVENT, onRequest);
}

describe('createBridgeClient', () => {
  let stopFake: (() => void) | undefined;
  afterEach(() => {
    stopFake?.();
    stopFake = undefined;
    vi.useRealTimers();
  });

  it('rejects a ping with an unavailable PanosError when no bridge answers', async () => {
    const client = createBridgeClient(document, { pingTimeoutMs: 20 });
    const error = await client.request({ type: 'ping' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PanosError);
    expect((error as PanosError).kind).toBe('unavailable');
    client.dispose();
  });

  it('times out other requests with a timeout PanosError', async () => {
    vi.useFakeTimers();
    const client = createBridgeClient(document, { defaultTimeoutMs: 500 });
    const answer = client.request({ type: 'grid.read' }).catch((e: unknown) => e);
    vi.advanceTimersByTime(500);
    expect(await answer).toMatchObject({ kind: 'timeout' });
    const direct = client
      .request({ type: 'direct.call', method: 'MonitorDirect.getThreatDetail', args: [], timeoutMs: 1000 })
      .catch((e: unknown) => e);
    vi.advanceTimersByTime(1000);
    await Promise.resolve();
    vi.advanceTimersByTime(2000); // the bridge's own deadline comes first; ours has some slack
    expect(await direct).toMatchObject({ kind: 'timeout' });
    client.dispose();
  });

  it('ignores answers of the wrong shape and takes the right one', async () => {
    stopFake = fakeBridge(({ id }) => [
      { id, ok: true, result: 'object detail' },
      JSON.stringify({ id: id + 1, ok: true, result: 'other id' }),
      JSON.stringify({ id, ok: 'yes', result: 1 }),
      JSON.stringify({ id, ok: false, error: 'weird', message: 'x' }),
      JSON.stringify({ id, ok: false, error: 'exception' }),
      JSON.stringify({ id, ok: true }),
      '{broken',
      JSON.stringify({ id, ok: true, result: { fine: true } }),
    ]);
    const client = createBridgeClient(document);
    await expect(client.request({ type: 'grid.read' })).resolves.toEqual({ fine: true });
    client.dispose();
  });

  it('turns error answers into PanosErrors of that kind', async () => {
    stopFake = fakeBridge(({ id }) => [
      JSON.stringify({ id, ok: false, error: 'session-expired', message: 'session' }),
    ]);
    const client = createBridgeClient(document);
    await expect(client.request({ type: 'grid.read' })).rejects.toMatchObject({
      name: 'PanosError',
      kind: 'session-expired',
      message: 'session',
    });
    client.dispose();
  });

  it('delivers grid events until its signal aborts or the client is disposed', () => {
    const client = createBridgeClient(document);
    const seen: string[] = [];
    const visit = new AbortController();
    client.onGridEvent((reason) => seen.push(reason), visit.signal);
    pushGrid(JSON.stringify({ reason: 'load' }));
    pushGrid({ reason: 'object' });
    pushGrid(JSON.stringify({ reason: 5 }));
    pushGrid('nope');
    visit.abort();
    pushGrid(JSON.stringify({ reason: 'refresh' }));
    const later: string[] = [];
    client.onGridEvent((reason) => later.push(reason), new AbortController().signal);
    client.dispose();
    pushGrid(JSON.stringify({ reason: 'refresh' }));
    expect(seen).toEqual(['load']);
    expect(later).toEqual([]);
  });

  it('rejects pending requests on dispose, and new ones after', async () => {
    const client = createBridgeClient(document);
    const pending = client.request({ type: 'grid.read' });
    client.dispose();
    await expect(pending).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(client.request({ type: 'ping' })).rejects.toMatchObject({ kind: 'unavailable' });
  });
});

describe('client and bridge together', () => {
  let page: FakePage;
  let undo: () => void;
  let uninstall: () => void;
  beforeEach(() => {
    page = new FakePage();
    FakeStore.created = [];
    FakeStore.loadBehaviour = () => {};
    undo = page.install(window);
    uninstall = installBridge(window);
  });
  afterEach(() => {
    uninstall();
    undo();
  });

  it('pings, reads the grid and hears its reloads', async () => {
    const client = createBridgeClient(document);
    await expect(client.request({ type: 'ping' })).resolves.toMatchObject({ ext: true, panDirect: true });
    const grid = page.addGrid();
    grid.store.records = [{ id: '1', data: { action: 'allow', session_end_reason: 'threat' } }];
    await expect(client.request({ type: 'grid.read' })).resolves.toMatchObject({
      records: [{ rowIndex: 0, fields: { action: 'allow', '@logid': '1' } }],
    });
    const reasons: string[] = [];
    client.onGridEvent((reason) => reasons.push(reason), new AbortController().signal);
    grid.store.fire('load');
    expect(reasons).toEqual(['load']);
    client.dispose();
  });

  it('cancels a log query on abort: the caller gets an aborted error and the store is destroyed at once', async () => {
    page.addGrid();
    let loadsStarted = 0;
    FakeStore.loadBehaviour = () => {
      loadsStarted++; // never answers, like a job that keeps running
    };
    const client = createBridgeClient(document);
    const abort = new AbortController();
    const pending = client.request(
      { type: 'logs.query', logtype: 'threat', query: '', limit: 20, timeoutMs: 60_000 },
      abort.signal,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loadsStarted).toBe(1);
    const store = FakeStore.created.at(-1)!;
    expect(store.destroyed).toBe(false);
    abort.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.destroyed).toBe(true);
    // An already aborted signal sends nothing at all.
    let sent = 0;
    const count = () => sent++;
    document.addEventListener(REQUEST_EVENT, count);
    await expect(client.request({ type: 'grid.read' }, abort.signal)).rejects.toMatchObject({
      kind: 'aborted',
    });
    document.removeEventListener(REQUEST_EVENT, count);
    expect(sent).toBe(0);
    client.dispose();
  });

  it('passes on a bad-request refusal', async () => {
    const client = createBridgeClient(document);
    await expect(
      client.request({ type: 'logs.query', logtype: 'threat', query: '', limit: 0, timeoutMs: 100 }),
    ).rejects.toMatchObject({ kind: 'bad-request' });
    client.dispose();
  });
});
