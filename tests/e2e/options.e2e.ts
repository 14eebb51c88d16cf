// The options page in real Chromium with the store build: add and remove a firewall, the lookup
// mode and training switches persist, the API key stays masked and in storage.local only, and
// "Copy diagnostics" carries neither the key nor any log content.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../sim/index';
import { type ExtensionBrowser, launchWithExtension, STORE_EXTENSION_DIR } from './browser';
import {
  allowSiteOnExtensionsPage,
  type ChromeLike,
  grantedOrigins,
  registeredScripts,
} from './extension-ui';
import { waitForGridLoaded, waitForMarking } from './grid-probe';
import { logIn, TRAFFIC_HASH } from './session';

type G = { chrome: ChromeLike };
type Copied = { copied?: string[] };
const API_KEY = 'LUFRPT1TZWNyZXRLZXlGb3JUZXN0czEyMzQ1Njc4OTA=';

async function storageLocal(b: ExtensionBrowser): Promise<Record<string, unknown>> {
  return b.worker.evaluate(() => (globalThis as unknown as G).chrome.storage.local.get(null));
}

async function storedSettings(b: ExtensionBrowser) {
  return (await storageLocal(b)).settings as
    | { lookupMode: string; showTraining: boolean; apiKeys: Record<string, string> }
    | undefined;
}

/** Values from the traffic grid's own records: log content that must never leave in diagnostics. */
async function logValues(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Store = { getCount(): number; getAt(i: number): { data: Record<string, string> } };
    const ext = (window as unknown as { Ext: { ComponentMgr: { all: { items: unknown[] } } } }).Ext;
    const grid = ext.ComponentMgr.all.items.find(
      (item) => (item as { logtype?: string }).logtype === 'traffic',
    ) as { getStore(): Store };
    const store = grid.getStore();
    const values = new Set<string>();
    for (let i = 0; i < store.getCount(); i++) {
      const data = store.getAt(i).data;
      for (const field of ['src', 'dst', 'sessionid', 'rule', 'srcuser', 'serial', 'app', 'from', 'to']) {
        const value = data[field];
        if (typeof value === 'string' && value.length >= 5) values.add(value);
      }
    }
    return [...values];
  });
}

