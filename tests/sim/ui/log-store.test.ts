import { describe, expect, it, vi } from 'vitest';
import { GRID_SCRIPTS, loadStatic } from './load-static';

const ENQUEUED = '<response status="success"><result><job>31</job></result></response>';
const ACT =
  '<response status="success"><result><job><id>31</id><status>ACT</status></job><log><logs count="0" progress="50"/></log></result></response>';
const FIN =
  '<response status="success"><result><job><id>31</id><status>FIN</status></job><log><logs count="2" progress="100">' +
  '<entry logid="7001"><sessionid>184522</sessionid><action>reset-both</action><misc>&lt;b&gt;x</misc></entry>' +
  '<entry logid="7002"><sessionid>184523</sessionid><action>alert</action></entry>' +
  '</logs></log></result></response>';

function storeWith(answers: string[], simFaults: Record<string, unknown> = {}) {
  const bodies: URLSearchParams[] = [];
  const fetch = vi.fn(async (url: string, init: { body: string }) => {
    if (url === '/__sim/faults') return new Response(JSON.stringify(simFaults), { status: 200 });
    bodies.push(new URLSearchParams(init.body));
    return new Response(answers.shift() ?? FIN, { status: 200 });
  });
  const location = { href: '/' };
  const ui = loadStatic([...GRID_SCRIPTS, 'pan/log-store.js'], { fetch, location });
  const store = new ui.Pan.base.data.LogStore({
    baseParams: { logtype: 'threat', dir: 'bkwd', databases: 'threat' },
    pollInterval: 1,
  });
  return { store, bodies, fetch, location };
}

function load(store: { load: (o: unknown) => unknown }, params: Record<string, unknown>) {
  return new Promise<[unknown[], { params: unknown }, boolean]>((resolve) =>
    store.load({
      params,
      callback: (records: unknown[], options: { params: unknown }, ok: boolean) =>
        resolve([records, options, ok]),
    }),
  );
}

describe('Pan.base.data.LogStore', () => {
  it('enqueues, polls with the job id until FIN, and makes records of every field', async () => {
    const { store, bodies } = storeWith([ENQUEUED, ACT, FIN]);
    const events: string[] = [];
    for (const name of ['beforeload', 'datachanged', 'load']) store.on(name, () => events.push(name));
    const [records, options, ok] = await load(store, { start: 0, limit: 20, query: '(sessionid eq 184522)' });
    expect(ok).toBe(true);
    expect(events).toEqual(['beforeload', 'datachanged', 'load']);
    expect(bodies.map((b) => b.get('jobid'))).toEqual([null, '31', '31']);
    expect(Object.fromEntries(bodies[2] ?? [])).toEqual({
      logtype: 'threat',
      dir: 'bkwd',
      databases: 'threat',
      start: '0',
      limit: '20',
      query: '(sessionid eq 184522)',
      jobid: '31',
    });
    expect(records).toHaveLength(2);
    expect(store.getCount()).toBe(2);
    expect(store.getAt(0).id).toBe('7001');
    expect(store.getAt(0).data).toEqual({
      '@logid': '7001',
      sessionid: '184522',
      action: 'reset-both',
      misc: '<b>x',
    });
    expect(store.lastOptions).toBe(options);
    // Like an Ext 3 XmlReader: the last page's document.
    expect(new XMLSerializer().serializeToString(store.reader.xmlData)).toContain('<entry logid="7001">');
  });

  it('with the logStoreNeverCallsBack switch, a threat load asks the firewall but never reports', async () => {
    const { store, bodies } = storeWith([ENQUEUED, FIN], { logStoreNeverCallsBack: true });
    const events: string[] = [];
    for (const name of ['load', 'exception', 'loadexception']) store.on(name, () => events.push(name));
    let called = false;
    store.load({ params: { limit: 20 }, callback: () => (called = true) });
    await vi.waitFor(() => expect(bodies).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(called).toBe(false);
    expect(events).toEqual([]);
  });

  it('lets a beforeload listener veto the load', () => {
    const { store, fetch } = storeWith([]);
    store.on('beforeload', () => false);
    expect(store.load({ params: {} })).toBe(false);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('fails on an error answer and goes to the login page on the login page', async () => {
    const failing = storeWith(['<response status="error"><msg><line>bad query</line></msg></response>']);
    const [, , ok] = await load(failing.store, { query: '((' });
    expect(ok).toBe(false);
    const expired = storeWith(['<html><!-- __LOGIN_PAGE__ --></html>']);
    const [, , ok2] = await load(expired.store, {});
    expect(ok2).toBe(false);
    expect(expired.location.href).toBe('/php/login.php');
  });

  it('drops the answer of a load that a newer load replaced', async () => {
    const { store } = storeWith([ENQUEUED, ENQUEUED, FIN]);
    const first = vi.fn();
    store.load({ params: { query: 'a' }, callback: first });
    const [records] = await load(store, { query: 'b' });
    expect(records).toHaveLength(2);
    expect(first).not.toHaveBeenCalled();
  });
});
