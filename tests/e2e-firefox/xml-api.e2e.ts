// The XML API from Firefox's content script: `content.fetch` (the page's own fetch, with its
// cookies, Origin and Referer) rather than the content script's privileged fetch. With a
// firewall whose /api/ accepts the web session, the running config names the profile group,
// and the threat log is read there when the UI's log endpoint fails; with a stored API key, the
// key is sent as a header. On Panorama, each firewall's device-group rule and group are named.

import type { HTTPRequest } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answersBySession,
  type FirefoxSession,
  failLogEndpointAtThreatQuery,
  flaggedRows,
  openFirefoxSession,
  showSecondPage,
  waitForAnswers,
  waitForGridLoaded,
  waitForMarking,
} from './session';

/**
 * Log jobs finish on their second poll (the simulator's default is the third): these cases look
 * at which path reads the logs and how it asks, not at how long the firewall's jobs run.
 */
const QUICK_JOBS = { jobPollsToFinish: 1 };

describe('Firefox: the XML API with the web session (content.fetch)', () => {
  let s: FirefoxSession;
  const apiRequests: { url: string; headers: Record<string, string> }[] = [];
  beforeAll(async () => {
    s = await openFirefoxSession({
      sim: { scenario: 'default', apiAcceptsSessionCookie: true, faults: QUICK_JOBS },
    });
    s.page.on('request', (request: HTTPRequest) => {
      if (new URL(request.url()).pathname === '/api/') {
        apiRequests.push({ url: request.url(), headers: request.headers() });
      }
    });
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('names profile, group and rule from the running config read with the session cookie', async () => {
    await showSecondPage(s.page);
    const answers = await answersBySession(s.page);
    expect(answers.get('184539')?.[0]).toBe(
      'Blocked by Data Filtering profile "corp-dlp" (profile group "corp-default" on rule "allow-web")',
    );
    const configReads = s.sim.requests().filter((r) => r.kind === 'api' && r.apiType === 'config');
    expect(configReads.length).toBeGreaterThan(0);
    expect(configReads.every((r) => r.status === 200)).toBe(true);
  });

  it("sends those requests as the page does: the page's Origin, Referer and session cookie", async () => {
    // A content script's own fetch in Firefox is privileged and sends neither the page's Origin
    // nor its Referer; `content.fetch` is the page's fetch.
    expect(apiRequests.length).toBeGreaterThan(0);
    for (const { headers } of apiRequests) {
      expect(headers.origin).toBe(s.sim.url);
      expect(headers.referer?.startsWith(`${s.sim.url}/`)).toBe(true);
      expect(headers.cookie).toMatch(/PHPSESSID=/);
      expect(JSON.stringify(headers)).not.toContain('moz-extension');
    }
  });

  it('reads the logs over the XML API when the UI log endpoint fails: one job per log database', async () => {
    await s.page.reload();
    await waitForGridLoaded(s.page);
    // The previous load's lookup must be over, or its threat query would arm the fault early.
    await waitForMarking(s.page);
    await waitForAnswers(s.page);
    s.sim.clearRequests();
    const armed = failLogEndpointAtThreatQuery(s);
    await s.page.reload();
    await armed;
    await waitForMarking(s.page);
    await waitForAnswers(s.page);
    const requests = s.sim.requests();
    // One job per log database (threat, url, data, wildfire), each answered.
    const apiLogJobs = requests.filter((r) => r.kind === 'api' && r.apiType === 'log' && !r.apiAction);
    expect(apiLogJobs.map((r) => r.logType).sort()).toEqual(['data', 'threat', 'url', 'wildfire']);
    expect(apiLogJobs.every((r) => r.status === 200)).toBe(true);
    expect(new Set((await flaggedRows(s.page)).map((line) => line.state))).toEqual(new Set(['done']));
    s.sim.resetFaults();
  });
});

describe('Firefox: the XML API with a stored API key', () => {
  let s: FirefoxSession;
  const apiRequests: { url: string; headers: Record<string, string> }[] = [];
  beforeAll(async () => {
    s = await openFirefoxSession({ sim: { scenario: 'default', faults: QUICK_JOBS } });
    s.page.on('request', (request: HTTPRequest) => {
      if (new URL(request.url()).pathname === '/api/') {
        apiRequests.push({ url: request.url(), headers: request.headers() });
      }
    });
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('reads the logs with the key, sent as a header and never in a URL', async () => {
    const key = s.sim.apiKey;
    await s.ff.inExtension(
      async ({ origin, key }) => {
        type Local = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
        const local = (globalThis as unknown as { browser: { storage: { local: Local } } }).browser.storage
          .local;
        const settings = ((await local.get('settings')).settings ?? {
          lookupMode: 'prefetch',
          showTraining: true,
        }) as Record<string, unknown>;
        await local.set({ settings: { ...settings, apiKeys: { [origin]: key } } });
      },
      { origin: s.sim.url, key },
    );
    // The key is the last resort, and only for sessions the grid shows: the Session ID column is
    // shown, and every way through the web session fails (the related-log query refused, the UI
    // log endpoint failing from the threat query on, /api/ refusing the cookie).
    await s.page.evaluate(() => {
      type Cm = {
        findColumnIndex(dataIndex: string): number;
        setHidden(index: number, hidden: boolean): void;
      };
      const ext = (window as unknown as { Ext: { ComponentMgr: { all: { items: unknown[] } } } }).Ext;
      const grid = ext.ComponentMgr.all.items.find(
        (item) => (item as { logtype?: string }).logtype === 'traffic',
      ) as { getColumnModel(): Cm };
      const cm = grid.getColumnModel();
      cm.setHidden(cm.findColumnIndex('sessionid'), false);
    });
    // The previous load's lookup must be over, or its threat query would arm the fault early.
    await waitForMarking(s.page);
    await waitForAnswers(s.page);
    s.sim.setFaults({ directException: ['enqueueRelatedLogRequest'] });
    s.sim.clearRequests();
    const armed = failLogEndpointAtThreatQuery(s);
    await s.page.reload();
    await armed;
    await waitForMarking(s.page);
    await waitForAnswers(s.page);
    const logJobs = s.sim.requests().filter((r) => r.kind === 'api' && r.apiType === 'log' && !r.apiAction);
    // One job per log database (threat, url, data, wildfire) with the key, after the one-entry
    // threat-log query that first tests the key's log access.
    const withKey = logJobs.filter((r) => r.status === 200).map((r) => r.logType ?? '');
    expect([...new Set(withKey)].sort()).toEqual(['data', 'threat', 'url', 'wildfire']);
    expect(new Set((await flaggedRows(s.page)).map((line) => line.state))).toEqual(new Set(['done']));
    const keyed = apiRequests.filter((r) => r.headers['x-pan-key'] === key);
    expect(keyed.length).toBeGreaterThan(0);
    expect(apiRequests.some((r) => r.url.includes(encodeURIComponent(key)) || r.url.includes(key))).toBe(
      false,
    );
    expect(keyed.every((r) => r.headers.origin === s.sim.url)).toBe(true);
    s.sim.resetFaults();
  });
});

describe('Firefox: Panorama, two firewalls reusing one session id', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await openFirefoxSession({
      sim: { scenario: 'panorama', panorama: true, apiAcceptsSessionCookie: true, faults: QUICK_JOBS },
      hash: '#monitor::::monitor/logs/traffic',
    });
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("each row gets its own firewall's threat, profile, group and device-group rule", async () => {
    await s.page.type('input[name=query]', '( sessionid eq 5001 )');
    await s.page.click('.pan-apply-filter');
    await s.page.waitForFunction(
      () => document.querySelectorAll('.x-grid3-body > .x-grid3-row').length === 2,
    );
    await waitForGridLoaded(s.page);
    await waitForMarking(s.page);
    const both = (await answersBySession(s.page)).get('5001') ?? [];
    expect(both).toHaveLength(2);
    expect(both).toContain(
      'Blocked by Vulnerability Protection profile "branch-vp" (profile group "branch-default" on rule "allow-branch-web")',
    );
    expect(both).toContain(
      'Blocked by Anti-Spyware profile "corp-as" (profile group "shared-default" on rule "shared-allow-saas")',
    );
  });
});
