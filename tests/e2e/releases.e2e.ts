// The flows that matter on the PAN-OS releases admins run: 8.1 (PanDirect, MD5, ACT jobs,
// lowercase log types), 10.1 (Pan.direct only, MD5, login _csrf) and 11.1 (Panos.direct only,
// SHA-256, login _csrf, RUN jobs, 10.x log fields): marking, one batched lookup, the panel, the
// popup, and diagnostics that say which RPC object answered, with names and counts only. Then the
// same extension on a log UI it has never seen, and under an admin role without XML API log or
// config access.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_DEADLINES } from '../../lib/deadlines';
import type { PanosRelease, SimOptions } from '../sim/index';
import { answersBySession, badgeButton, panel, rowIndexOfSession, uiLogJobs } from './answers';
import type { ExtensionBrowser } from './browser';
import { openPopup, tabIdOf, waitForPopupText } from './extension-ui';
import { waitForGridLoaded, waitForMarking } from './grid-probe';
import { type E2eSession, openSession } from './session';

type Copied = { copied?: string[] };

const GRID_WAIT_MS = E2E_DEADLINES.gridWaitMs;

/** "Copy diagnostics" on the options page, as a user sends it: the parsed report and its text. */
async function copyDiagnostics(b: ExtensionBrowser): Promise<{ text: string; report: DiagnosticsReport }> {
  const options = await b.context.newPage();
  await options.addInitScript(() => {
    const sink = window as unknown as Copied;
    sink.copied = [];
    Object.defineProperty(navigator.clipboard, 'writeText', {
      value: async (text: string) => {
        sink.copied?.push(text);
      },
    });
  });
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await options.getByText('Copy diagnostics').click();
  // Each tab's status is asked for (and its release signs read) before the copy: allow for a slow machine.
  await expect
    .poll(() => options.evaluate(() => ((window as unknown as Copied).copied ?? []).length), {
      timeout: 10_000,
    })
    .toBe(1);
  const text = (await options.evaluate(() => (window as unknown as Copied).copied?.[0])) as string;
  await options.close();
  return { text, report: JSON.parse(text) as DiagnosticsReport };
}

interface DiagnosticsReport {
  extensionVersion: string;
  tabs: { status: Record<string, unknown> & { release?: Record<string, unknown> } }[];
}

/** Log values the grid holds: none may appear in diagnostics. */
function logValuesOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Store = { getCount(): number; getAt(i: number): { data: Record<string, string> } };
    const ext = (window as unknown as { Ext: { ComponentMgr: { all: { items: unknown[] } } } }).Ext;
    const grid = ext.ComponentMgr.all.items.find(
      (item) => (item as { logtype?: string }).logtype === 'traffic',
    ) as { getStore(): Store };
    const values = new Set<string>();
    for (let i = 0; i < grid.getStore().getCount(); i++) {
      const data = grid.getStore().getAt(i).data;
      for (const field of [
        'src',
        'dst',
        'sessionid',
        'rule',
        'serial',
        'device_name',
        'high_res_timestamp',
      ]) {
        const value = data[field];
        if (typeof value === 'string' && value.length >= 5) values.add(value);
      }
    }
    return [...values];
  });
}

const RELEASE_CASES: [
  PanosRelease,
  { rpc: string; seedLength: number; staticMotd: boolean; fields: string[] },
][] = [
  ['8.1', { rpc: 'PanDirect', seedLength: 16, staticMotd: false, fields: [] }],
  // The simulator's choice for 10.1: its RPC client is Pan.direct only (MD5 token, login _csrf).
  ['10.1', { rpc: 'Pan.direct', seedLength: 16, staticMotd: true, fields: ['time_received', 'vsys_id'] }],
  [
    '11.1',
    {
      rpc: 'Panos.direct',
      seedLength: 16,
      staticMotd: true,
      fields: ['time_received', 'high_res_timestamp', 'action_source', 'vsys_id', 'dg_hier_level_1'],
    },
  ],
];

