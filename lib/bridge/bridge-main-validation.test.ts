// The main-world bridge's door: what it ignores (not a request it can answer) and what it refuses
// (bad-request) without touching the page, and the largest request it accepts.

import { beforeEach, describe, expect, it } from 'vitest';
import { FakeStore } from '../../tests/fixtures/grid/fake-ext-page';
import { flush, send, useBridgePage } from '../../tests/support/bridge-page';

const h = useBridgePage();

describe('installBridge: validation', () => {
  beforeEach(() => {
    h.install();
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
    expect(h.responses).toEqual([]);
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
    expect(await h.ask(message)).toMatchObject({ ok: false, error: 'bad-request' });
    expect(h.page.directCalls).toEqual([]);
    expect(h.page.jumps).toEqual([]);
  });

  it.each(['threat', 'url', 'data', 'wildfire'])(
    'queries the %s log through its own store',
    async (logtype) => {
      h.page.addGrid();
      FakeStore.loadBehaviour = (_s, { callback }) => callback([], {}, true);
      const message = { type: 'logs.query', logtype, query: '(sessionid eq 1)', limit: 20, timeoutMs: 100 };
      expect(await h.ask(message)).toMatchObject({ ok: true, result: [] });
      expect(FakeStore.created.at(-1)?.baseParams).toMatchObject({ logtype, databases: logtype });
    },
  );

  it('accepts the largest allowed query and limit', async () => {
    h.page.addGrid();
    FakeStore.loadBehaviour = (_s, { callback }) => callback([], {}, true);
    const message = {
      type: 'logs.query',
      logtype: 'threat',
      query: 'x'.repeat(8 * 1024),
      limit: 5000,
      timeoutMs: 100,
    };
    expect(await h.ask(message)).toMatchObject({ ok: true, result: [] });
  });
});
