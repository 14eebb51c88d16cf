// @vitest-environment node
// The simulated PAN-OS UI in real Chromium against the real simulator server: log in, open
// Monitor > Traffic, and use it the way an admin and the extension's bridge do.

import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../index';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const TRAFFIC = '#monitor::vsys1::monitor/logs/traffic';
if (!HAVE_CHROMIUM)
  console.warn(`browser smoke test skipped: ${CHROMIUM} is absent (apt-get install chromium)`);

async function openBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

async function logIn(page: Page, sim: Simulator): Promise<void> {
  await page.goto(`${sim.url}/php/login.php`);
  await page.fill('#user', 'admin');
  await page.fill('#passwd', 'admin');
  await Promise.all([page.waitForURL((url) => !url.pathname.includes('login')), page.click('#submit')]);
}

/** Waits for the log grid to finish a load. */
async function gridLoaded(page: Page): Promise<void> {
  await page.waitForSelector('.pan-log-viewer[data-state="done"] .x-grid3-body .x-grid3-row', {
    timeout: 15_000,
  });
}

/** Reads the grid through Ext.ComponentMgr exactly as the extension's bridge does. */
function readGrid(page: Page) {
  return page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: the page's untyped ExtJS globals.
    const w = window as any;
    // biome-ignore lint/suspicious/noExplicitAny: the page's untyped ExtJS globals.
    const grids: any[] = [];
    w.Ext.ComponentMgr.all.each((c: { logtype?: string }) => {
      if (c.logtype) grids.push(c);
    });
    const grid = grids[0];
    const store = grid.getStore();
    const cm = grid.getColumnModel();
    const columns = Array.from({ length: cm.getColumnCount() }, (_, i) => ({
      id: cm.getColumnId(i),
      dataIndex: cm.getDataIndex(i),
      header: cm.getColumnHeader(i),
      hidden: cm.isHidden(i),
    }));
    const records = Array.from({ length: store.getCount() }, (_, i) => store.getAt(i));
    const rowsMatch = records.every(
      (_, i) => grid.getView().getRow(i) === document.querySelectorAll('.x-grid3-body > .x-grid3-row')[i],
    );
    return {
      grids: grids.length,
      itemId: grid.itemId,
      logtype: grid.logtype,
      isDestroyed: grid.isDestroyed,
      storeClassIsLogStore: store.constructor === w.Pan.base.data.LogStore,
      baseParams: store.baseParams,
      lastParams: store.lastOptions?.params,
      columns,
      records: records.map((r) => ({ id: r.id, data: r.data })),
      rowsMatch,
    };
  });
}

