import { describe, expect, it } from 'vitest';
import { FakePage } from '../../tests/fixtures/grid/fake-ext-page';
import { type CallContext, directCall, ping } from './bridge-calls';
import type { PageGlobals } from './ext-surface';
import { pageSurvey } from './page-survey';
import { findRpcObject, rpcObjectsPresent } from './rpc-object';

type Run = (method: string, args: unknown[], cb: (result: unknown, event: unknown) => void) => void;

/** An RPC client that answers every call with its own name, so the test sees which one ran. */
function client(name: string): { run: Run; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    run(method, _args, cb) {
      calls.push(method);
      cb({ answeredBy: name }, { status: true, type: 'rpc' });
    },
  };
}

const ctx = (globals: PageGlobals): CallContext => ({
  globals,
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
});

const call = (globals: PageGlobals) =>
  directCall(ctx(globals), {
    id: 1,
    type: 'direct.call',
    method: 'MonitorDirect.getThreatDetail',
    args: ['30120'],
    timeoutMs: 1000,
  });

describe('the page RPC object, per release', () => {
  it.each<[string, () => PageGlobals, string]>([
    [
      '8.1: PanDirect and Pan.direct (one object)',
      () => {
        const rpc = client('PanDirect');
        return { PanDirect: rpc, Pan: { direct: rpc } };
      },
      'PanDirect',
    ],
    ['a release with Pan.direct only', () => ({ Pan: { direct: client('Pan.direct') } }), 'Pan.direct'],
    [
      '11.x: Panos.direct only',
      () => ({ Pan: {}, Panos: { direct: client('Panos.direct') } }),
      'Panos.direct',
    ],
    [
      'a PanDirect without run falls through to Panos.direct',
      () => ({
        PanDirect: {} as never,
        Panos: { direct: client('Panos.direct') },
      }),
      'Panos.direct',
    ],
  ])('%s', async (_, make, expected) => {
    const globals = make();
    expect(findRpcObject(globals)?.name).toBe(expected);
    expect(ping(globals).panDirect).toBe(true);
    expect(await call(globals)).toEqual({ ok: true, result: { answeredBy: expected } });
  });

  it('calls run on its own object (this), as the page would', async () => {
    const rpc = {
      seen: null as unknown,
      run(this: { seen: unknown }, _m: string, _a: unknown[], cb: (r: unknown, e: unknown) => void) {
        this.seen = this;
        cb(true, { status: true });
      },
    };
    await call({ Panos: { direct: rpc } });
    expect(rpc.seen).toBe(rpc);
  });

  it('none with a run function (or a getter that throws): unavailable, so the XML API paths run', async () => {
    const hostile = {
      Pan: {
        get direct(): never {
          throw new Error('trap');
        },
      },
      Panos: { direct: { run: 'not a function' } },
    } as unknown as PageGlobals;
    expect(findRpcObject(hostile)).toBeNull();
    expect(rpcObjectsPresent(hostile)).toEqual([]);
    expect(ping(hostile).panDirect).toBe(false);
    expect(await call(hostile)).toMatchObject({ ok: false, error: 'unavailable' });
  });
});

describe('pageSurvey: names and counts only', () => {
  it('reports the RPC object, log store class, release signs and grid store field names', () => {
    const page = new FakePage();
    const win = {} as Window;
    page.install(win);
    const globals = win as unknown as PageGlobals & Record<string, unknown>;
    const grid = page.addGrid();
    grid.store.records = [
      {
        id: '1',
        data: { src: '10.9.8.7', dst: 'secret.example.com', action: 'allow', dg_hier_level_1: '0' },
      },
    ];
    page.addGrid('threat', 'Monitor/Logs/Threat');
    Object.assign(globals.Pan as object, {
      staticMOTD: 'Welcome to fw.secret.example',
      st: { st: { st123: 'abcdefgh' } },
    });
    globals.Panos = { direct: { run() {} } };
    const survey = pageSurvey(globals);
    expect(survey).toMatchObject({
      rpcObject: 'PanDirect',
      rpcObjectsPresent: ['PanDirect', 'Panos.direct'],
      logStoreClass: true,
      staticMotd: true,
      tokenSeedLength: 8,
    });
    expect(survey.logGrids).toEqual([
      {
        logtype: 'traffic',
        itemId: 'Monitor/Logs/Traffic',
        shown: true,
        records: 1,
        storeFields: ['src', 'dst', 'action', 'dg_hier_level_1'],
      },
      { logtype: 'threat', itemId: 'Monitor/Logs/Threat', shown: true, records: 0, storeFields: [] },
    ]);
    const text = JSON.stringify(survey);
    for (const value of ['10.9.8.7', 'secret.example.com', 'Welcome', 'abcdefgh'])
      expect(text).not.toContain(value);
  });

  it('an empty page: nothing found, nothing thrown', () => {
    expect(pageSurvey({})).toEqual({
      rpcObject: null,
      rpcObjectsPresent: [],
      logStoreClass: false,
      staticMotd: false,
      tokenSeedLength: 0,
      extVersion: '',
      logGrids: [],
    });
  });
});
