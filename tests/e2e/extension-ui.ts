// The extension's own pages and the browser's extension controls, for the shell e2e tests: the
// popup opened as a page for a given tab, the toolbar button pressed through CDP, the wxt CLI
// (the packages are built by the suite's global set-up), and what the service worker sees
// (grants, registered scripts, storage).

import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/** The few chrome.* calls the tests make in the service worker or an extension page (no @types/chrome here). */
export interface ChromeLike {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  permissions: { getAll(): Promise<{ origins?: string[]; permissions?: string[] }> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  storage: {
    local: { get(keys: null | string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
    sync: { get(keys: null): Promise<Record<string, unknown>> };
  };
  developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
}

/** Chromium flag that opens CDP's Extensions domain (Extensions.triggerAction) to the test. */
export const EXTENSION_DEBUGGING_FLAG = '--enable-unsafe-extension-debugging';

/**
 * Runs the wxt CLI as a developer's shell would. Not with vitest's environment: its
 * NODE_ENV=test makes the JSX transform the development one (jsxDEV with source file names
 * and line numbers in the bundles).
 */
export function runWxt(args: string[], cwd?: string): void {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
  );
  execFileSync('npx', ['wxt', ...args], { cwd, env, stdio: 'pipe', timeout: 60_000 });
}

/**
 * Presses the extension's toolbar button for the tab showing `page`, as a user click does: the
 * real popup opens and the extension gets `activeTab` for that tab. (The popup that opens is a
 * browser UI surface Playwright does not drive; tests use popup.html?tabId=N next to it.)
 */
export async function pressToolbarButton(b: ExtensionBrowser, page: Page): Promise<void> {
  await page.bringToFront();
  const browser = b.context.browser();
  if (!browser) throw new Error('No browser behind the context: cannot open a CDP session.');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] } as never);
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
    if (!tab) throw new Error(`No tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: b.extensionId, targetId: tab.targetId });
  } finally {
    await cdp.detach();
  }
}

/**
 * The browser's tab id for a page, as the extension sees it (needs a grant or activeTab there).
 * Several tabs may show the same URL: the page is brought to the front and the active one taken.
 */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const url = page.url();
  const tabs = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: ChromeLike }).chrome.tabs.query({ active: true }),
  );
  const matching = tabs.filter((t) => t.url === url);
  if (matching.length !== 1 || matching[0]?.id === undefined) {
    throw new Error(`The extension cannot tell the tab showing ${url}: ${JSON.stringify(tabs)}`);
  }
  return matching[0].id;
}

/** popup.html for one tab, opened as an ordinary extension page. */
export async function openPopup(b: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

export async function popupText(popup: Page): Promise<string> {
  // Rendered text on purpose: it keeps the breaks between the status lines that tests read.
  // biome-ignore lint/performance/useDomNodeTextContent: see above
  return (await popup.locator('main').innerText()).replace(/\s+/g, ' ');
}

/** Reopens the popup until its text matches (the content script's status changes over time). */
export async function waitForPopupText(popup: Page, pattern: RegExp, timeout = 15_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    await popup.reload();
    await popup.waitForFunction(() => !document.body.textContent?.includes('Looking at this tab'));
    text = await popupText(popup);
    if (pattern.test(text)) return text;
    await popup.waitForTimeout(300);
  }
  throw new Error(`Popup never matched ${pattern}: ${text}`);
}

export async function grantedOrigins(worker: Worker): Promise<string[]> {
  return (
    (
      await worker.evaluate(() =>
        (globalThis as unknown as { chrome: ChromeLike }).chrome.permissions.getAll(),
      )
    ).origins ?? []
  );
}

export async function registeredScripts(worker: Worker): Promise<{ id: string; matches: string[] }[]> {
  const scripts = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: ChromeLike }).chrome.scripting.getRegisteredContentScripts(),
  );
  return scripts.map((s) => ({ id: s.id, matches: s.matches ?? [] }));
}

/**
 * Adds a site to the extension's "Site access" list on chrome://extensions (what a user does
 * there with "Add a site"). For an optional host it records the user's approval without
 * activating it: a later permissions.request for it resolves without a prompt.
 */
export async function allowSiteOnExtensionsPage(
  context: BrowserContext,
  extensionId: string,
  pattern: string,
): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions');
    await page.evaluate(
      ([id, host]) =>
        (globalThis as unknown as { chrome: ChromeLike }).chrome.developerPrivate.addHostPermission(
          id as string,
          host as string,
        ),
      [extensionId, pattern],
    );
  } finally {
    await page.close();
  }
}

/** Badges currently in the page (content script marks), and whether our script runs there. */
export async function badgeCount(page: Page): Promise<number> {
  return page.locator('threat-lens-badge').count();
}
