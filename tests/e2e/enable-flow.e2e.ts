// The enable flow with the store build, which has no host access at install: the popup offers
// "Enable on this firewall", a real click asks Chromium for the host, the background registers
// the scripts and injects them into the open tab; disabling drops the grant and the scripts.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../sim/index';
import { type ExtensionBrowser, launchWithExtension, STORE_EXTENSION_DIR } from './browser';
import {
  allowSiteOnExtensionsPage,
  badgeCount,
  type ChromeLike,
  EXTENSION_DEBUGGING_FLAG,
  grantedOrigins,
  openPopup,
  popupText,
  pressToolbarButton,
  registeredScripts,
  tabIdOf,
  waitForPopupText,
} from './extension-ui';
import { waitForGridLoaded, waitForMarking } from './grid-probe';
import { logIn, TRAFFIC_HASH } from './session';

type G = { chrome: ChromeLike };
const ENABLE = 'button:has-text("Enable on this firewall")';
const DISABLE = 'button:has-text("Disable on this firewall")';

/** Nothing of ours in the page: no badge, no row mark, no summary. */
async function untouched(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      document.querySelectorAll('threat-lens-badge, threat-lens-summary, [data-threat-lens]').length === 0,
  );
}

async function storedOrigins(b: ExtensionBrowser): Promise<unknown> {
  const stored = await b.worker.evaluate(() =>
    (globalThis as unknown as G).chrome.storage.local.get('firewallOrigins'),
  );
  return stored.firewallOrigins;
}

