// Inconclusive is not an answer: for each simulator switch that plays another plausible answer
// of the related-log RPC or of the UI's log store, every flagged row still gets the answer it
// gets on the default simulator (through the next path), and the popup's diagnostics say which
// path was inconclusive and why. Real Chromium, the built extension, the simulator over HTTP.

import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_DEADLINES } from '../../lib/deadlines';
import type { Faults, SimRequest } from '../sim/index';
import { badgeButton, panel, rowIndexOfSession, uiLogJobs } from './answers';
import { collectErrors, describeErrors, type ErrorCollector, NETWORK_STATUS_NOISE } from './error-collector';
import { waitForGridLoaded, waitForMarking } from './grid-probe';
import { flaggedRowReport, waitForAnswers } from './overlay-probe';
import { type E2eSession, openSession } from './session';

type WorkerChrome = {
  storage: { local: { remove(key: string): Promise<void>; set(items: object): Promise<void> } };
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
};

const BASE_FAULTS: Partial<Faults> = { jobPollsToFinish: 1 };
const counts: Record<string, string | number>[] = [];

let s: E2eSession;
let errors: ErrorCollector;
/** Session id -> headlines on the unmodified simulator. */
let baseline: Map<string, string[]>;

/** Session id -> headlines, once every flagged row has its answer. */
async function answers(timeout?: number): Promise<Map<string, string[]>> {
  await waitForAnswers(s.page, timeout);
  const bySession = new Map<string, string[]>();
  for (const line of await flaggedRowReport(s.page)) {
    expect(line.state, `session ${line.sessionid}: ${line.says}`).toBe('done');
    bySession.set(line.sessionid, [...(bySession.get(line.sessionid) ?? []), line.says].sort());
  }
  return bySession;
}

async function setLookupMode(lookupMode: 'prefetch' | 'on-demand'): Promise<void> {
  await s.browser.worker.evaluate(async (mode) => {
    const chrome = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    await chrome.storage.local.set({ settings: { lookupMode: mode, showTraining: true, apiKeys: {} } });
  }, lookupMode);
}