describe.each(RELEASE_CASES)('PAN-OS %s', (release, expected) => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await openSession({ sim: { scenario: 'default', panos: release } });
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('marks every allow + threat row and answers the page with one threat-log job', async () => {
    const marking = await waitForMarking(s.page);
    expect(marking.expectedFlagged.length).toBeGreaterThan(3);
    const answers = await answersBySession(s.page);
    expect(uiLogJobs(s.sim.requests(), 'threat')).toBe(1);
    expect(answers.get('184545')?.[0]).toBe(
      'Blocked by Vulnerability Protection profile "dns-vp" on rule "allow-dns"',
    );
    expect(answers.get('184544')?.[0]).toContain('"pano-strict-vp"');
  });

  it('the panel names the profile (through the RPC object this release has)', async () => {
    await badgeButton(s.page, await rowIndexOfSession(s.page, '184545')).click();
    await panel(s.page).waitFor();
    const text = (await panel(s.page).textContent()) ?? '';
    expect(text).toContain('dns-vp');
    expect(text).toContain('allow-dns');
    await s.page.keyboard.press('Escape');
    await panel(s.page).waitFor({ state: 'detached' });
    // The profile was named by the UI's own exception-profile call, so the RPC object answered.
    expect(s.sim.requests().some((r) => r.directMethod?.includes('getThreatExceptionProfiles'))).toBe(true);
  });

  it('the popup shows the flagged rows and the lookup that works', async () => {
    const marking = await waitForMarking(s.page);
    const popup = await openPopup(s.browser, await tabIdOf(s.browser.worker, s.page));
    const text = await waitForPopupText(popup, /Works with /);
    expect(text).toContain(
      `${marking.expectedFlagged.length} of ${marking.rows} visible rows are allow + threat`,
    );
    await popup.close();
  });

  it('diagnostics say which RPC object answered and the release signs, with no log value or host name', async () => {
    const { text, report } = await copyDiagnostics(s.browser);
    const status = report.tabs[0]?.status;
    expect(report.extensionVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(status?.release).toMatchObject({
      rpcObject: expected.rpc,
      logStoreClass: true,
      staticMotd: expected.staticMotd,
      tokenSeedLength: expected.seedLength,
      bridgeAnswered: true,
      dom: { xGrid3Views: 1 },
    });
    const grids = (status?.release?.logGrids ?? []) as { logtype: string; storeFields: string[] }[];
    const traffic = grids.find((grid) => grid.logtype === 'traffic');
    expect(traffic?.storeFields).toEqual(
      expect.arrayContaining(['action', 'session_end_reason', 'sessionid']),
    );
    expect(traffic?.storeFields).toEqual(expect.arrayContaining(expected.fields));
    expect(text).not.toContain('127.0.0.1');
    const values = await logValuesOf(s.page);
    expect(values.length).toBeGreaterThan(10);
    expect(values.filter((value) => text.includes(value))).toEqual([]);
  });
});

describe('a page whose RPC client the extension cannot find (11.1, no run function anywhere)', () => {
  it('the page-side Direct paths are unavailable; the log store and the XML API answer', async () => {
    const s = await openSession({
      sim: { scenario: 'default', apiAcceptsSessionCookie: true },
      // Before the page's scripts run: Panos is frozen empty, so its client never lands there.
      hash: '#dashboard::::dashboard',
    });
    try {
      await s.page.addInitScript(() => {
        Object.defineProperty(window, 'Panos', { value: Object.freeze({}), writable: false });
      });
      await s.page.goto(`${s.sim.url}/#monitor::vsys1::monitor/logs/traffic`);
      s.sim.clearRequests();
      await s.page.reload(); // a new document, so the init script runs first
      expect(await s.page.evaluate(() => Object.keys((window as { Panos?: object }).Panos ?? {}))).toEqual(
        [],
      );
      await waitForGridLoaded(s.page);
      const answers = await answersBySession(s.page);
      // Named from the running config over the XML API (the UI's own call is not there).
      expect(answers.get('184545')?.[0]).toBe(
        'Blocked by Vulnerability Protection profile "dns-vp" on rule "allow-dns"',
      );
      expect(s.sim.requests().filter((r) => r.kind === 'direct')).toEqual([]);
      expect(s.sim.requests().some((r) => r.kind === 'api' && r.apiType === 'config')).toBe(true);
      const { report } = await copyDiagnostics(s.browser);
      expect(report.tabs[0]?.status.release).toMatchObject({
        rpcObject: null,
        rpcObjectsPresent: [],
        logStoreClass: true,
      });
    } finally {
      await s.close();
    }
  });
});

