// The options page in Firefox with the package users install (no host permissions): adding a
// firewall asks Firefox for the host from the click (permissions.request), registers the
// scripts and marks its open tab; the switches stay in storage.local; an API key is offered for
// https:// firewalls only, kept in storage.local and shown masked; removing the firewall drops
// the grant, the scripts and the key.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../sim/index';
import { grantedOrigins, registeredScripts, storageLocal, storageSync, untouched } from './extension-pages';
import {
  FIREFOX_STORE_DIR,
  type FirefoxWithExtension,
  launchFirefox,
  reloadExtensionPage,
  sleep,
} from './firefox';
import { logIn, TRAFFIC_HASH, waitForGridLoaded, waitForMarking } from './session';

const SIM_PATTERN = 'http://127.0.0.1/*';
const API_KEY = 'LUFRPT1TZWNyZXRLZXlGb3JUZXN0czEyMzQ1Njc4OTA=';

type Settings = { lookupMode: string; showTraining: boolean; apiKeys: Record<string, string> };

async function settings(ff: FirefoxWithExtension): Promise<Settings | undefined> {
  return (await storageLocal(ff)).settings as Settings | undefined;
}

/** The label element's control, found by the label's text. */
async function clickLabel(page: Page, text: string): Promise<void> {
  await page.locator(`label::-p-text(${text})`).click();
}

async function isChecked(page: Page, text: string): Promise<boolean> {
  return page.evaluate((text) => {
    const label = Array.from(document.querySelectorAll('label')).find((el) => el.textContent?.includes(text));
    const input = (label?.control ?? label?.querySelector('input')) as HTMLInputElement | null;
    return !!input?.checked;
  }, text);
}

/** Clicks Remove on the listed firewall of that origin. */
async function removeFirewall(page: Page, origin: string): Promise<void> {
  for (const item of await page.$$('ul.firewalls li')) {
    if (!(await item.evaluate((el) => el.textContent ?? '')).includes(origin)) continue;
    for (const button of await item.$$('button')) {
      if ((await button.evaluate((el) => el.textContent?.trim())) === 'Remove') await button.click();
    }
  }
}

