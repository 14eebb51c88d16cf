// Launches Debian's Firefox ESR (no browser downloads) over WebDriver BiDi with the built
// Firefox package installed as a temporary add-on, in a throwaway profile, headless.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The e2e build: the Firefox package plus the simulator's host in host_permissions. */
export const FIREFOX_E2E_DIR = resolve('.output/firefox-mv3-e2e');
/** The package users install (and AMO lints): no host permissions at all. */
export const FIREFOX_STORE_DIR = resolve('.output/firefox-mv3');

/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const ADDON_ID = 'threat-lens@panos.example';
/**
 * The moz-extension:// host is a per-profile random uuid; Firefox takes it from this pref when it
 * is set before the add-on is installed, so the tests know where popup.html and options.html are.
 */
export const ADDON_UUID = '6c1d3c7e-8a55-4c4e-9a51-3e0c2f1d7a10';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

export interface FirefoxWithExtension {
  browser: Browser;
  /** A page of the extension's own (options.html), kept open to call the WebExtension API. */
  extensionPage: Page;
  /** Runs a function in an extension page, where the `browser` API is. */
  inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

export async function launchFirefox(
  opts: {
    extensionDir?: string;
    /**
     * Answers Firefox's optional-permission prompt with "Allow" (a browser doorhanger BiDi cannot
     * click). The request itself still comes from a click in an extension page.
     */
    allowPermissionPrompts?: boolean;
    /** Environment for the Firefox process (e.g. HOME, for a managed-storage manifest). */
    env?: Record<string, string>;
  } = {},
): Promise<FirefoxWithExtension> {
  const extensionDir = opts.extensionDir ?? FIREFOX_E2E_DIR;
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`${FIREFOX_PATH} is missing: install Debian's firefox-esr or set FIREFOX_PATH.`);
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build:e2e:firefox\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'threat-lens-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1440, height: 900 },
    // WebDriver BiDi navigates only to web pages unless this flag is given: moz-extension://
    // pages (popup.html, options.html) need it.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, ...(opts.env ?? {}) },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      ...(opts.allowPermissionPrompts ? { 'extensions.webextOptionalPermissionPrompts': false } : {}),
    },
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== ADDON_ID) throw new Error(`Installed ${id}, expected ${ADDON_ID}`);
    const extensionPage = await browser.newPage();
    await openExtensionPage(extensionPage, 'options.html');
    return {
      browser,
      extensionPage,
      inExtension: (fn, arg) => extensionPage.evaluate(fn as never, arg as never) as never,
      async close() {
        await browser.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Shows one of the extension's pages in a tab. Firefox loads moz-extension:// pages in the
 * extension's process, and the BiDi navigation never reports that load as finished (the
 * document is there and scripts run in it): so the navigation is started, not awaited, and the
 * page is polled until its document is the one asked for and has been parsed.
 */
export async function openExtensionPage(page: Page, path: string, timeout = 15_000): Promise<void> {
  const url = `${EXTENSION_ORIGIN}/${path}`;
  page.goto(url, { timeout }).catch(() => {});
  await waitForDocument(page, url, timeout);
}

/** Reloads an extension page (see openExtensionPage for why not page.reload). */
export async function reloadExtensionPage(page: Page, timeout = 15_000): Promise<void> {
  const url = await page.evaluate(() => location.href);
  await page.evaluate(() => {
    document.documentElement.dataset.reloading = '1';
    location.reload();
  });
  await waitForDocument(page, url, timeout, true);
}

async function waitForDocument(page: Page, url: string, timeout: number, fresh = false): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const state = await page
      .evaluate(() => ({
        href: location.href,
        ready: document.readyState === 'complete',
        stale: document.documentElement.dataset.reloading === '1',
      }))
      .catch(() => null);
    if (state && state.href === url && state.ready && !(fresh && state.stale)) return;
    await sleep(100);
  }
  throw new Error(`${url} never loaded`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
