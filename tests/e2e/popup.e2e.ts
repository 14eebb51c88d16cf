// The popup's status for a tab, in real Chromium with the e2e build (the simulator's host is
// granted in its manifest, as a managed deployment would): what the extension sees on Monitor >
// Traffic, on the login page, after the PAN-OS session expired, and on sites that are not PAN-OS.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../sim/index';
import { E2E_EXTENSION_DIR, type ExtensionBrowser, launchWithExtension } from './browser';
import {
  badgeCount,
  type ChromeLike,
  EXTENSION_DEBUGGING_FLAG,
  openPopup,
  pressToolbarButton,
  tabIdOf,
  waitForPopupText,
} from './extension-ui';
import { waitForGridLoaded, waitForMarking } from './grid-probe';
import { type PlainSite, startPlainSite } from './plain-site';
import { logIn, TRAFFIC_HASH } from './session';

type G = { chrome: ChromeLike };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('popup status (e2e build)', () => {
  let sim: Simulator;
  let b: ExtensionBrowser;
  let traffic: Page;
  let sites: PlainSite[] = [];

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, scenario: 'default' });
    b = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR, extraArgs: [EXTENSION_DEBUGGING_FLAG] });
    traffic = await b.context.newPage();
    await logIn(traffic, sim);
    await traffic.goto(`${sim.url}/${TRAFFIC_HASH}`);
    await waitForGridLoaded(traffic);
  });
  afterAll(async () => {
    await b?.close();
    await sim?.close();
    await Promise.all(sites.map((site) => site.close()));
    sites = [];
  });

  it('on Monitor > Traffic: enabled, page detected, rows flagged of visible, the working lookup, no problem', async () => {
    const marking = await waitForMarking(traffic);
    const popup = await openPopup(b, await tabIdOf(b.worker, traffic));
    // Prefetch: the page's one batched lookup has answered once a method is reported working.
    const text = await waitForPopupText(popup, /Works with /);
    expect(text).toContain(`Firewall at ${sim.url}`);
    expect(text).toContain('Page Monitor > Traffic');
    expect(text).toContain(
      `${marking.expectedFlagged.length} of ${marking.rows} visible rows are allow + threat`,
    );
    expect(text).toContain("Read from the grid's own data");
    expect(text).toContain('Disable on this firewall');
    // The method named as working is the one listed as working among those tried.
    const working = /Works with (.+?) Lookup methods tried/.exec(text)?.[1];
    expect(working).toBeTruthy();
    await popup.click('summary:has-text("Lookup methods tried")');
    // "<method>: works; N proven": with how many lookups proved it.
    await expect
      .poll(() => popup.locator('details li').allInnerTexts())
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`^${escapeRegExp(working ?? '')}: works; \\d+ proven`)),
        ]),
      );
    expect(await popup.locator('.problem').count()).toBe(0);
    expect(await popup.locator('button:has-text("Enable on this firewall")').count()).toBe(0);
    await popup.close();
  });

  it('on the login page: says so, with the fix', async () => {
    const login = await b.context.newPage();
    await login.goto(`${sim.url}/php/login.php`);
    const popup = await openPopup(b, await tabIdOf(b.worker, login));
    const text = await waitForPopupText(popup, /Page Login page/);
    expect(await popup.locator('.problem').textContent()).toMatch(/login page[\s\S]*Log in/);
    expect(text).not.toContain('visible rows');
    await popup.close();
    await login.close();
  });

  it('on a plain site of an enabled host: no PAN-OS web interface here, and nothing marked', async () => {
    const site = await startPlainSite('127.0.0.1');
    sites.push(site);
    const page = await b.context.newPage();
    await page.goto(`${site.url}/`);
    const popup = await openPopup(b, await tabIdOf(b.worker, page));
    const text = await waitForPopupText(popup, /No PAN-OS web interface here/);
    expect(text).toContain(`enabled on ${site.url}`);
    expect(await badgeCount(page)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('[data-threat-lens]').length)).toBe(0);
    await popup.close();
    await page.close();
  });

  it('on a site that was never enabled: not enabled, with the offer to enable it', async () => {
    // 127.0.0.2 is another origin on the loopback, not granted by the e2e build.
    const site = await startPlainSite('127.0.0.2');
    sites.push(site);
    const page = await b.context.newPage();
    await page.goto(`${site.url}/`);
    // Without a grant or a toolbar click the extension cannot even read the tab's address.
    const unseen = await b.worker.evaluate(() => (globalThis as unknown as G).chrome.tabs.query({}));
    expect(unseen.some((tab) => tab.url?.startsWith(site.url))).toBe(false);
    await pressToolbarButton(b, page); // activeTab, as the user's click on the toolbar button gives
    const popup = await openPopup(b, await tabIdOf(b.worker, page));
    const text = await waitForPopupText(popup, /Threat Lens is off/);
    expect(text).toContain(`Threat Lens is off on ${site.url}`);
    expect(await popup.locator('button:has-text("Enable on this firewall")').isEnabled()).toBe(true);
    expect(await badgeCount(page)).toBe(0);
    await popup.close();
    await page.close();
  });

  it('after the PAN-OS session expires, a lookup reports the expired session and its fix', async () => {
    // On demand, so the lookup happens when we ask, after the session is gone.
    await b.worker.evaluate(() =>
      (globalThis as unknown as G).chrome.storage.local.set({
        settings: { lookupMode: 'on-demand', showTraining: true, apiKeys: {} },
      }),
    );
    const page = await b.context.newPage();
    await page.goto(`${sim.url}/${TRAFFIC_HASH}`);
    await waitForGridLoaded(page);
    const marking = await waitForMarking(page);
    const popup = await openPopup(b, await tabIdOf(b.worker, page));
    expect(await waitForPopupText(popup, /visible rows/)).toContain('Lookup Not needed yet');

    // The PAN-OS UI itself leaves for the login page when a call finds the session over. Hold
    // that one navigation (a 204 leaves the document in place) so the page that saw the expiry
    // can still be asked what it saw.
    await page.route('**/php/login.php', (route) => route.fulfill({ status: 204 }));
    sim.expireSessions();
    const rowIndex = marking.expectedFlagged[0] as number;
    await page
      .locator('.x-grid3-body > .x-grid3-row')
      .nth(rowIndex)
      .locator('threat-lens-badge [role="button"]')
      .click();
    const text = await waitForPopupText(popup, /session expired/);
    expect(await popup.locator('.problem').textContent()).toMatch(
      /Your PAN-OS session expired\.\s*Log in again\./,
    );
    expect(text).toContain('Page Monitor > Traffic');
    expect(text).not.toContain('Works with');
    expect(page.url()).toContain(TRAFFIC_HASH);

    // Unheld, the tab lands on the login page, and the popup says what to do there.
    await page.unroute('**/php/login.php');
    await page.reload();
    await page.waitForURL(/\/php\/login\.php/);
    const atLogin = await waitForPopupText(popup, /Page Login page/);
    expect(atLogin).toMatch(/You are on the PAN-OS login page\. Log in/);
    await popup.close();
    await page.close();
  });
});