describe('options page (store build)', () => {
  let sim: Simulator;
  let b: ExtensionBrowser;
  let traffic: Page;
  let options: Page;

  /** Chrome grants and registers the firewall's own port. */
  const simPattern = () => `${sim.url}/*`;

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, scenario: 'default' });
    b = await launchWithExtension({ extensionDir: STORE_EXTENSION_DIR });
    // The permission prompt cannot be answered in headless Chromium (see enable-flow.e2e.ts):
    // the simulator's site is allowed on chrome://extensions first, as a user can do by hand.
    await allowSiteOnExtensionsPage(b.context, b.extensionId, simPattern());
    traffic = await b.context.newPage();
    await logIn(traffic, sim);
    await traffic.goto(`${sim.url}/${TRAFFIC_HASH}`);
    await waitForGridLoaded(traffic);
    options = await b.context.newPage();
    // Catch what "Copy diagnostics" puts on the clipboard.
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
    await options.getByText('No firewall enabled yet.').waitFor();
  });
  afterAll(async () => {
    await b?.close();
    await sim?.close();
  });

  it('refuses what is not one firewall origin, with the reason', async () => {
    await options.fill('#origin', 'https://*.example.com');
    await options.click('form.add button[type=submit]');
    expect(await options.locator('.note').textContent()).toContain('wildcards are not allowed');
    await options.fill('#origin', 'https://fw.example.com/php/login.php');
    await options.click('form.add button[type=submit]');
    expect(await options.locator('.note').textContent()).toContain('without a path');
    expect(await grantedOrigins(b.worker)).toEqual([]);
  });

  it('adds a firewall: granted, listed with its port, scripts registered and injected into its open tab', async () => {
    await options.fill('#origin', sim.url);
    await options.click('form.add button[type=submit]'); // the click is the prompt's user gesture
    await options.locator('ul.firewalls code', { hasText: sim.url }).waitFor();
    // The previous case's note goes once the enable reply is in (the list may show first).
    await expect.poll(() => options.locator('.note').allTextContents()).toEqual([]);
    expect(await grantedOrigins(b.worker)).toEqual([simPattern()]);
    expect((await storageLocal(b)).firewallOrigins).toEqual([sim.url]);
    expect((await registeredScripts(b.worker)).length).toBe(2);
    const marking = await waitForMarking(traffic);
    expect(marking.expectedFlagged.length).toBeGreaterThan(0);
  });

  it('lookup mode and training switches persist in storage.local', async () => {
    await options.getByLabel('Only when I hover or click a marked row').check();
    await expect.poll(async () => (await storedSettings(b))?.lookupMode).toBe('on-demand');
    await options.getByLabel('Training mode', { exact: false }).uncheck();
    await expect.poll(async () => (await storedSettings(b))?.showTraining).toBe(false);

    await options.reload();
    await options.locator('ul.firewalls code').first().waitFor();
    expect(await options.getByLabel('Only when I hover or click a marked row').isChecked()).toBe(true);
    expect(await options.getByLabel('As soon as the page shows', { exact: false }).isChecked()).toBe(false);
    expect(await options.getByLabel('Training mode', { exact: false }).isChecked()).toBe(false);

    await options.getByLabel('As soon as the page shows', { exact: false }).check();
    await expect.poll(async () => (await storedSettings(b))?.lookupMode).toBe('prefetch');
  });

  it('offers no API key for an http:// firewall, and says why', async () => {
    const item = options.locator('ul.firewalls li', { hasText: sim.url });
    await item.locator('[data-reason="not-https"]').waitFor();
    expect(await item.textContent()).toContain('over plain http it would cross the network in clear text');
    expect(await item.getByText('Add an XML API key (optional)').count()).toBe(0);
  });

  it('keeps the API key of an https:// firewall in storage.local only, shows it masked, drops it with the firewall', async () => {
    const HTTPS_FW = 'https://fw.example.invalid';
    await allowSiteOnExtensionsPage(b.context, b.extensionId, `${HTTPS_FW}/*`);
    await options.fill('#origin', HTTPS_FW);
    await options.click('form.add button[type=submit]');
    const item = options.locator('ul.firewalls li', { hasText: HTTPS_FW });
    await item.waitFor();
    await item.getByText('Add an XML API key (optional)').click();
    const input = options.getByLabel(`XML API key for ${HTTPS_FW}`);
    expect(await input.getAttribute('type')).toBe('password');
    await input.fill(API_KEY);
    await options.getByText('Save key').click();
    await options.getByText('Remove key').waitFor();

    expect(await options.locator('.api-key code').textContent()).toBe(
      `${API_KEY.slice(0, 2)}••••${API_KEY.slice(-2)}`,
    );
    const pageText = await options.evaluate(() => document.documentElement.textContent ?? '');
    expect(pageText).not.toContain(API_KEY);
    const fieldValues = await options.evaluate(() =>
      [...document.querySelectorAll('input, textarea')].map((el) => (el as HTMLInputElement).value),
    );
    expect(fieldValues.join('\n')).not.toContain(API_KEY);

    expect((await storedSettings(b))?.apiKeys).toEqual({ [HTTPS_FW]: API_KEY });
    const sync = await b.worker.evaluate(() => (globalThis as unknown as G).chrome.storage.sync.get(null));
    expect(sync).toEqual({});
    // Shown masked again after a reload too.
    await options.reload();
    await options.getByText('Remove key').waitFor();
    expect(await options.evaluate(() => document.documentElement.textContent ?? '')).not.toContain(API_KEY);
    await options
      .locator('ul.firewalls li', { hasText: HTTPS_FW })
      .getByText('Remove', { exact: true })
      .click();
    await expect.poll(async () => (await storedSettings(b))?.apiKeys).toEqual({});
  });

  it('copies diagnostics with the UI signs, grid layout and lookup outcomes, and no key, host name or log content', async () => {
    const copied = () => options.evaluate(() => (window as unknown as Copied).copied ?? []);
    await options.getByText('Copy diagnostics').click();
    await expect.poll(async () => (await copied()).length).toBe(1);
    await options.getByText('Copied (1 firewall tab).').waitFor();
    const text = (await copied())[0] as string;
    const report = JSON.parse(text);

    expect(report.settings).toEqual({ lookupMode: 'prefetch', showTraining: false, apiKeysStored: 0 });
    const port = new URL(sim.url).port;
    expect(report.firewallsEnabled).toEqual([{ firewall: `http://firewall-1:${port}`, managed: false }]);
    expect(report.tabs).toHaveLength(1);
    const [tab] = report.tabs;
    expect(tab.firewall).toBe(`http://firewall-1:${port}`);
    expect(tab.apiKeyStored).toBe(false);
    expect(tab.status.panosSigns.length).toBeGreaterThan(0);
    expect(tab.status.trafficPage).toBe(true);
    // The layout read: rows came from the grid's own store records.
    expect(tab.status.rowSource).toBe('store');
    expect(tab.status.rowsVisible).toBeGreaterThan(0);
    // Field names the lookups rely on, found in those records (names only).
    expect(tab.status.gridLayout).toEqual({
      fieldsFound: [
        'action',
        'session_end_reason',
        'sessionid',
        'start',
        'receive_time',
        'rule',
        'rule_uuid',
        'vsys',
        'serial',
      ],
      fieldsMissing: [],
    });
    expect(Object.keys(tab.status.strategies).sort()).toEqual(
      ['related-log', 'ui-log-store', 'xml-api-cookie', 'xml-api-key'].sort(),
    );
    // Per path: counts and a fixed reason code, numbers and names only.
    expect(Object.keys(tab.status.strategyDetails).sort()).toEqual(Object.keys(tab.status.strategies).sort());
    for (const detail of Object.values(tab.status.strategyDetails) as Record<string, unknown>[]) {
      expect(Object.keys(detail).sort()).toEqual(
        ['failed', 'inconclusive', 'note', 'proven', 'retired', 'unavailable'].sort(),
      );
    }

    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain(API_KEY.slice(0, 12));
    expect(text).not.toContain('127.0.0.1');
    const values = await logValues(traffic);
    expect(values.length).toBeGreaterThan(10);
    expect(values.filter((value) => text.includes(value))).toEqual([]);
  });

  it('removes a firewall: grant, scripts, its listing and its API key are gone', async () => {
    await options
      .locator('ul.firewalls li', { hasText: sim.url })
      .getByText('Remove', { exact: true })
      .click();
    await options.getByText('No firewall enabled yet.').waitFor();
    expect(await grantedOrigins(b.worker)).toEqual([]);
    await expect.poll(() => registeredScripts(b.worker)).toEqual([]);
    expect((await storageLocal(b)).firewallOrigins).toEqual([]);
    expect((await storedSettings(b))?.apiKeys).toEqual({});
  });
});
