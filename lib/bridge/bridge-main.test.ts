// The main-world bridge reading the page: what the page has (ping), the shown traffic grid, and
// a clear answer (never a throw into the page) when the page lacks or breaks what it reads.

import { describe, expect, it } from 'vitest';
import { useBridgePage } from '../../tests/support/bridge-page';

const h = useBridgePage();

describe('installBridge: reading the page', () => {
  it('answers ping with what the page has', async () => {
    h.install();
    expect(await h.ask({ type: 'ping' })).toMatchObject({
      ok: true,
      result: { ext: true, pan: true, panDirect: true, product: 'firewall' },
    });
    h.page.panorama = true;
    expect(await h.ask({ type: 'ping' })).toMatchObject({ result: { product: 'panorama' } });
  });

  it('reads the shown traffic grid: every record field, @logid, columns, store order', async () => {
    h.page.addGrid('threat', 'Monitor/Logs/Threat');
    const hidden = h.page.addGrid();
    hidden.hidden = true;
    const grid = h.page.addGrid();
    grid.store.records = [
      {
        id: '7001',
        data: { action: 'allow', session_end_reason: 'threat', sessionid: 184522, repeatcnt: 1 },
      },
      { id: '7002', data: { action: 'deny', session_end_reason: 'policy-deny', obj: { x: 1 }, none: null } },
    ];
    h.install();
    const answer = await h.ask({ type: 'grid.read' });
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
    h.page.addGrid('threat', 'Monitor/Logs/Threat');
    const destroyed = h.page.addGrid();
    destroyed.destroy();
    h.install();
    expect(await h.ask({ type: 'grid.read' })).toMatchObject({ ok: false, error: 'unavailable' });
  });

  it('says unavailable on a page without PAN globals', async () => {
    h.undoPage();
    h.install();
    expect(await h.ask({ type: 'ping' })).toMatchObject({
      result: { ext: false, pan: false, panDirect: false, product: '' },
    });
    for (const request of [
      { type: 'grid.read' },
      { type: 'direct.call', method: 'MonitorDirect.getThreatDetail', args: [], timeoutMs: 100 },
      { type: 'logs.query', logtype: 'threat', query: '', limit: 1, timeoutMs: 100 },
      { type: 'nav.logs', branch: 'monitor/logs/threat', vsys: '', query: '' },
    ]) {
      expect(await h.ask(request)).toMatchObject({ ok: false, error: 'unavailable' });
    }
  });

  it('never throws into the page, even when the page globals do', async () => {
    Object.defineProperty((window as unknown as { Ext: object }).Ext, 'ComponentMgr', {
      get() {
        throw new Error('page broke');
      },
      configurable: true,
    });
    h.install();
    expect(await h.ask({ type: 'grid.read' })).toMatchObject({ ok: false, error: 'exception' });
  });
});
