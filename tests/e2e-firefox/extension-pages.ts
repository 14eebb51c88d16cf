// The extension's own pages in Firefox: the popup opened as a tab for a given firewall tab
// (popup.html?tabId=N, as the Chromium suite does), its text, and what the WebExtension API
// reports (grants, registered scripts, storage), asked from an extension page.

import type { Page } from 'puppeteer-core';
import { type FirefoxWithExtension, openExtensionPage, reloadExtensionPage, sleep } from './firefox';

type Api = {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  storage: {
    local: { get(k: null | string): Promise<Record<string, unknown>> };
    sync: { get(k: null): Promise<Record<string, unknown>> };
  };
};

/**
 * The tab id the extension sees for the tab showing `page` (needs the host grant there). Several
 * tabs may show the same URL: the page is brought to the front and the active one taken.
 */
export async function tabIdOf(ff: FirefoxWithExtension, page: Page): Promise<number> {
  const url = page.url();
  await page.bringToFront();
  const tabs = await ff.inExtension(
    () => (globalThis as unknown as { browser: Api }).browser.tabs.query({ active: true }),
    null,
  );
  const matching = tabs.filter((tab) => tab.url === url);
  if (matching.length !== 1 || matching[0]?.id === undefined) {
    throw new Error(
      `The extension cannot tell the tab showing ${url}: ${JSON.stringify(tabs.map((t) => t.url))}`,
    );
  }
  return matching[0].id;
}

export async function openPopup(ff: FirefoxWithExtension, tabId: number): Promise<Page> {
  const popup = await ff.browser.newPage();
  await openExtensionPage(popup, `popup.html?tabId=${tabId}`);
  return popup;
}

export async function popupText(popup: Page): Promise<string> {
  // Rendered text on purpose: it keeps the breaks between the status lines that tests read.
  // biome-ignore lint/performance/useDomNodeTextContent: see above
  return popup.evaluate(() => (document.querySelector('main')?.innerText ?? '').replace(/\s+/g, ' '));
}

/** Reopens the popup until its text matches (the content script's status changes over time). */
export async function waitForPopupText(popup: Page, pattern: RegExp, timeout = 15_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    await reloadExtensionPage(popup);
    await popup.waitForFunction(() => !document.body.textContent?.includes('Looking at this tab'));
    text = await popupText(popup);
    if (pattern.test(text)) return text;
    await sleep(300);
  }
  throw new Error(`Popup never matched ${pattern}: ${text}`);
}

/** Clicks the page's button whose text is `label`. */
export async function clickButton(page: Page, label: string): Promise<void> {
  await page.locator(`button::-p-text(${label})`).click();
}

export async function grantedOrigins(ff: FirefoxWithExtension): Promise<string[]> {
  const all = await ff.inExtension(
    () => (globalThis as unknown as { browser: Api }).browser.permissions.getAll(),
    null,
  );
  return all.origins ?? [];
}

export async function registeredScripts(
  ff: FirefoxWithExtension,
): Promise<{ id: string; matches: string[] }[]> {
  const scripts = await ff.inExtension(
    () => (globalThis as unknown as { browser: Api }).browser.scripting.getRegisteredContentScripts(),
    null,
  );
  return scripts.map((s) => ({ id: s.id, matches: s.matches ?? [] }));
}

export async function storageLocal(ff: FirefoxWithExtension): Promise<Record<string, unknown>> {
  return ff.inExtension(
    () => (globalThis as unknown as { browser: Api }).browser.storage.local.get(null),
    null,
  );
}

export async function storageSync(ff: FirefoxWithExtension): Promise<Record<string, unknown>> {
  return ff.inExtension(
    () => (globalThis as unknown as { browser: Api }).browser.storage.sync.get(null),
    null,
  );
}

/** Nothing of ours in the page: no badge, no row mark, no summary. */
export async function untouched(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      document.querySelectorAll('threat-lens-badge, threat-lens-summary, [data-threat-lens]').length === 0,
  );
}
