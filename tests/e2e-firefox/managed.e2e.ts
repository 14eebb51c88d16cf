// An administrator's list of firewalls in Firefox: storage.managed, which Firefox reads from a
// managed-storage manifest (on Linux ~/.mozilla/managed-storage/<add-on id>.json, or enterprise
// policies), not from the Chrome policy schema the Chromium package carries.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../sim/index';
import { clickButton, openPopup, tabIdOf, waitForPopupText } from './extension-pages';
import { ADDON_ID, type FirefoxWithExtension, launchFirefox } from './firefox';
import { logIn, TRAFFIC_HASH, waitForGridLoaded, waitForMarking } from './session';

describe('Firefox: firewalls set by the administrator (managed storage, e2e build)', () => {
  let sim: Simulator;
  let ff: FirefoxWithExtension;
  let traffic: Page;
  let home: string;

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, scenario: 'default' });
    home = mkdtempSync(join(tmpdir(), 'threat-lens-home-'));
    const dir = join(home, '.mozilla', 'managed-storage');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, `${ADDON_ID}.json`),
      JSON.stringify({
        name: ADDON_ID,
        description: 'policy',
        type: 'storage',
        data: { enabledOrigins: [sim.url] },
      }),
    );
    ff = await launchFirefox({ env: { HOME: home } });
    traffic = await ff.browser.newPage();
    await logIn(traffic, sim);
    await traffic.goto(`${sim.url}/${TRAFFIC_HASH}`);
    await waitForGridLoaded(traffic);
  });
  afterAll(async () => {
    await ff?.close();
    await sim?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('reads the list from storage.managed and shows the firewall as set by the administrator', async () => {
    const managed = await ff.inExtension(
      () =>
        (
          globalThis as unknown as { browser: { storage: { managed: { get(k: null): Promise<object> } } } }
        ).browser.storage.managed.get(null),
      null,
    );
    expect(managed).toEqual({ enabledOrigins: [sim.url] });
    await waitForMarking(traffic);
    const options = ff.extensionPage;
    await options.bringToFront();
    await options.locator(`ul.firewalls code::-p-text(${sim.url})`).wait();
    expect(await options.$eval('ul.firewalls', (el) => el.textContent)).toContain(
      'set by your administrator',
    );
  });

  it('the popup refuses to disable it, saying why', async () => {
    const popup = await openPopup(ff, await tabIdOf(ff, traffic));
    await waitForPopupText(popup, /Disable on this firewall/);
    await clickButton(popup, 'Disable on this firewall');
    await popup.locator('.note::-p-text(administrator)').wait();
    expect(await popup.$eval('.note', (el) => el.textContent)).toBe(
      'Your administrator enabled this firewall; it cannot be disabled here.',
    );
    expect((await waitForMarking(traffic)).expectedFlagged.length).toBeGreaterThan(0);
    await popup.close();
  });
});