describe('a log UI this extension has never seen (no x-grid3 grid)', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await openSession({ sim: { scenario: 'default', logUi: 'unrecognised' } satisfies SimOptions });
    await s.page.waitForSelector('.pan-next-logs[data-loaded="true"]', { timeout: 20_000 });
  });
  afterAll(async () => {
    await s?.close();
  });

  it(
    'the popup and diagnostics say the UI is not recognised and what was found, never "0 flagged"',
    async () => {
      const popup = await openPopup(s.browser, await tabIdOf(s.browser.worker, s.page));
      // The grid wait is capped (30 s; the e2e build's table: E2E_DEADLINES); until then the page
      // may still be loading, and says so.
      expect(await waitForPopupText(popup, /waiting for its log grid/, GRID_WAIT_MS)).not.toMatch(
        /visible rows/,
      );
      const text = await waitForPopupText(popup, /not recognised/, GRID_WAIT_MS + 15_000);
      expect(text).toContain('Monitor > Traffic, but this PAN-OS UI is not recognised');
      expect(text).toMatch(/found: 0 ExtJS grid views; 1 other grid/);
      expect(text).not.toMatch(/\b0 of \d+ visible rows/);
      await popup.close();
      const { report } = await copyDiagnostics(s.browser);
      const status = report.tabs[0]?.status;
      expect(status?.unrecognisedUi).toEqual({ found: expect.stringContaining('0 ExtJS grid views') });
      expect(status?.rowsFlagged).toBe(0);
      expect(status?.trafficPage).toBe(false);
      expect(status?.release).toMatchObject({ rpcObject: 'Panos.direct', logStoreClass: true, logGrids: [] });
      expect(await s.page.locator('threat-lens-badge, threat-lens-summary').count()).toBe(0);
    },
    GRID_WAIT_MS + 30_000,
  );
});

describe('an admin role without XML API access (the session cookie is accepted)', () => {
  it('config: the panel says the role lacks XML API configuration access, with the fix', async () => {
    // The UI's exception-profile call fails, so naming the profile needs the running config.
    const s = await openSession({
      sim: {
        scenario: 'default',
        apiAcceptsSessionCookie: true,
        apiRoleDenies: ['config'],
        faults: { directException: ['getThreatExceptionProfiles'] },
      },
    });
    try {
      await waitForGridLoaded(s.page);
      await waitForMarking(s.page);
      await answersBySession(s.page);
      await badgeButton(s.page, await rowIndexOfSession(s.page, '184545')).click();
      await panel(s.page).waitFor();
      const text = (await panel(s.page).textContent()) ?? '';
      expect(text).toMatch(/admin role lacks XML API configuration access/);
      expect(text).toContain('enable Configuration');
      // One config read found it out; none followed for the other rows, and no op probe.
      const api = s.sim.requests().filter((r) => r.kind === 'api');
      expect(api.filter((r) => r.apiType === 'config')).toHaveLength(1);
      expect(api.filter((r) => r.apiType === 'op')).toHaveLength(0);
    } finally {
      await s.close();
    }
  });

  it('logs: when the page-side paths fail, the problem names the role and its fix', async () => {
    const s = await openSession({
      sim: {
        scenario: 'default',
        apiAcceptsSessionCookie: true,
        apiRoleDenies: ['log'],
        faults: { directException: ['enqueueRelatedLogRequest'] },
      },
    });
    try {
      // The UI's own threat-log query fails (its traffic grid still loads).
      await s.page.route('**/php/monitor/log.data.xml.php', (route) =>
        /(^|&)logtype=threat(&|$)/.test(route.request().postData() ?? '')
          ? route.fulfill({ status: 500, body: 'Internal Server Error' })
          : route.continue(),
      );
      await s.page.reload();
      await waitForGridLoaded(s.page);
      const popup = await openPopup(s.browser, await tabIdOf(s.browser.worker, s.page));
      const text = await waitForPopupText(popup, /lacks XML API log access/, 30_000);
      expect(text).toContain('enable Log');
      expect(text).not.toMatch(/rejected the stored API key|Invalid Credential/);
      await popup.close();
      const logQueries = s.sim.requests().filter((r) => r.kind === 'api' && r.apiType === 'log');
      expect(logQueries).toHaveLength(1);
    } finally {
      await s.close();
    }
  });
});
