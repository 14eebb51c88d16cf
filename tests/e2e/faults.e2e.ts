// Every simulator fault switch, in real Chromium: what the user sees (badge, side panel, popup),
// that nothing throws in the page or the extension, that abandoned jobs are finished, and how
// many requests the extension makes (each bound stated and asserted; the counts are printed).
//
// Faults on the UI's log endpoint would also break the grid itself (it loads through the same
// endpoint), so those are armed at the moment the extension's threat query arrives: a route on
// the page sees the request, switches the simulator's fault on, and lets the request through.

import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { E2E_DEADLINES } from '../../lib/deadlines';
import { pollDelays } from '../../lib/panos/api/job-poll';
import type { SimRequest } from '../sim/index';
import { badgeButton, panel, uiLogJobs } from './answers';
import { collectErrors, describeErrors, type ErrorCollector, NETWORK_STATUS_NOISE } from './error-collector';
import { setColumnShown } from './grid-columns';
import { waitForGridLoaded, waitForMarking } from './grid-probe';
import { flaggedRowReport, waitForAnswers } from './overlay-probe';
import { type E2eSession, logIn, openSession, TRAFFIC_HASH } from './session';

/** The part of the extension API the tests use inside the service worker (inline there: evaluate serialises). */
type WorkerChrome = {
  storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
};

const BASE_FAULTS = { jobPollsToFinish: 1 };
/** The e2e build's log job deadline (30 s in the store build). */
const LOG_JOB_MS = E2E_DEADLINES.logJobMs;
const counts: Record<string, string | number>[] = [];

type Trigger = 'threat-log-data' | 'api-log' | 'profiles-direct';

interface Harness {
  s: E2eSession;
  errors: ErrorCollector;
}

async function openHarness(apiAcceptsSessionCookie = false): Promise<Harness> {
  const s = await openSession({ sim: { scenario: 'default', faults: BASE_FAULTS, apiAcceptsSessionCookie } });
  // The browser logs every 4xx/5xx it receives; those are the faults themselves, not our errors.
  const errors = collectErrors(s.browser.context, s.browser.worker, { ignore: [NETWORK_STATUS_NOISE] });
  await waitForGridLoaded(s.page);
  return { s, errors };
}

async function setApiKey(h: Harness, key: string | null): Promise<void> {
  await h.s.browser.worker.evaluate(
    async ([origin, key]) => {
      await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.set({
        settings: {
          lookupMode: 'prefetch',
          showTraining: true,
          apiKeys: key ? { [origin as string]: key } : {},
        },
      });
    },
    [h.s.sim.url, key] as const,
  );
  // Open tabs take a new key at once (they restart their lookups): let that settle, so its
  // requests are not counted in the next case.
  await h.s.page.waitForTimeout(300);
  await waitForAnswers(h.s.page, 10_000).catch(() => undefined);
}

