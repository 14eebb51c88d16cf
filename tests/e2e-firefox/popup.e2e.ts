// The popup in Firefox with the e2e build (the simulator's host granted in its manifest): the
// status it gives for Monitor > Traffic, the login page and an expired PAN-OS session, and
// Disable there, then enabling again from the options page.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickButton,
  grantedOrigins,
  openPopup,
  registeredScripts,
  storageLocal,
  tabIdOf,
  untouched,
  waitForPopupText,
} from './extension-pages';
import { openExtensionPage, sleep } from './firefox';
import {
  badgeButton,
  type FirefoxSession,
  logIn,
  openFirefoxSession,
  TRAFFIC_HASH,
  waitForGridLoaded,
  waitForMarking,
} from './session';

const SIM_PATTERN = 'http://127.0.0.1/*';

describe('Firefox: popup status and enable/disable (e2e build)', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await openFirefoxSession({ sim: { scenario: 'default' }, allowPermissionPrompts: true });
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('on Monitor > Traffic: page detected, rows flagged of visible, read from the grid store, the working lookup', async () => {
    const marking = await waitForMarking(s.page);
    const popup = await openPopup(s.ff, await tabIdOf(s.ff, s.page));
    const text = await waitForPopupText(popup, /Works with /);
    expect(text).toContain(`Firewall at ${s.sim.url}`);
    expect(text).toContain('Page Monitor > Traffic');
    expect(text).toContain(
      `${marking.expectedFlagged.length} of ${marking.rows} visible rows are allow + threat`,
    );
    // Store records are only in the page's own world: the main-world bridge read them.
    expect(text).toContain("Read from the grid's own data");
    expect(text).toContain("Works with the web UI's own log queries");
    expect(text).toContain('Disable on this firewall');
    expect(await popup.$('.problem')).toBeNull();
    await popup.close();
  });

  it('on the login page: says so, with the fix', async () => {
    const login = await s.ff.browser.newPage();
    await login.goto(`${s.sim.url}/php/login.php`);
    const popup = await openPopup(s.ff, await tabIdOf(s.ff, login));
    const text = await waitForPopupText(popup, /Page Login page/);
    expect(await popup.$eval('.problem', (el) => el.textContent)).toMatch(/login page[\s\S]*Log in/);
    expect(text).not.toContain('visible rows');
    await popup.close();
    await login.close();
  });

  it('after the PAN-OS session expires, a lookup reports the expired session and its fix', async () => {
    // On demand, so the lookup happens when we ask, after the session is gone.
    await s.ff.inExtension(async () => {
      type Local = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
      const local = (globalThis as unknown as { browser: { storage: { local: Local } } }).browser.storage
        .local;
      const settings = ((await local.get('settings')).settings ?? {
        showTraining: true,
        apiKeys: {},
      }) as object;
      await local.set({ settings: { ...settings, lookupMode: 'on-demand' } });
    }, null);
    const page = await s.ff.browser.newPage();
    await page.goto(`${s.sim.url}/${TRAFFIC_HASH}`);
    await waitForGridLoaded(page);
    const marking = await waitForMarking(page);
    const popup = await openPopup(s.ff, await tabIdOf(s.ff, page));
    expect(await waitForPopupText(popup, /visible rows/)).toContain('Lookup Not needed yet');

    // The PAN-OS UI leaves for the login page when a call finds the session over: that one
    // navigation is held (a 204 leaves the document in place) so the page can be asked what it saw.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      if (new URL(request.url()).pathname === '/php/login.php')
        void request.respond({ status: 204, body: '' });
      else void request.continue();
    });
    s.sim.expireSessions();
    await (await badgeButton(page, marking.expectedFlagged[0] as number)).click();
    const text = await waitForPopupText(popup, /session expired/);
    expect(await popup.$eval('.problem', (el) => el.textContent)).toMatch(
      /Your PAN-OS session expired\.\s*Log in again\./,
    );
    expect(text).not.toContain('Works with');
    expect(page.url()).toContain(TRAFFIC_HASH);
    await popup.close();
    await page.close();
    // Back to a live session and prefetch for the tests after this one.
    await s.ff.inExtension(async () => {
      type Local = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
      const local = (globalThis as unknown as { browser: { storage: { local: Local } } }).browser.storage
        .local;
      const settings = (await local.get('settings')).settings as object;
      await local.set({ settings: { ...settings, lookupMode: 'prefetch' } });
    }, null);
    await logIn(s.page, s.sim);
    await s.page.goto(`${s.sim.url}/${TRAFFIC_HASH}`);
    await waitForGridLoaded(s.page);
  });

  it('Disable on this firewall: the grant and the scripts for this host are dropped', async () => {
    await waitForMarking(s.page);
    const popup = await openPopup(s.ff, await tabIdOf(s.ff, s.page));
    await waitForPopupText(popup, /Disable on this firewall/);
    await clickButton(popup, 'Disable on this firewall');
    // Firefox lets an MV3 add-on give up even a host of its manifest (Chromium does not).
    await expect.poll(() => grantedOrigins(s.ff), { timeout: 10_000 }).not.toContain(SIM_PATTERN);
    // The e2e build's other host (localhost) keeps its scripts; none match this one any more.
    await expect
      .poll(async () =>
        (await registeredScripts(s.ff)).some((script) => script.matches.includes(SIM_PATTERN)),
      )
      .toBe(false);
    expect((await storageLocal(s.ff)).firewallOrigins ?? []).toEqual([]);
    await popup.close();
  });

  it('enabling again from the options page (a click there requests the host) marks the open tab without a reload', async () => {
    await s.page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    const options = await s.ff.browser.newPage();
    await openExtensionPage(options, 'options.html');
    await options.locator('#origin').fill(s.sim.url);
    await options.locator('form.add button[type=submit]').click(); // the request's user input
    await options.waitForFunction(
      (url) =>
        Array.from(document.querySelectorAll('ul.firewalls code')).some((el) => el.textContent === url),
      { timeout: 15_000 },
      s.sim.url,
    );
    expect(await grantedOrigins(s.ff)).toContain(SIM_PATTERN);
    // The instance still running from before the disable hands over to the injected one.
    await sleep(1_500);
    const marking = await waitForMarking(s.page);
    expect(marking.expectedFlagged.length).toBeGreaterThan(0);
    expect(await s.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
    await options.close();
  });

  it('after Disable, the next page load gets nothing', async () => {
    const popup = await openPopup(s.ff, await tabIdOf(s.ff, s.page));
    await waitForPopupText(popup, /Disable on this firewall/);
    await clickButton(popup, 'Disable on this firewall');
    await expect.poll(() => grantedOrigins(s.ff), { timeout: 10_000 }).not.toContain(SIM_PATTERN);
    await popup.close();
    await s.page.reload();
    await waitForGridLoaded(s.page);
    await sleep(1_500);
    expect(await untouched(s.page)).toBe(true);
    expect(s.pageErrors).toEqual([]);
  });
});
