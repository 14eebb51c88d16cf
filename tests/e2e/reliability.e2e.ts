// Reliability with the tab open: leaving Monitor > Traffic during related-log lookups and coming
// back (every row still gets its answer), settings changed in another page reaching the open tab
// at once (a removed key is never sent again, a new lookup mode applies), a page script forging
// the bridge's grid answer (its invented sessions never reach the API key), and another port of
// an enabled host staying untouched.

import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimRequest, type Simulator, startSimulator } from '../sim/index';
import { badgeButton, panel } from './answers';
import { collectErrors, describeErrors, type ErrorCollector, NETWORK_STATUS_NOISE } from './error-collector';
import { openPopup, tabIdOf, waitForPopupText } from './extension-ui';
import { setColumnShown } from './grid-columns';
import { waitForGridLoaded, waitForMarking } from './grid-probe';
import { flaggedRowReport, waitForAnswers } from './overlay-probe';
import { type E2eSession, logIn, openSession, TRAFFIC_HASH } from './session';

type WorkerChrome = { storage: { local: { set(items: object): Promise<void> } } };

const apiLogs = (r: SimRequest) => r.kind === 'api' && r.apiType === 'log' && !r.apiAction;
const keyRequests = (requests: SimRequest[]) =>
  requests.filter((r) => r.kind === 'api' && r.apiAuth === 'key');

async function saveSettings(s: E2eSession, settings: object): Promise<void> {
  await s.browser.worker.evaluate(async (value) => {
    await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.set({ settings: value });
  }, settings);
}

/** The UI's threat log query answers 500, so the lookups go on to the next ways. */
async function failUiThreatQueries(page: Page): Promise<void> {
  await page.route('**/php/monitor/log.data.xml.php', async (route: Route) => {
    if (/(^|&)logtype=threat(&|$)/.test(route.request().postData() ?? route.request().url())) {
      await route.fulfill({ status: 500, body: '<html><body>500</body></html>' });
    } else await route.continue();
  });
}

async function refreshGrid(page: Page): Promise<void> {
  await page.click('.pan-refresh');
  await waitForGridLoaded(page);
  await waitForMarking(page);
}