describe('enable flow (store build, no host permissions)', () => {
  let sim: Simulator;
  let b: ExtensionBrowser;
  let traffic: Page;
  /** Another firewall on another port of the same host: enabling the first must not reach it. */
  let otherPort: Simulator;
  /** Chrome grants and registers the firewall's own port. */
  const simPattern = () => `${sim.url}/*`;

  beforeAll(async () => {
    otherPort = await startSimulator({ port: 0, scenario: 'default' });
    sim = await startSimulator({ port: 0, scenario: 'default' });
    b = await launchWithExtension({
      extensionDir: STORE_EXTENSION_DIR,
      extraArgs: [EXTENSION_DEBUGGING_FLAG],
    });
    traffic = await b.context.newPage();
    await logIn(traffic, sim);
    await traffic.goto(`${sim.url}/${TRAFFIC_HASH}`);
    await waitForGridLoaded(traffic);
  });
  afterAll(async () => {
    await b?.close();
    await sim?.close();
    await otherPort?.close();
  });

  it('starts with no host access, no scripts, nothing on the firewall page; the popup offers to enable', async () => {
    const manifest = JSON.parse(readFileSync(join(STORE_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(await grantedOrigins(b.worker)).toEqual([]);
    expect(await registeredScripts(b.worker)).toEqual([]);
    await traffic.waitForTimeout(500);
    expect(await untouched(traffic)).toBe(true);

    await pressToolbarButton(b, traffic); // the user's click: activeTab, and the real popup opens
    const popup = await openPopup(b, await tabIdOf(b.worker, traffic));
    const text = await waitForPopupText(popup, /Threat Lens is off/);
    expect(text).toContain(`Threat Lens is off on ${sim.url}`);
    expect(await popup.locator(ENABLE).isEnabled()).toBe(true);
    // activeTab lets the extension read the tab's address; it does not run anything there.
    expect(await untouched(traffic)).toBe(true);
    await popup.close();
  });

  it("clicking Enable asks Chromium for the host; headless Chromium's prompt stays unanswered", async () => {
    const popup = await openPopup(b, await tabIdOf(b.worker, traffic));
    await popup.locator(ENABLE).click();
    // The request is pending on a browser dialog nobody can click in headless mode: no grant,
    // no denial, the button stays busy. Nothing is registered meanwhile.
    await popup.waitForTimeout(2_500);
    expect(await popup.locator(ENABLE).isDisabled()).toBe(true);
    expect(await popup.locator('.note').count()).toBe(0);
    expect(await grantedOrigins(b.worker)).toEqual([]);
    expect(await registeredScripts(b.worker)).toEqual([]);
    expect(await untouched(traffic)).toBe(true);
    await popup.close(); // closing the page that asked drops its pending prompt
  });

  it('with the site already allowed in chrome://extensions, the same click enables it: scripts registered and injected into the open tab, no reload', async () => {
    // What a user can also do by hand: extension details > Site access > add the site. For an
    // optional host this records the approval without granting it yet.
    await allowSiteOnExtensionsPage(b.context, b.extensionId, simPattern());
    expect(await grantedOrigins(b.worker)).toEqual([]);
    expect(await registeredScripts(b.worker)).toEqual([]);

    await traffic.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    const popup = await openPopup(b, await tabIdOf(b.worker, traffic));
    await popup.locator(ENABLE).click(); // a real click: permissions.request, then the enable message
    await popup.locator(DISABLE).waitFor({ timeout: 15_000 });

    expect(await grantedOrigins(b.worker)).toEqual([simPattern()]);
    expect(await storedOrigins(b)).toEqual([sim.url]);
    const scripts = await registeredScripts(b.worker);
    expect(scripts.map((s) => s.id).sort()).toEqual(['threat-lens-bridge', 'threat-lens-content']);
    for (const script of scripts) expect(script.matches).toEqual([simPattern()]);

    const marking = await waitForMarking(traffic);
    expect(marking.expectedFlagged.length).toBeGreaterThan(0);
    expect(await traffic.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
    const text = await waitForPopupText(popup, /visible rows/);
    expect(text).toContain('Page Monitor > Traffic');
    expect(text).toContain(`${marking.expectedFlagged.length} of ${marking.rows} visible rows`);
    await popup.close();
  });

  it('the registered scripts cover the next page loads of that firewall', async () => {
    await traffic.reload();
    await waitForGridLoaded(traffic);
    await waitForMarking(traffic);
  });

  it('Disable drops the grant and the scripts; the open tab goes quiet at once; new page loads get nothing', async () => {
    expect(await badgeCount(traffic)).toBeGreaterThan(0);
    const popup = await openPopup(b, await tabIdOf(b.worker, traffic));
    await popup.locator(DISABLE).click();
    // The open tab, without a reload: every badge and the summary go, and a grid refresh (its
    // observers and listeners gone) marks nothing again.
    await expect.poll(() => untouched(traffic)).toBe(true);
    await traffic.click('.pan-refresh');
    await waitForGridLoaded(traffic);
    await traffic.waitForTimeout(1_000);
    expect(await untouched(traffic)).toBe(true);
    await expect.poll(() => grantedOrigins(b.worker)).toEqual([]);
    await expect.poll(() => registeredScripts(b.worker)).toEqual([]);
    expect(await storedOrigins(b)).toEqual([]);

    await traffic.reload();
    await waitForGridLoaded(traffic);
    await traffic.waitForTimeout(1_500);
    expect(await badgeCount(traffic)).toBe(0);
    expect(await untouched(traffic)).toBe(true);

    // The toolbar click again (the reload ended the previous activeTab grant).
    await pressToolbarButton(b, traffic);
    await popup.reload();
    expect(await waitForPopupText(popup, /Threat Lens is off/)).toContain(sim.url);
    await popup.close();
  });

  it('enabling again injects into the open tab without a reload', async () => {
    await traffic.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    const popup = await openPopup(b, await tabIdOf(b.worker, traffic));
    await popup.locator(ENABLE).click();
    await popup.locator(DISABLE).waitFor({ timeout: 15_000 });
    await waitForMarking(traffic);
    expect(await traffic.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
    expect((await registeredScripts(b.worker)).length).toBe(2);
    expect(await popupText(popup)).toContain('Monitor > Traffic');
    await popup.close();
  });
  // Last: logging in there replaces the first firewall's session cookie (cookies ignore ports).
  it('another port of the same host stays untouched', async () => {
    const page = await b.context.newPage();
    await logIn(page, otherPort);
    await page.goto(`${otherPort.url}/${TRAFFIC_HASH}`);
    await waitForGridLoaded(page);
    await page.waitForTimeout(1_500);
    expect(await untouched(page)).toBe(true);
    await page.close();
  });
});