describe('Firefox: options page (the package users install)', () => {
  let sim: Simulator;
  let ff: FirefoxWithExtension;
  let traffic: Page;
  let options: Page;

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, scenario: 'default' });
    ff = await launchFirefox({ extensionDir: FIREFOX_STORE_DIR, allowPermissionPrompts: true });
    traffic = await ff.browser.newPage();
    await logIn(traffic, sim);
    await traffic.goto(`${sim.url}/${TRAFFIC_HASH}`);
    await waitForGridLoaded(traffic);
    options = ff.extensionPage;
    // Puppeteer's locators wait for visible elements: a background tab never gets there.
    await options.bringToFront();
    await options.locator('::-p-text(No firewall enabled yet.)').wait();
  });
  afterAll(async () => {
    await ff?.close();
    await sim?.close();
  });

  it('starts with no host access, no scripts, and nothing on the firewall tab', async () => {
    expect(await grantedOrigins(ff)).toEqual([]);
    expect(await registeredScripts(ff)).toEqual([]);
    await sleep(500);
    expect(await untouched(traffic)).toBe(true);
  });

  it('refuses what is not one firewall origin, with the reason', async () => {
    await options.locator('#origin').fill('https://*.example.com');
    await options.click('form.add button[type=submit]');
    expect(await options.$eval('.note', (el) => el.textContent)).toContain('wildcards are not allowed');
    await options.locator('#origin').fill('https://fw.example.com/php/login.php');
    await options.click('form.add button[type=submit]');
    expect(await options.$eval('.note', (el) => el.textContent)).toContain('without a path');
    expect(await grantedOrigins(ff)).toEqual([]);
  });

  it('adds a firewall: the host granted from the click, scripts registered and injected into its open tab', async () => {
    await options.locator('#origin').fill(sim.url);
    await options.click('form.add button[type=submit]');
    await options.locator(`ul.firewalls code::-p-text(${sim.url})`).wait();
    expect(await options.$('.note')).toBeNull();
    expect(await grantedOrigins(ff)).toEqual([SIM_PATTERN]);
    expect((await storageLocal(ff)).firewallOrigins).toEqual([sim.url]);
    const scripts = await registeredScripts(ff);
    expect(scripts.map((script) => script.id).sort()).toEqual(['threat-lens-bridge', 'threat-lens-content']);
    for (const script of scripts) expect(script.matches).toEqual([SIM_PATTERN]);
    const marking = await waitForMarking(traffic);
    expect(marking.expectedFlagged.length).toBeGreaterThan(0);
  });

  it('lookup mode and training switches persist in storage.local', async () => {
    await clickLabel(options, 'Only when I hover or click a marked row');
    await expect.poll(async () => (await settings(ff))?.lookupMode).toBe('on-demand');
    await clickLabel(options, 'Training mode');
    await expect.poll(async () => (await settings(ff))?.showTraining).toBe(false);
    await reloadExtensionPage(options);
    await options.locator('ul.firewalls code').wait();
    expect(await isChecked(options, 'Only when I hover or click a marked row')).toBe(true);
    expect(await isChecked(options, 'As soon as the page shows')).toBe(false);
    expect(await isChecked(options, 'Training mode')).toBe(false);
    await clickLabel(options, 'As soon as the page shows');
    await expect.poll(async () => (await settings(ff))?.lookupMode).toBe('prefetch');
  });

  it('offers no API key for an http:// firewall, and says why', async () => {
    await options.waitForSelector('ul.firewalls li [data-reason="not-https"]');
    const list = await options.$eval('ul.firewalls', (el) => el.textContent ?? '');
    expect(list).toContain('over plain http it would cross the network in clear text');
    expect(list).not.toContain('Add an XML API key (optional)');
  });

  it('keeps the API key of an https:// firewall in storage.local only, shows it masked, drops it with the firewall', async () => {
    const HTTPS_FW = 'https://fw.example.invalid';
    await options.locator('#origin').fill(HTTPS_FW);
    await options.click('form.add button[type=submit]');
    await options.locator(`ul.firewalls code::-p-text(${HTTPS_FW})`).wait();
    await options.locator('::-p-text(Add an XML API key (optional))').click();
    const input = await options.waitForSelector('input[type=password]');
    await input?.type(API_KEY);
    await options.locator('button::-p-text(Save key)').click();
    await options.locator('button::-p-text(Remove key)').wait();
    expect(await options.$eval('.api-key code', (el) => el.textContent)).toBe(
      `${API_KEY.slice(0, 2)}••••${API_KEY.slice(-2)}`,
    );
    expect(await options.evaluate(() => document.documentElement.textContent ?? '')).not.toContain(API_KEY);
    const fields = await options.evaluate(() =>
      [...document.querySelectorAll('input, textarea')].map((el) => (el as HTMLInputElement).value).join(' '),
    );
    expect(fields).not.toContain(API_KEY);
    expect((await settings(ff))?.apiKeys).toEqual({ [HTTPS_FW]: API_KEY });
    expect(await storageSync(ff)).toEqual({});
    await removeFirewall(options, HTTPS_FW);
    await expect.poll(async () => (await settings(ff))?.apiKeys).toEqual({});
  });

  it('removes a firewall: grant, scripts, its listing and its API key are gone', async () => {
    await removeFirewall(options, sim.url);
    await options.locator('::-p-text(No firewall enabled yet.)').wait();
    expect(await grantedOrigins(ff)).toEqual([]);
    await expect.poll(() => registeredScripts(ff)).toEqual([]);
    expect((await storageLocal(ff)).firewallOrigins).toEqual([]);
    expect((await settings(ff))?.apiKeys).toEqual({});
  });
});
