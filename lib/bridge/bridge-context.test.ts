// Asking as the UI asks: the log store query repeats the grid's last load, the related-log
// request carries the grid page's XML; where the page holds neither, nothing is asked.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakePage, FakeStore } from '../../tests/fixtures/grid/fake-ext-page';
import { installBridge } from './bridge-main';
import { REQUEST_EVENT, RESPONSE_EVENT } from './protocol';

let page: FakePage;
let undoPage: () => void;
let uninstall: () => void;
let responses: Record<string, unknown>[];

const onResponse = (e: Event) => responses.push(JSON.parse((e as CustomEvent).detail));

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
  document.addEventListener(RESPONSE_EVENT, onResponse);
});

afterEach(() => {
  uninstall?.();
  undoPage();
  document.removeEventListener(RESPONSE_EVENT, onResponse);
});

describe('installBridge: asking as the UI asks', () => {
  it('queries threat logs through a store of the grid store class, as the grid last loaded', async () => {
    const grid = page.addGrid();
    grid.store.baseParams.vsys = 'vsys2';
    // What the page itself sent on its last load, including parameters we have never seen.
    grid.store.lastOptions = {
      params: { start: 40, limit: 20, query: '(app eq web)', jobid: '77', dir: 'bkwd', isCmsSelected: false },
    };
    FakeStore.loadBehaviour = (_store, { callback }) =>
      callback([{ id: '900', data: { sessionid: '184522', subtype: 'vulnerability' } }], {}, true);
    uninstall = installBridge(window);
    const answer = await ask({
      type: 'logs.query',
      logtype: 'threat',
      query: '(sessionid eq 184522)',
      limit: 100,
      timeoutMs: 1000,
    });
    expect(answer).toMatchObject({
      ok: true,
      result: [{ sessionid: '184522', subtype: 'vulnerability', '@logid': '900' }],
    });
    const store = FakeStore.created.at(-1)!;
    expect(store).not.toBe(grid.store);
    expect(store.baseParams).toEqual({ logtype: 'threat', dir: 'bkwd', databases: 'threat', vsys: 'vsys2' });
    // Changed only where needed: log type, filter, paging; the grid's job id is not ours.
    expect(store.loads).toEqual([
      {
        params: {
          dir: 'bkwd',
          isCmsSelected: false,
          logtype: 'threat',
          databases: 'threat',
          start: 0,
          limit: 100,
          query: '(sessionid eq 184522)',
        },
      },
    ]);
    expect(store.destroyed).toBe(true);
    expect(grid.store.baseParams.logtype).toBe('traffic');
  });

  it('a grid that has not loaded gives no parameters to copy: missing context, nothing asked', async () => {
    const grid = page.addGrid();
    grid.store.lastOptions = null;
    uninstall = installBridge(window);
    const answer = await ask({ type: 'logs.query', logtype: 'threat', query: '', limit: 20, timeoutMs: 100 });
    expect(answer).toMatchObject({ ok: false, error: 'missing-context' });
    expect(FakeStore.created.filter((store) => store !== grid.store)).toEqual([]);
  });

  it("answers from the store's load event when the store ignores the callback", async () => {
    page.addGrid();
    FakeStore.loadBehaviour = (store) =>
      store.fire('load', store, [{ id: '901', data: { sessionid: '7', subtype: 'spyware' } }], {});
    uninstall = installBridge(window);
    const answer = await ask({ type: 'logs.query', logtype: 'threat', query: '', limit: 20, timeoutMs: 500 });
    expect(answer).toMatchObject({ ok: true, result: [{ sessionid: '7', '@logid': '901' }] });
  });

  it("enqueues a related-log request with the grid page's XML, as the UI does", async () => {
    const grid = page.addGrid();
    const xml =
      '<response status="success"><result><log><logs count="1"><entry logid="T1"/></logs></log></result></response>';
    grid.store.reader.xmlData = new DOMParser().parseFromString(xml, 'application/xml');
    page.directBehaviour = (_m, _a, cb) => cb(['41', '42'], { status: true, type: 'rpc' });
    uninstall = installBridge(window);
    const answer = await ask({ type: 'related.enqueue', logtype: 'traffic', anchor: 'T1', timeoutMs: 500 });
    expect(answer).toMatchObject({ ok: true, result: ['41', '42'] });
    const call = page.directCalls.at(-1)!;
    expect(call.method).toBe('MonitorDirect.enqueueRelatedLogRequest');
    const arg = call.args[0] as { logtype: string; anchor: string; responseText: string };
    expect(arg).toMatchObject({ logtype: 'traffic', anchor: 'T1' });
    expect(arg.responseText).toContain('<entry logid="T1"/>');
    // A reader that kept the text rather than the document works too.
    grid.store.reader.xmlData = xml;
    await ask({ type: 'related.enqueue', logtype: 'traffic', anchor: 'T1', timeoutMs: 500 });
    expect((page.directCalls.at(-1)!.args[0] as { responseText: string }).responseText).toBe(xml);
  });

  it('without the grid page XML the related-log request is not sent: missing context', async () => {
    page.addGrid();
    uninstall = installBridge(window);
    const answer = await ask({ type: 'related.enqueue', logtype: 'traffic', anchor: 'T1', timeoutMs: 500 });
    expect(answer).toMatchObject({ ok: false, error: 'missing-context' });
    expect(page.directCalls).toEqual([]);
    expect(
      await ask({ type: 'related.enqueue', logtype: 'traffic', anchor: '<x>', timeoutMs: 500 }),
    ).toMatchObject({ ok: false, error: 'bad-request' });
  });
});