/** Each case starts as a first visit: the firewall's /api/ answer to the cookie is not known. */
async function forgetCookieApiAnswers(h: Harness): Promise<void> {
  await h.s.browser.worker.evaluate(() =>
    (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.remove('cookieApiMemory'),
  );
}

/**
 * Reloads the traffic page with fresh faults. Each `arms` entry runs once, when the first request
 * of its kind leaves the page (before the simulator sees it). `armedAt()` is the simulator's
 * request count at the first arming: the requests from there on are the lookup's.
 */
async function reloadWith(
  h: Harness,
  opts: {
    faults?: object;
    arms?: Partial<Record<Trigger, () => void>>;
    leavesPage?: boolean;
    /** Keep what earlier page loads learned of /api/ and the session cookie (forgotten by default). */
    keepMemory?: boolean;
  },
): Promise<{ armedAt: () => number }> {
  const { s } = h;
  await s.page.unrouteAll({ behavior: 'wait' });
  await backOnTrafficPage(h);
  // The page before may still be looking up (the harness's first page, or the one a login just
  // opened); its requests would be counted as this case's, and the simulator logs a request when
  // it answers, after any latency this case sets. So its answers come in first.
  await waitForMarking(s.page);
  await waitForAnswers(s.page);
  s.sim.resetFaults();
  s.sim.setFaults({ ...BASE_FAULTS, ...(opts.faults ?? {}) });
  let armedAt = -1;
  const fired = new Set<Trigger>();
  const arm = (trigger: Trigger) => {
    if (fired.has(trigger)) return;
    fired.add(trigger);
    if (armedAt < 0) armedAt = s.sim.requests().length;
    opts.arms?.[trigger]?.();
  };
  if (opts.arms?.['threat-log-data']) {
    await s.page.route('**/php/monitor/log.data.xml.php', async (route: Route) => {
      if (/(^|&)logtype=threat(&|$)/.test(route.request().postData() ?? '')) arm('threat-log-data');
      await route.continue();
    });
  }
  if (opts.arms?.['api-log']) {
    await s.page.route('**/api/', async (route: Route) => {
      if (/(^|&)type=log(&|$)/.test(route.request().postData() ?? '')) arm('api-log');
      await route.continue();
    });
  }
  if (opts.arms?.['profiles-direct']) {
    await s.page.route('**/php/utils/router.php**', async (route: Route) => {
      if ((route.request().postData() ?? '').includes('getThreatExceptionProfiles')) arm('profiles-direct');
      await route.continue();
    });
  }
  await h.errors.clear();
  if (!opts.keepMemory) await forgetCookieApiAnswers(h);
  s.sim.clearRequests();
  await s.page.reload();
  if (!opts.leavesPage) {
    await waitForGridLoaded(s.page);
    await waitForMarking(s.page);
  }
  return { armedAt: () => armedAt };
}

/** A logged-in tab on Monitor > Traffic, whatever the previous test left. */
async function backOnTrafficPage(h: Harness): Promise<void> {
  const { page, sim } = h.s;
  if (new URL(page.url()).hash === TRAFFIC_HASH) return;
  sim.resetFaults();
  sim.setFaults(BASE_FAULTS);
  await logIn(page, sim);
  await page.goto(`${sim.url}/${TRAFFIC_HASH}`);
  await waitForGridLoaded(page);
}

async function flaggedCount(page: Page): Promise<number> {
  return (await waitForMarking(page)).expectedFlagged.length;
}

/** Opens the side panel of the first flagged row, reads it, closes it. */
async function panelText(page: Page): Promise<string> {
  const rowIndex = (await waitForMarking(page)).expectedFlagged[0] as number;
  await badgeButton(page, rowIndex).click();
  await panel(page).waitFor();
  const text = (await panel(page).textContent()) ?? '';
  await panel(page).getByRole('button', { name: 'Close' }).click();
  await panel(page).waitFor({ state: 'detached' });
  return text;
}

/** The popup, opened as a page for the firewall tab (popup.html?tabId=N), once it has read the tab. */
async function openPopupPage(h: Harness): Promise<Page> {
  const { browser, sim } = h.s;
  const tabId = await browser.worker.evaluate(async (url) => {
    const tabs = await (globalThis as unknown as { chrome: WorkerChrome }).chrome.tabs.query({});
    return tabs.find((tab) => tab.url?.startsWith(url))?.id ?? -1;
  }, sim.url);
  expect(tabId).toBeGreaterThan(0);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForFunction(() => {
    const main = document.querySelector('main.popup');
    return !!main && !main.textContent?.includes('Looking at this tab');
  });
  return popup;
}

/** The popup's whole text. */
async function popupText(h: Harness): Promise<string> {
  const popup = await openPopupPage(h);
  try {
    return (await popup.locator('main.popup').textContent()) ?? '';
  } finally {
    await popup.close();
  }
}

async function expectNoErrors(h: Harness): Promise<void> {
  const errors = await h.errors.all();
  expect(errors, describeErrors(errors)).toEqual([]);
}

/** Log jobs that start together: one per log database (threat, url, data, wildfire), within the two slots. */
const JOBS_AT_ONCE = 2;
const LOG_DATABASES = 4;
/** An XML API credential not yet seen to work on the page is tried with one log job first. */
const FIRST_TRY = 1;

const isDirect = (method: string) => (r: SimRequest) =>
  r.kind === 'direct' && !!r.directMethod?.includes(method);
const count = (requests: SimRequest[], test: (r: SimRequest) => boolean) => requests.filter(test).length;
const apiLogs = (r: SimRequest) => r.kind === 'api' && r.apiType === 'log' && !r.apiAction;

afterAll(() => {
  console.log(
    '\nfault request counts (after the fault was armed)\n',
    counts.map((row) => JSON.stringify(row)).join('\n '),
  );
});

describe('faults: firewall whose XML API refuses the session cookie (the default)', () => {
  let h: Harness;
  let baselineProfileCalls = 0;
  beforeAll(async () => {
    h = await openHarness(false);
  });
  afterAll(async () => {
    await h?.s.close();
  });

  it('slow firewall (300 ms on log-data, direct, api): answers arrive, one threat job, no extra requests', async () => {
    const started = Date.now();
    await reloadWith(h, { faults: { latencyMs: { 'log-data': 300, direct: 300, api: 300 } } });
    await waitForAnswers(h.s.page);
    const requests = h.s.sim.requests();
    const flagged = await flaggedCount(h.s.page);
    const threatRequests = count(requests, (r) => r.kind === 'log-data' && r.logType === 'threat');
    baselineProfileCalls = count(requests, isDirect('getThreatExceptionProfiles'));
    counts.push({
      fault: 'latency 300 ms',
      flagged,
      threatLogDataRequests: threatRequests,
      ms: Date.now() - started,
    });
    // One job: enqueue + (jobPollsToFinish + 1) polls at most.
    expect(uiLogJobs(requests, 'threat')).toBe(1);
    expect(threatRequests).toBeLessThanOrEqual(1 + BASE_FAULTS.jobPollsToFinish + 1);
    // Rows the UI's log had no entry for are asked of the next path: /api/ with the cookie, refused once.
    expect(count(requests, apiLogs)).toBeLessThanOrEqual(1);
    expect(baselineProfileCalls).toBeGreaterThan(0);
    expect(baselineProfileCalls).toBeLessThanOrEqual(flagged);
    expect(await panelText(h.s.page)).toMatch(/Learn: why the traffic log says allow/i);
    expect(await popupText(h)).toContain("Works with the web UI's own log queries");
    await expectNoErrors(h);
  });

  it('HTTP 500 on the log endpoint: no retry there, the cookie is refused once, the related-log query answers', async () => {
    const run = await reloadWith(h, {
      arms: { 'threat-log-data': () => h.s.sim.setFaults({ http500: { 'log-data': true } }) },
    });
    await waitForAnswers(h.s.page);
    const after = h.s.sim.requests().slice(run.armedAt());
    const flagged = await flaggedCount(h.s.page);
    const enqueues = count(after, isDirect('enqueueRelatedLogRequest'));
    const polls = count(after, isDirect('pollLogRequest'));
    counts.push({
      fault: 'http500 log-data',
      flagged,
      logData500: count(after, (r) => r.status === 500),
      apiLog: count(after, apiLogs),
      relatedEnqueue: enqueues,
      relatedPolls: polls,
    });
    // The jobs started together (the first fails, the other is stopped), never again.
    expect(count(after, (r) => r.kind === 'log-data')).toBe(JOBS_AT_ONCE);
    expect(count(after, apiLogs)).toBe(FIRST_TRY); // the cookie, refused (403) once
    expect(enqueues).toBeGreaterThan(0);
    expect(enqueues).toBeLessThanOrEqual(flagged); // one related-log job per flagged row at most
    expect(polls).toBeLessThanOrEqual(enqueues * (BASE_FAULTS.jobPollsToFinish + 1));
    const states = (await flaggedRowReport(h.s.page)).map((line) => line.state);
    expect(new Set(states)).toEqual(new Set(['done']));
    expect(await panelText(h.s.page)).toContain("Detailed Log View's related-log query");
    const popup = await popupText(h);
    expect(popup).toContain("Works with the Detailed Log View's related-log query");
    // The error answer proved nothing about the UI log store: inconclusive, not asked again.
    expect(popup).toContain(
      "the web UI's own log queries: inconclusive; 1 inconclusive (answered with an error)",
    );
    expect(popup).toContain('the XML API with your web UI session: not available here');
    await expectNoErrors(h);
  });

  it('the refusal is remembered for this firewall: the next page load does not probe /api/ again', async () => {
    const run = await reloadWith(h, {
      keepMemory: true,
      arms: { 'threat-log-data': () => h.s.sim.setFaults({ http500: { 'log-data': true } }) },
    });
    await waitForAnswers(h.s.page);
    const after = h.s.sim.requests().slice(run.armedAt());
    counts.push({ fault: 'http500 log-data, reload', apiLog: count(after, apiLogs) });
    expect(count(after, (r) => r.kind === 'api')).toBe(0);
    expect(count(after, isDirect('enqueueRelatedLogRequest'))).toBeGreaterThan(0);
    const states = (await flaggedRowReport(h.s.page)).map((line) => line.state);
    expect(new Set(states)).toEqual(new Set(['done']));
    expect(await popupText(h)).toContain('the XML API with your web UI session: not available here');
    await expectNoErrors(h);
  });

  it('malformed XML from the log endpoint: treated like a missing endpoint, next strategy answers', async () => {
    const run = await reloadWith(h, {
      arms: { 'threat-log-data': () => h.s.sim.setFaults({ malformedXml: { 'log-data': true } }) },
    });
    await waitForAnswers(h.s.page);
    const after = h.s.sim.requests().slice(run.armedAt());
    const flagged = await flaggedCount(h.s.page);
    counts.push({
      fault: 'malformed log-data',
      flagged,
      logData: count(after, (r) => r.kind === 'log-data'),
      relatedEnqueue: count(after, isDirect('enqueueRelatedLogRequest')),
    });
    expect(count(after, (r) => r.kind === 'log-data')).toBe(JOBS_AT_ONCE);
    expect(count(after, isDirect('enqueueRelatedLogRequest'))).toBeLessThanOrEqual(flagged);
    expect((await flaggedRowReport(h.s.page)).every((line) => line.state === 'done')).toBe(true);
    await expectNoErrors(h);
  });

  it('Direct exception: the log answer stays, the profile type is named, the name is explained as unknown', async () => {
    await reloadWith(h, { faults: { directException: true } });
    await waitForAnswers(h.s.page);
    const requests = h.s.sim.requests();
    const profileCalls = count(requests, isDirect('getThreatExceptionProfiles'));
    counts.push({ fault: 'directException', profileCalls, baselineProfileCalls });
    expect(profileCalls).toBe(baselineProfileCalls); // no retries
    const says = (await flaggedRowReport(h.s.page)).map((line) => line.says);
    expect(says.some((line) => /Blocked by an? [A-Za-z -]+ profile on rule/.test(line))).toBe(true);
    // The panel of a row whose profile the UI was asked about says why the name is missing.
    const rowIndex = (await flaggedRowReport(h.s.page)).find((line) => /profile on rule/.test(line.says))
      ?.rowIndex as number;
    await badgeButton(h.s.page, rowIndex).click();
    await panel(h.s.page).waitFor();
    expect(await panel(h.s.page).textContent()).toContain('The web UI could not name the profile');
    await panel(h.s.page).getByRole('button', { name: 'Close' }).click();
    expect(await popupText(h)).toContain("Works with the web UI's own log queries");
    await expectNoErrors(h);
  });

  it('invalid API key: one refused request per credential, a clear error, the key never in a URL', async () => {
    await setApiKey(h, 'WRONG-KEY-0000');
    await setColumnShown(h.s.page, 'sessionid', true); // the key is used only for sessions the grid shows
    onTestFinished(() => setApiKey(h, null));
    onTestFinished(() => setColumnShown(h.s.page, 'sessionid', false));
    // Every way through the web session refused first: the key is the last resort.
    const run = await reloadWith(h, {
      faults: { directException: ['enqueueRelatedLogRequest'] },
      arms: { 'threat-log-data': () => h.s.sim.setFaults({ http500: { 'log-data': true } }) },
    });
    await waitForAnswers(h.s.page);
    const after = h.s.sim.requests().slice(run.armedAt());
    counts.push({
      fault: 'invalid API key',
      apiLog403: count(after, (r) => apiLogs(r) && r.status === 403),
      total: after.length,
    });
    expect(count(after, apiLogs)).toBe(2 * FIRST_TRY); // cookie, then key: each refused once
    expect(count(after, (r) => apiLogs(r) && r.apiAuth === 'key')).toBe(FIRST_TRY);
    expect(count(after, (r) => apiLogs(r) && r.status !== 403)).toBe(0);
    // The related-log query (web session) was asked before the key.
    const firstKey = after.findIndex((r) => r.apiAuth === 'key');
    expect(after.slice(0, firstKey).some(isDirect('enqueueRelatedLogRequest'))).toBe(true);
    expect(h.s.sim.requests().some((r) => `${r.path}${r.query ?? ''}`.includes('WRONG-KEY'))).toBe(false);
    expect((await flaggedRowReport(h.s.page)).every((line) => line.state === 'error')).toBe(true);
    const text = await panelText(h.s.page);
    expect(text).toContain('The firewall rejected the stored API key.');
    expect(text).toContain('Store a valid API key for this firewall');
    const popup = await popupText(h);
    expect(popup).toContain('The firewall rejected the stored API key.');
    expect(popup).toContain('the XML API with the API key stored for this firewall: failed');
    await expectNoErrors(h);
  });

  it(
    'a log job that never finishes (XML API): polls back off, stop at the job deadline, the job is finished',
    async () => {
      await setApiKey(h, h.s.sim.apiKey);
      await setColumnShown(h.s.page, 'sessionid', true);
      onTestFinished(() => setApiKey(h, null));
      onTestFinished(() => setColumnShown(h.s.page, 'sessionid', false));
      // The related-log RPC, the path before the key, is refused here: the key's timeout is what the rows show.
      const run = await reloadWith(h, {
        faults: { directException: ['enqueueRelatedLogRequest'] },
        arms: {
          'threat-log-data': () =>
            h.s.sim.setFaults({ http500: { 'log-data': true }, jobNeverFinishes: true }),
        },
      });
      // While it runs: a clear loading state.
      expect(await panelText(h.s.page)).toContain('Reading the threat, URL, data and WildFire logs');
      await waitForAnswers(h.s.page, LOG_JOB_MS + 15_000);
      // The key's first job (asked alone: the key had not answered yet) is finished (fire and
      // forget, so it may land just after the answer), as was the one-entry job that tested the key
      // before it; the other databases are never asked.
      await expect
        .poll(() => h.s.sim.requests().filter((r) => r.kind === 'api' && r.apiAction === 'finish').length)
        .toBe(FIRST_TRY + 1);
      const after = h.s.sim.requests().slice(run.armedAt());
      const allGets = after.filter((r) => r.kind === 'api' && r.apiAction === 'get');
      const gets = allGets.filter((r) => r.jobId === allGets[0]?.jobId); // one job's polls
      const finishes = after.filter((r) => r.kind === 'api' && r.apiAction === 'finish');
      const gaps = gets.slice(1).map((r, i) => r.time - (gets[i] as SimRequest).time);
      counts.push({
        fault: 'jobNeverFinishes (api key)',
        polls: gets.length,
        finishes: finishes.length,
        firstGapMs: gaps[0] ?? 0,
        lastGapMs: gaps.at(-1) ?? 0,
        spanMs: (gets.at(-1)?.time ?? 0) - (gets[0]?.time ?? 0),
      });
      // 250, 500, 1000, then 2000 ms until the deadline (e2e build: E2E_DEADLINES), never a storm;
      // a loaded machine may fit fewer checks in, never more.
      const schedule = pollDelays({ maxWaitMs: LOG_JOB_MS });
      expect(gets.length).toBeGreaterThanOrEqual(4);
      expect(gets.length).toBeLessThanOrEqual(schedule.length);
      expect(gets.at(-1)?.time ?? 0).toBeLessThanOrEqual((gets[0]?.time ?? 0) + LOG_JOB_MS);
      expect(gaps.at(-1) as number).toBeGreaterThan(gaps[0] as number);
      const keyTest = after.find((r) => apiLogs(r) && !r.query && r.status === 200);
      expect(finishes.map((r) => r.jobId).sort()).toEqual(
        [keyTest?.jobId, ...new Set(allGets.map((r) => r.jobId))].sort(),
      );
      // The cookie's refused one-entry test, the key's test and its first job.
      expect(count(after, apiLogs)).toBe(2 * FIRST_TRY + 1);
      expect((await flaggedRowReport(h.s.page)).every((line) => line.state === 'error')).toBe(true);
      expect(await panelText(h.s.page)).toMatch(
        new RegExp(`did not finish within ${LOG_JOB_MS / 1000} s|took too long`),
      );
      // No answer in time proves nothing: inconclusive, and (never proven) not asked again.
      expect(await popupText(h)).toContain(
        'the XML API with the API key stored for this firewall: inconclusive; 1 inconclusive (no answer in time)',
      );
      // And nothing more afterwards.
      const settled = h.s.sim.requests().length;
      await h.s.page.waitForTimeout(2500); // measuring silence
      expect(
        h.s.sim
          .requests()
          .slice(settled)
          .filter((r) => r.kind === 'api'),
      ).toEqual([]);
      await expectNoErrors(h);
    },
    LOG_JOB_MS + 45_000,
  );

  it('login page mid-lookup (session ends at the threat query): the tab goes to the login page, lookups stop', async () => {
    const run = await reloadWith(h, {
      arms: { 'threat-log-data': () => h.s.sim.expireSessions() },
      leavesPage: true,
    });
    await h.s.page.waitForURL(/\/php\/login\.php/);
    const after = h.s.sim.requests().slice(run.armedAt());
    counts.push({
      fault: 'session ends at threat query',
      afterExpiry: after.map((r) => `${r.kind}:${r.status}`).join(' '),
    });
    // Known limit (see the report): the UI's LogStore hands the login page to its callback as a
    // plain failure, so the extension tries the next strategy once (/api/ with the cookie: 403).
    expect(count(after, (r) => r.kind === 'api')).toBeLessThanOrEqual(FIRST_TRY);
    expect(count(after, (r) => r.kind === 'direct')).toBe(0);
    expect(count(after, (r) => r.kind === 'log-data')).toBe(JOBS_AT_ONCE);
    const popup = await popupText(h);
    expect(popup).toContain('Login page');
    expect(popup).toContain('You are on the PAN-OS login page.');
    await expectNoErrors(h);
  });

  it('login page mid-lookup (session ends at the profile question): nothing is asked after it', async () => {
    const run = await reloadWith(h, {
      arms: { 'profiles-direct': () => h.s.sim.expireSessions() },
      leavesPage: true,
    });
    await h.s.page.waitForURL(/\/php\/login\.php/, { timeout: 20_000 });
    const after = h.s.sim.requests().slice(run.armedAt());
    expect(count(after, isDirect('getThreatExceptionProfiles'))).toBeGreaterThan(0);
    counts.push({
      fault: 'session ends at Direct',
      afterExpiry: after.map((r) => `${r.kind}:${r.directMethod ?? r.apiType ?? ''}`).join(' '),
    });
    // Only what was already in flight (the profile questions, a config probe), no new lookup.
    expect(count(after, (r) => r.kind === 'log-data')).toBe(0);
    expect(count(after, apiLogs)).toBe(0);
    expect(count(after, isDirect('enqueueRelatedLogRequest'))).toBe(0);
    expect(
      count(after, (r) => r.kind !== 'login' && r.kind !== 'static' && r.kind !== 'page'),
    ).toBeLessThanOrEqual(baselineProfileCalls + 1);
    expect(await popupText(h)).toContain('You are on the PAN-OS login page.');
    await expectNoErrors(h);
  });
});

describe('faults: firewall whose XML API accepts the session cookie', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(true);
  });
  afterAll(async () => {
    await h?.s.close();
  });

  it('cookie accepted: the XML API answers with the web session, one log job per database', async () => {
    const run = await reloadWith(h, {
      arms: { 'threat-log-data': () => h.s.sim.setFaults({ http500: { 'log-data': true } }) },
    });
    await waitForAnswers(h.s.page);
    const after = h.s.sim.requests().slice(run.armedAt());
    counts.push({
      fault: 'cookie accepted',
      apiLog: count(after, apiLogs),
      apiGets: count(after, (r) => r.apiAction === 'get'),
      related: count(after, isDirect('enqueueRelatedLogRequest')),
    });
    // The page's jobs, after a one-entry test of the cookie whose job is finished at once.
    expect(count(after, (r) => apiLogs(r) && !!r.query)).toBe(LOG_DATABASES);
    expect(count(after, (r) => apiLogs(r) && !r.query)).toBe(1);
    expect(count(after, (r) => r.kind === 'api' && r.apiAction === 'finish')).toBe(1);
    expect(count(after, (r) => r.kind === 'api' && r.apiAction === 'get')).toBeLessThanOrEqual(
      LOG_DATABASES * (BASE_FAULTS.jobPollsToFinish + 1),
    );
    // Only the rows the XML API had no entry for are asked of the related-log RPC, once each.
    const report = await flaggedRowReport(h.s.page);
    const notFound = report.filter((line) => line.says === 'No threat log found for this session').length;
    expect(count(after, isDirect('enqueueRelatedLogRequest'))).toBeLessThanOrEqual(notFound);
    expect(report.every((line) => line.state === 'done')).toBe(true);
    expect(await panelText(h.s.page)).toContain('the XML API with your web UI session');
    expect(await popupText(h)).toContain('Works with the XML API with your web UI session');
    await expectNoErrors(h);
  });

  it('failLogTypes threat: ten refreshes in ten seconds start at most three rounds of lookups; Retry asks at once', async () => {
    await reloadWith(h, { faults: { failLogTypes: ['threat'] } });
    await waitForAnswers(h.s.page);
    // Each round asks the XML API once (the UI's log store and the related-log query, refused on
    // the first round, are not asked again on this page): its threat queries count the rounds.
    const rounds = () => count(h.s.sim.requests(), (r) => apiLogs(r) && r.logType === 'threat');
    const started = Date.now();
    for (let i = 0; i < 10; i++) {
      await h.s.page.click('.pan-refresh');
      await h.s.page.waitForTimeout(Math.max(0, started + (i + 1) * 1000 - Date.now()));
    }
    await h.s.page.waitForTimeout(800); // the last refresh's lookup, if it started one, lands
    const afterRefreshes = rounds();
    const threatQueries = count(h.s.sim.requests(), (r) => r.logType === 'threat' && r.status === 500);
    counts.push({
      fault: 'failLogTypes threat, 10 refreshes in 10 s',
      lookupRounds: afterRefreshes,
      threatQueries500: threatQueries,
    });
    expect(afterRefreshes).toBeGreaterThanOrEqual(2); // the 2 s wait ended within the ten seconds
    expect(afterRefreshes).toBeLessThanOrEqual(3);
    expect((await flaggedRowReport(h.s.page)).every((line) => line.state === 'error')).toBe(true);
    // The panel's Retry asks at once, whatever the delay.
    const text = await panelText(h.s.page);
    expect(text).toContain('The firewall answered with an error');
    const rowIndex = (await waitForMarking(h.s.page)).expectedFlagged[0] as number;
    await badgeButton(h.s.page, rowIndex).click();
    await panel(h.s.page).getByRole('button', { name: 'Retry' }).click();
    await expect.poll(rounds).toBe(afterRefreshes + 1);
    await panel(h.s.page).getByRole('button', { name: 'Close' }).click();
    // So does the popup's.
    const popup = await openPopupPage(h);
    await popup.getByRole('button', { name: 'Retry the lookups now' }).click();
    await expect.poll(rounds).toBe(afterRefreshes + 2);
    await popup.close();
    counts.push({ fault: 'failLogTypes threat, panel then popup Retry', lookupRounds: rounds() });
    await expectNoErrors(h);
  });

  it('session expires under the XML API query: badges say so, the panel says log in, no request after it', async () => {
    const run = await reloadWith(h, {
      arms: {
        'threat-log-data': () => h.s.sim.setFaults({ http500: { 'log-data': true } }),
        'api-log': () => h.s.sim.expireSessions(),
      },
    });
    await waitForAnswers(h.s.page);
    const after = h.s.sim
      .requests()
      .slice(run.armedAt())
      .filter((r) => r.kind !== 'static');
    counts.push({
      fault: 'expiry under XML API',
      afterArm: after.map((r) => `${r.kind}:${r.apiAction ?? r.apiType ?? ''}:${r.status}`).join(' '),
    });
    expect((await flaggedRowReport(h.s.page)).every((line) => line.state === 'expired')).toBe(true);
    // The log-data jobs started together (the 500s), the /api/ query that met the timed-out
    // session, and nothing after it: no polls, no fallback, no finish.
    expect(after.length).toBe(JOBS_AT_ONCE + FIRST_TRY);
    const text = await panelText(h.s.page);
    expect(text).toContain('Your PAN-OS session expired: log in again');
    expect(text).not.toContain('Retry');
    expect(await popupText(h)).toContain('Your PAN-OS session expired.');
    await h.s.page.waitForTimeout(1500); // measuring silence
    expect(
      h.s.sim
        .requests()
        .slice(run.armedAt())
        .filter((r) => r.kind !== 'static').length,
    ).toBe(JOBS_AT_ONCE + FIRST_TRY);
    await expectNoErrors(h);
  });
});