describe.skipIf(!HAVE_CHROMIUM)('simulated PAN-OS UI in Chromium', { timeout: 30_000 }, () => {
  let sim: Simulator;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, scenario: 'default' });
    browser = await openBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await logIn(page, sim);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${sim.url}/${TRAFFIC}`);
    await gridLoaded(page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await sim?.close();
  });

  it('shows the traffic grid as a Pan.monitor.log.Viewer with hidden fields in the store', async () => {
    // 11.1 (the default) publishes its RPC client as Panos.direct only.
    expect(
      await page.evaluate(() => {
        const win = window as unknown as { PanDirect?: unknown; Panos?: { direct?: { run?: unknown } } };
        return [typeof win.PanDirect, typeof win.Panos?.direct?.run];
      }),
    ).toEqual(['undefined', 'function']);
    const grid = await readGrid(page);
    expect(grid).toMatchObject({
      grids: 1,
      itemId: 'Monitor/Logs/Traffic',
      logtype: 'traffic',
      isDestroyed: false,
    });
    expect(grid.storeClassIsLogStore).toBe(true);
    expect(grid.baseParams).toEqual({ logtype: 'traffic', dir: 'bkwd', databases: 'traffic' });
    expect(grid.records).toHaveLength(20);
    expect(grid.rowsMatch).toBe(true);
    const first = grid.records[0];
    expect(first?.id).toBe(first?.data['@logid']);
    expect(first?.data.sessionid).toMatch(/^\d+$/);
    const sessionCol = grid.columns.find((c) => c.dataIndex === 'sessionid');
    expect(sessionCol?.hidden).toBe(true);
    const hiddenCell = page.locator(`.x-grid3-body .x-grid3-row-first td.x-grid3-td-${sessionCol?.id}`);
    expect(await hiddenCell.getAttribute('style')).toContain('display:none');
    expect(await hiddenCell.textContent()).toBe(first?.data.sessionid);
    expect(await page.locator('.x-grid3-hd-inner.x-grid3-hd-2').textContent()).toBe('Receive Time');
  });

  it('pages forward and re-renders every row', async () => {
    const before = await page.evaluate(() => {
      const row = document.querySelector('.x-grid3-body .x-grid3-row');
      (row as HTMLElement & { __old?: boolean }).__old = true;
      return row?.textContent;
    });
    await page.click('.x-tbar-page-next');
    await page.waitForFunction(
      () => document.querySelector('.x-paging-info')?.textContent === 'Displaying 21 - 40',
    );
    await gridLoaded(page);
    const after = await page.evaluate(() => {
      const row = document.querySelector('.x-grid3-body .x-grid3-row') as HTMLElement & { __old?: boolean };
      return { old: Boolean(row.__old), text: row.textContent };
    });
    expect(after.old).toBe(false);
    expect(after.text).not.toBe(before);
    expect((await readGrid(page)).lastParams).toMatchObject({ start: 20, limit: 20 });
    await page.click('.x-tbar-page-first');
    await page.waitForFunction(
      () => document.querySelector('.x-paging-info')?.textContent === 'Displaying 1 - 20',
    );
  });

  it('filters by clicking a cell value and applying', async () => {
    const actionId = (await readGrid(page)).columns.find((c) => c.dataIndex === 'action')?.id;
    const allowCell = page
      .locator(`.x-grid3-body .x-grid3-col-${actionId} a.log`, { hasText: /^allow$/ })
      .first();
    await allowCell.click();
    expect(await page.inputValue('input[name=query]')).toBe('( action eq allow )');
    await page.click('.pan-apply-filter');
    await page.waitForFunction(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the page's untyped ExtJS globals.
      const grid = (window as any).Ext.ComponentMgr.all.items.find((c: { logtype?: string }) => c.logtype);
      return (
        grid?.getStore().lastOptions?.params.query === '( action eq allow )' && !grid.getStore().isLoading()
      );
    });
    await gridLoaded(page);
    const grid = await readGrid(page);
    expect(grid.lastParams).toMatchObject({ query: '( action eq allow )', start: 0 });
    expect(grid.records.length).toBeGreaterThan(0);
    expect(grid.records.every((r) => r.data.action === 'allow')).toBe(true);
    await page.click('.pan-clear-filter');
    await gridLoaded(page);
    expect(await page.inputValue('input[name=query]')).toBe('');
  });

  it('moves a column from its header menu; ids travel with it and the choice persists', async () => {
    await page.hover('td.x-grid3-td-2');
    await page.click('td.x-grid3-td-2 a.x-grid3-hd-btn');
    await page.click('.pan-column-menu [data-action="move-right"]');
    const ids = await page.$$eval('.x-grid3-hd-row > td', (tds) =>
      tds.map((td) => /x-grid3-td-(\d+)/.exec(td.className)?.[1]),
    );
    expect(ids.slice(0, 4)).toEqual(['0', '1', '3', '2']);
    const cellIds = await page.$$eval('.x-grid3-row-first td', (tds) =>
      tds.map((td) => /x-grid3-td-(\d+)/.exec(td.className)?.[1]),
    );
    expect(cellIds).toEqual(ids);
    await page.reload();
    await gridLoaded(page);
    expect((await readGrid(page)).columns.slice(2, 4).map((c) => c.id)).toEqual([3, 2]);
  });

  it('switches the language and re-translates the headers, not the cell values', async () => {
    await page.selectOption('#pan-language', 'ja');
    await page.waitForFunction(() => document.querySelector('.x-grid3-hd-2')?.textContent === '受信日時');
    expect(await page.locator('.x-grid3-hd-inner', { hasText: 'セッション終了理由' }).count()).toBe(1);
    const grid = await readGrid(page);
    expect(grid.columns.find((c) => c.dataIndex === 'action')?.header).toBe('アクション');
    expect(grid.records.some((r) => r.data.action === 'allow')).toBe(true);
    await page.selectOption('#pan-language', 'en');
    await page.waitForFunction(() => document.querySelector('.x-grid3-hd-2')?.textContent === 'Receive Time');
  });

  it('opens the Detailed Log View with the related logs', async () => {
    // A session that surely has threat logs: the one of a blocking threat entry.
    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          // biome-ignore lint/suspicious/noExplicitAny: the page's untyped ExtJS globals.
          const w = window as any;
          const store = new w.Pan.base.data.LogStore({
            baseParams: { logtype: 'threat', dir: 'bkwd', databases: 'threat' },
          });
          store.load({
            params: { start: 0, limit: 20, query: '( action eq reset-both )' },
            callback: (records: { data: { sessionid: string } }[]) =>
              resolve(records[0]?.data.sessionid ?? ''),
          });
        }),
    );
    expect(blocked).toMatch(/^\d+$/);
    await page.fill('input[name=query]', `( sessionid eq ${blocked} )`);
    await page.click('.pan-apply-filter');
    await gridLoaded(page);
    // The real UI re-polls every 5 s; the test shortens that.
    await page.evaluate(() => {
      (
        window as unknown as { Pan: { monitor: { log: { DetailView: { pollInterval: number } } } } }
      ).Pan.monitor.log.DetailView.pollInterval = 200;
    });
    sim.clearRequests();
    await page.click('.x-grid3-row-first a.x-hyperlink');
    await page.waitForFunction(() => document.body.dataset.detailLogState === 'done', null, {
      timeout: 20_000,
    });
    const related = await page.$$eval('.pan-detail-related .x-grid3-row', (rows) =>
      rows.map((r) => r.textContent),
    );
    expect(related.length).toBeGreaterThan(1);
    const methods = sim
      .requests()
      .map((r) => r.directMethod)
      .filter(Boolean);
    expect(methods).toContain('MonitorDirect.enqueueRelatedLogRequest');
    expect(methods).toContain('MonitorDirect.pollLogRequest');
    expect(methods).toContain('MonitorDirect.retrieveJSONLog');
    await page.click('.pan-detail-window .x-tool-close');
    expect(await page.locator('.pan-detail-window').count()).toBe(0);
  });

  it('loads threat logs through a standalone LogStore, as the extension does', async () => {
    const result = await page.evaluate(
      () =>
        new Promise<{ ok: boolean; count: number; subtypes: string[] }>((resolve) => {
          // biome-ignore lint/suspicious/noExplicitAny: the page's untyped ExtJS globals.
          const w = window as any;
          const store = new w.Pan.base.data.LogStore({
            baseParams: { logtype: 'threat', dir: 'bkwd', databases: 'threat' },
          });
          store.load({
            params: { start: 0, limit: 50, query: '' },
            callback: (records: { data: { type: string } }[], _options: unknown, ok: boolean) =>
              resolve({ ok, count: store.getCount(), subtypes: records.map((r) => r.data.type) }),
          });
        }),
    );
    expect(result.ok).toBe(true);
    expect(result.count).toBeGreaterThan(0);
    expect(new Set(result.subtypes)).toEqual(new Set(['THREAT']));
  });

  it.each([
    ['url', 'Monitor/Logs/URL', ['url']],
    ['data', 'Monitor/Logs/Data', ['data', 'file']],
    ['wildfire', 'Monitor/Logs/WildFire', ['wildfire']],
  ])('opens the %s log view, which shows only its own database', async (logtype, itemId, subtypes) => {
    await page.evaluate((branch) => {
      // biome-ignore lint/suspicious/noExplicitAny: the page's untyped ExtJS globals.
      (window as any).Pan.appframework.PanAppInterface.jumpToBranch(branch, 'vsys1', {
        query: '( sessionid geq 184549 ) and ( sessionid leq 184553 )',
      });
    }, `monitor/logs/${logtype}`);
    await page.waitForFunction((hash) => location.hash === hash, `#monitor::vsys1::monitor/logs/${logtype}`);
    await gridLoaded(page);
    const grid = await readGrid(page);
    expect(grid).toMatchObject({ grids: 1, itemId, logtype });
    expect(grid.records.length).toBeGreaterThan(0);
    expect(new Set(grid.records.map((r) => r.data.subtype))).toEqual(new Set(subtypes));
  });

  it('jumps to the threat view with a query, and leaving Monitor destroys the grid', async () => {
    await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the page's untyped ExtJS globals.
      (window as any).Pan.appframework.PanAppInterface.jumpToBranch('monitor/logs/threat', 'vsys1', {
        query: '( severity eq critical )',
      });
    });
    await page.waitForFunction(() => location.hash === '#monitor::vsys1::monitor/logs/threat');
    await gridLoaded(page);
    const threat = await readGrid(page);
    expect(threat).toMatchObject({ grids: 1, itemId: 'Monitor/Logs/Threat', logtype: 'threat' });
    expect(threat.lastParams).toMatchObject({ query: '( severity eq critical )' });
    expect(threat.records.every((r) => r.data.severity === 'critical')).toBe(true);

    sim.clearRequests();
    await page.click('.pan-tab[data-tab="policies"]');
    await page.waitForSelector('.pan-rule-table');
    expect(await page.evaluate(() => location.hash)).toBe('#policies::vsys1::policies/security-rulebase');
    const left = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the page's untyped ExtJS globals.
      const items = (window as any).Ext.ComponentMgr.all.items as { logtype?: string }[];
      return items.filter((c) => c.logtype).length;
    });
    expect(left).toBe(0);
    await expect
      .poll(() => sim.requests().map((r) => r.directMethod))
      .toContain('MonitorDirect.clearQueryAllBySession');
    await page.click('.pan-tab[data-tab="dashboard"]');
    await page.waitForFunction(() => location.hash === '#dashboard::::dashboard');
    expect(pageErrors).toEqual([]);
  });
});