describe('reliability with the tab open', () => {
  let s: E2eSession;
  let errors: ErrorCollector;

  beforeAll(async () => {
    s = await openSession({ sim: { scenario: 'default', faults: { jobPollsToFinish: 1 } } });
    errors = collectErrors(s.browser.context, s.browser.worker, { ignore: [NETWORK_STATUS_NOISE] });
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  async function expectNoErrors(): Promise<void> {
    const all = await errors.all();
    expect(all, describeErrors(all)).toEqual([]);
  }

  it('leaving Monitor > Traffic during related-log lookups and coming back: every row reaches an answer', async () => {
    await failUiThreatQueries(s.page);
    s.sim.setFaults({ latencyMs: { direct: 250 } });
    await s.page.reload();
    await waitForGridLoaded(s.page);
    const flagged = (await waitForMarking(s.page)).expectedFlagged.length;
    expect(flagged).toBeGreaterThan(2); // more rows than slots: some wait their turn
    // Leave while rows are queued for the two slots, then come back.
    await expect
      .poll(() => s.sim.requests().filter((r) => r.directMethod?.includes('enqueueRelatedLogRequest')).length)
      .toBeGreaterThan(0);
    await s.page.evaluate(() => {
      window.location.hash = '#dashboard::::dashboard';
    });
    await s.page.waitForTimeout(300);
    await s.page.evaluate((hash) => {
      window.location.hash = hash;
    }, TRAFFIC_HASH);
    await waitForGridLoaded(s.page);
    await waitForAnswers(s.page, 60_000);
    const report = await flaggedRowReport(s.page);
    expect(report.length).toBe(flagged);
    expect(report.every((line) => line.state === 'done')).toBe(true);
    s.sim.resetFaults();
    s.sim.setFaults({ jobPollsToFinish: 1 });
    await s.page.unrouteAll({ behavior: 'wait' });
    await expectNoErrors();
  });

  it('a key removed in the options is never sent again by the open tab', async () => {
    // The key is the last resort: UI query failing, related-log refused, cookie refused at /api/.
    await failUiThreatQueries(s.page);
    s.sim.setFaults({ directException: ['enqueueRelatedLogRequest'] });
    await setColumnShown(s.page, 'sessionid', true);
    await saveSettings(s, {
      lookupMode: 'prefetch',
      showTraining: true,
      apiKeys: { [s.sim.url]: s.sim.apiKey },
    });
    await s.page.reload();
    await waitForGridLoaded(s.page);
    await waitForAnswers(s.page);
    expect(keyRequests(s.sim.requests()).length).toBeGreaterThan(0);
    expect((await flaggedRowReport(s.page)).every((line) => line.state === 'done')).toBe(true);

    await saveSettings(s, { lookupMode: 'prefetch', showTraining: true, apiKeys: {} });
    // The tab restarts its lookups without the key: badges go back to work without a reload.
    await s.page.waitForFunction(() =>
      Array.from(document.querySelectorAll('threat-lens-badge')).some(
        (b) => b.getAttribute('data-state') !== 'done',
      ),
    );
    s.sim.clearRequests();
    await refreshGrid(s.page);
    await waitForAnswers(s.page);
    await s.page.waitForTimeout(1000);
    expect(keyRequests(s.sim.requests())).toEqual([]);
    expect((await flaggedRowReport(s.page)).every((line) => line.state === 'error')).toBe(true);
    s.sim.resetFaults();
    s.sim.setFaults({ jobPollsToFinish: 1 });
    await setColumnShown(s.page, 'sessionid', false);
    await s.page.unrouteAll({ behavior: 'wait' });
    await expectNoErrors();
  });

  it('a lookup mode changed in the options applies to the open tab at once', async () => {
    await s.page.reload();
    await waitForGridLoaded(s.page);
    await waitForAnswers(s.page);
    await saveSettings(s, { lookupMode: 'on-demand', showTraining: true, apiKeys: {} });
    // Restarted on demand: badges wait for a hover or click, and a refresh asks for nothing.
    await s.page.waitForFunction(() =>
      Array.from(document.querySelectorAll('threat-lens-badge')).every(
        (b) => b.getAttribute('data-state') === 'idle',
      ),
    );
    s.sim.clearRequests();
    await refreshGrid(s.page);
    await s.page.waitForTimeout(1500);
    const threatQueries = s.sim
      .requests()
      .filter((r) => r.logType === 'threat' || apiLogs(r) || r.directMethod?.includes('RelatedLog'));
    expect(threatQueries).toEqual([]);
    expect((await flaggedRowReport(s.page)).every((line) => line.state === 'idle')).toBe(true);
    await saveSettings(s, { lookupMode: 'prefetch', showTraining: true, apiKeys: {} });
    await waitForAnswers(s.page);
    await expectNoErrors();
  });

  it('a page script answering grid.read with invented sessions never gets them looked up with the key', async () => {
    const invented = (i: number) => `77700${i}`;
    // Everything a hostile page script can do: answer the bridge's requests before the bridge.
    await s.page.addInitScript(() => {
      window.addEventListener(
        'threat-lens:request',
        (event) => {
          const request = JSON.parse(String((event as CustomEvent).detail)) as { id: number; type: string };
          if (request.type !== 'grid.read') return;
          type Store = { getCount(): number; getAt(i: number): { data: Record<string, unknown> } };
          const ext = (window as unknown as { Ext?: { ComponentMgr: { all: { items: unknown[] } } } }).Ext;
          const grid = ext?.ComponentMgr.all.items.find(
            (item) => (item as { logtype?: string }).logtype === 'traffic',
          ) as { getStore(): Store } | undefined;
          if (!grid) return;
          event.stopImmediatePropagation();
          const store = grid.getStore();
          const records = Array.from({ length: store.getCount() }, (_, rowIndex) => {
            const fields: Record<string, string> = {};
            for (const [name, value] of Object.entries(store.getAt(rowIndex).data))
              fields[name] = String(value ?? '');
            fields.sessionid = `77700${rowIndex}`;
            return { rowIndex, fields };
          });
          const detail = JSON.stringify({
            id: request.id,
            ok: true,
            result: { logtype: 'traffic', itemId: 'forged', columns: [], records },
          });
          document.dispatchEvent(new CustomEvent('threat-lens:response', { detail }));
        },
        true,
      );
    });
    await failUiThreatQueries(s.page);
    s.sim.setFaults({ directException: ['enqueueRelatedLogRequest'] });
    await setColumnShown(s.page, 'sessionid', true);
    await saveSettings(s, {
      lookupMode: 'prefetch',
      showTraining: true,
      apiKeys: { [s.sim.url]: s.sim.apiKey },
    });
    s.sim.clearRequests();
    await s.page.reload();
    await waitForGridLoaded(s.page);
    await waitForAnswers(s.page);
    const requests = s.sim.requests();
    // The web session may be asked about them (it is the page's own); the key never is.
    expect(keyRequests(requests).some((r) => (r.query ?? '').includes(invented(0)))).toBe(false);
    expect(keyRequests(requests)).toEqual([]);
    const report = await flaggedRowReport(s.page);
    expect(report.length).toBeGreaterThan(0);
    expect(report.every((line) => line.state === 'error')).toBe(true);
    await badgeButton(s.page, report[0]?.rowIndex as number).click();
    await panel(s.page).waitFor();
    expect(await panel(s.page).textContent()).toContain(
      'The API key was not used: the page names sessions its grid does not show.',
    );
    await panel(s.page).getByRole('button', { name: 'Close' }).click();
    await saveSettings(s, { lookupMode: 'prefetch', showTraining: true, apiKeys: {} });
    s.sim.resetFaults();
    await setColumnShown(s.page, 'sessionid', false);
  });
});

describe('exact origins: another port of an enabled host', () => {
  let a: E2eSession;
  let other: Simulator;

  beforeAll(async () => {
    a = await openSession({ sim: { scenario: 'default' } });
    other = await startSimulator({ scenario: 'default' });
  });
  afterAll(async () => {
    await a?.close();
    await other?.close();
  });

  it('enabling one port leaves the other port of the host untouched, though the grant covers the host', async () => {
    // The e2e build's manifest grants the whole host (every port). The user names one origin:
    await a.browser.worker.evaluate(async (origin) => {
      await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.set({
        firewallOrigins: [origin],
      });
    }, a.sim.url);
    await a.page.reload();
    await waitForGridLoaded(a.page);
    expect((await waitForMarking(a.page)).expectedFlagged.length).toBeGreaterThan(0);
    await expect.poll(() => a.page.locator('threat-lens-badge').count()).toBeGreaterThan(0);

    const page = await a.browser.context.newPage();
    await logIn(page, other);
    await page.goto(`${other.url}/${TRAFFIC_HASH}`);
    await waitForGridLoaded(page);
    await page.waitForTimeout(2000);
    const ours = await page.evaluate(
      () => document.querySelectorAll('threat-lens-badge, threat-lens-summary, [data-threat-lens]').length,
    );
    expect(ours).toBe(0);
    // The popup says so too, and offers to enable that port.
    const popup = await openPopup(a.browser, await tabIdOf(a.browser.worker, page));
    expect(await waitForPopupText(popup, /Threat Lens is off/)).toContain(other.url);
    await popup.close();
    // Nothing of ours reached that firewall: only the page's own requests.
    expect(other.requests().filter((r) => r.kind === 'api' || r.directMethod?.includes('Threat'))).toEqual(
      [],
    );
    await page.close();
  });
});