/** Reloads the traffic page with these switches; `armOnThreatQuery` runs when our threat query leaves. */
async function reloadWith(
  faults: Partial<Faults>,
  armOnThreatQuery?: () => void,
  keepMemory = false,
): Promise<void> {
  await s.page.unrouteAll({ behavior: 'wait' });
  s.sim.resetFaults();
  s.sim.setFaults({ ...BASE_FAULTS, ...faults });
  if (armOnThreatQuery) {
    let armed = false;
    await s.page.route('**/php/monitor/log.data.xml.php', async (route: Route) => {
      if (!armed && /(^|&)logtype=threat(&|$)/.test(route.request().postData() ?? '')) {
        armed = true;
        armOnThreatQuery();
      }
      await route.continue();
    });
  }
  // Each case is a first visit: what earlier pages learned of this firewall is forgotten.
  if (!keepMemory) {
    await s.browser.worker.evaluate(async () => {
      const storage = (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local;
      await storage.remove('cookieApiMemory');
      await storage.remove('unusablePaths');
    });
  }
  await errors.clear();
  s.sim.clearRequests();
  await s.page.reload();
  await waitForGridLoaded(s.page);
  await waitForMarking(s.page);
}

/** The popup for the firewall tab, opened as a page: its "Lookup methods tried" lines. */
async function popupLines(): Promise<string[]> {
  const { browser, sim } = s;
  const tabId = await browser.worker.evaluate(async (url) => {
    const tabs = await (globalThis as unknown as { chrome: WorkerChrome }).chrome.tabs.query({});
    return tabs.find((tab) => tab.url?.startsWith(url))?.id ?? -1;
  }, sim.url);
  const popup = await browser.context.newPage();
  try {
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('details li').first().waitFor({ state: 'attached' });
    return await popup.locator('details li').allTextContents();
  } finally {
    await popup.close();
  }
}

const line = (lines: string[], label: string) => lines.find((text) => text.startsWith(label)) ?? '';
const STORE = "the web UI's own log queries";
const RELATED = "the Detailed Log View's related-log query";
const COOKIE = 'the XML API with your web UI session';
const isDirect = (method: string) => (r: SimRequest) =>
  r.kind === 'direct' && !!r.directMethod?.includes(method);

async function expectNoErrors(): Promise<void> {
  const found = await errors.all();
  expect(found, describeErrors(found)).toEqual([]);
}

async function open(apiAcceptsSessionCookie: boolean): Promise<void> {
  s = await openSession({ sim: { scenario: 'default', faults: BASE_FAULTS, apiAcceptsSessionCookie } });
  errors = collectErrors(s.browser.context, s.browser.worker, { ignore: [NETWORK_STATUS_NOISE] });
  await waitForGridLoaded(s.page);
  await waitForMarking(s.page);
  baseline = await answers();
}

afterAll(() => {
  console.log('\ninconclusive-path request counts\n', counts.map((row) => JSON.stringify(row)).join('\n '));
});

describe('the related-log RPC needs the grid page XML (XML API refuses the cookie)', () => {
  beforeAll(() => open(false));
  afterAll(async () => {
    await s?.close();
  });

  it('the page XML is sent: with the log store failing, the RPC answers every row', async () => {
    expect(baseline.size).toBeGreaterThan(3);
    await reloadWith({ relatedLogNeedsResponseText: true }, () =>
      s.sim.setFaults({ http500: { 'log-data': true } }),
    );
    expect(await answers()).toEqual(baseline);
    const requests = s.sim.requests();
    const flagged = (await waitForMarking(s.page)).expectedFlagged.length;
    const enqueues = requests.filter(isDirect('enqueueRelatedLogRequest')).length;
    counts.push({ switch: 'relatedLogNeedsResponseText', flagged, enqueues });
    expect(enqueues).toBeLessThanOrEqual(flagged);
    const lines = await popupLines();
    expect(line(lines, STORE)).toBe(
      "the web UI's own log queries: inconclusive; 1 inconclusive (answered with an error), not asked again on this page",
    );
    expect(line(lines, COOKIE)).toContain('not available here');
    // Content jobs came (the switch gives none without the anchor's entry in the page XML).
    expect(line(lines, RELATED)).toMatch(/^the Detailed Log View's related-log query: works; \d+ proven/);
    expect(line(lines, RELATED)).not.toContain('no related-log job');
    await expectNoErrors();
  });
  it('a page XML without the anchor gets no content job: the RPC is inconclusive, the log store answers the row', async () => {
    await setLookupMode('on-demand');
    try {
      await reloadWith({ relatedLogNeedsResponseText: true });
      // The grid's reader now holds a page without this row (as after a reload elsewhere).
      await s.page.evaluate(() => {
        const ext = (window as unknown as { Ext: { ComponentMgr: { all: { items: unknown[] } } } }).Ext;
        const grid = ext.ComponentMgr.all.items.find(
          (item) => (item as { logtype?: string }).logtype === 'traffic',
        ) as { getStore(): { reader: { xmlData: unknown } } };
        const empty =
          '<response status="success"><result><log><logs count="0" progress="100"/></log></result></response>';
        grid.getStore().reader.xmlData = new DOMParser().parseFromString(empty, 'application/xml');
      });
      const [sessionid, headlines] =
        [...baseline].find(([, says]) => says[0]?.startsWith('Blocked by')) ?? [];
      const rowIndex = await rowIndexOfSession(s.page, sessionid ?? '');
      await badgeButton(s.page, rowIndex).click();
      await panel(s.page)
        .getByText(`Threat, URL, data and WildFire logs read through ${STORE}`)
        .waitFor({ state: 'attached', timeout: 20_000 }); // in the folded "Where the answer came from"
      const report = await flaggedRowReport(s.page);
      expect(report.find((row) => row.rowIndex === rowIndex)?.says).toBe(headlines?.[0]);
      await panel(s.page).getByRole('button', { name: 'Close' }).click();
      const requests = s.sim.requests();
      expect(requests.filter(isDirect('enqueueRelatedLogRequest'))).toHaveLength(1);
      expect(requests.filter(isDirect('pollLogRequest'))).toHaveLength(0); // no content job to poll
      const lines = await popupLines();
      expect(line(lines, RELATED)).toBe(
        "the Detailed Log View's related-log query: inconclusive; 1 inconclusive (the firewall gave no related-log job), not asked again on this page",
      );
      await expectNoErrors();
    } finally {
      await setLookupMode('prefetch');
    }
  });
});

describe('the UI log store answers otherwise than guessed (XML API accepts the cookie)', () => {
  beforeAll(() => open(true));
  afterAll(async () => {
    await s?.close();
  });

  it('the baseline: the UI log store proves itself and answers', async () => {
    expect(baseline.size).toBeGreaterThan(3);
    const lines = await popupLines();
    expect(line(lines, STORE)).toMatch(/^the web UI's own log queries: works; 1 proven/);
    await expectNoErrors();
  });

  it('log store ignores the query: entries of other sessions retire it, the XML API answers', async () => {
    await reloadWith({ logStoreIgnoresQuery: true });
    expect(await answers()).toEqual(baseline);
    const requests = s.sim.requests();
    counts.push({
      switch: 'logStoreIgnoresQuery',
      threatQueries: uiLogJobs(requests, 'threat'),
      apiLogs: requests.filter((r) => r.kind === 'api' && r.apiType === 'log' && !r.apiAction).length,
    });
    expect(uiLogJobs(requests, 'threat')).toBe(1); // retired after one query
    const lines = await popupLines();
    expect(line(lines, STORE)).toBe(
      "the web UI's own log queries: inconclusive; 1 inconclusive (answered with entries of other sessions (filter ignored)), not asked again on this page",
    );
    expect(line(lines, COOKIE)).toMatch(/: works; 1 proven/);
    // Kept for this firewall: the next page load does not ask the log store at all.
    await reloadWith({}, undefined, true);
    expect(await answers()).toEqual(baseline);
    expect(uiLogJobs(s.sim.requests(), 'threat')).toBe(0);
    expect(line(await popupLines(), STORE)).toContain(
      '(answered with entries of other sessions (filter ignored))',
    );
    await expectNoErrors();
  });

  it("log store refuses a page size above the UI's own: inconclusive, the XML API answers", async () => {
    await reloadWith({ logStoreMaxLimit: 20 });
    expect(await answers()).toEqual(baseline);
    const lines = await popupLines();
    expect(line(lines, STORE)).toContain(
      'inconclusive; 1 inconclusive (answered with an error), not asked again',
    );
    expect(line(lines, COOKIE)).toMatch(/: works; 1 proven/);
    await expectNoErrors();
  });

  it(
    'log store never calls back: after its deadline it is inconclusive, the XML API answers',
    async () => {
      const started = Date.now();
      await reloadWith({ logStoreNeverCallsBack: true });
      expect(await answers(E2E_DEADLINES.logStoreQueryMs + 30_000)).toEqual(baseline);
      counts.push({ switch: 'logStoreNeverCallsBack', msToAnswers: Date.now() - started });
      const lines = await popupLines();
      expect(line(lines, STORE)).toContain(
        'inconclusive; 1 inconclusive (no answer in time), not asked again',
      );
      expect(line(lines, COOKIE)).toMatch(/: works; 1 proven/);
      await expectNoErrors();
    },
    E2E_DEADLINES.logStoreQueryMs + 60_000,
  );

  it('a row nobody has an entry for says what was searched', async () => {
    await reloadWith({});
    expect(await answers()).toEqual(baseline);
    const report = await flaggedRowReport(s.page);
    const notFound = report.find((row) => row.says === 'No threat log found for this session');
    expect(notFound).toBeDefined();
    const badge = s.page
      .locator('.x-grid3-body > .x-grid3-row')
      .nth(notFound?.rowIndex ?? 0)
      .locator('threat-lens-badge [role="button"]');
    await badge.click();
    const panel = s.page.locator('threat-lens-panel [role="dialog"]');
    await panel.waitFor();
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain(
      `Searched the threat, URL, data and WildFire logs through ${STORE}: no entry for this session.`,
    );
    expect(text).toContain(
      `Searched the threat, URL, data and WildFire logs through ${COOKIE}: no entry for this session.`,
    );
    expect(text).toContain(
      `Searched the session's related logs through ${RELATED}: no entry for this session.`,
    );
    await panel.getByRole('button', { name: 'Close' }).click();
    await expectNoErrors();
  });
});