describe.skipIf(!HAVE_CHROMIUM)(
  'simulated Panorama UI and hostile logs in Chromium',
  { timeout: 60_000 },
  () => {
    it('shows Generate Time, Device SN and Device Name on Panorama', async () => {
      const sim = await startSimulator({ port: 0, panorama: true });
      const browser = await openBrowser();
      try {
        const page = await browser.newPage();
        await logIn(page, sim);
        await page.goto(`${sim.url}/#monitor::::monitor/logs/traffic`);
        await gridLoaded(page);
        const headers = await page.$$eval('.x-grid3-hd-inner', (els) =>
          els
            .filter((el) => (el.parentElement as HTMLElement).style.display !== 'none')
            .map((el) => el.textContent),
        );
        expect(headers[2]).toBe('Generate Time');
        expect(headers.slice(-2)).toEqual(['Device SN', 'Device Name']);
      } finally {
        await browser.close();
        await sim.close();
      }
    });

    it('does not run hostile log values in the simulator page', async () => {
      const sim = await startSimulator({ port: 0, scenario: 'hostile' });
      const browser = await openBrowser();
      try {
        const page = await browser.newPage();
        const dialogs: string[] = [];
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        await logIn(page, sim);
        for (const hash of [TRAFFIC, '#monitor::vsys1::monitor/logs/threat']) {
          await page.goto(`${sim.url}/${hash}`);
          await gridLoaded(page);
          await page.waitForTimeout(300);
        }
        expect(
          await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
        ).toBeUndefined();
        expect(dialogs).toEqual([]);
      } finally {
        await browser.close();
        await sim.close();
      }
    });
  },
);
