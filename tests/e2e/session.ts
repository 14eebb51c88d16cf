// Shared set-up for the end-to-end tests: a simulator, a browser with the extension, and a
// logged-in tab on a given PAN-OS page. What the Firefox suite does alike is in
// tests/support/e2e-session.ts.

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { SimOptions, Simulator } from '../sim/index';
import { LOGIN, startWithSimulator, TRAFFIC_HASH } from '../support/e2e-session';
import { type ExtensionBrowser, launchWithExtension } from './browser';

export { TRAFFIC_HASH };
export const SCREENSHOT_DIR = resolve('docs/screenshots');

export interface E2eSession {
  sim: Simulator;
  browser: ExtensionBrowser;
  page: Page;
  /** Errors thrown in the page or logged to its console as errors. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openSession(
  opts: {
    sim?: SimOptions;
    hash?: string;
    extensionDir?: string;
    viewport?: { width: number; height: number };
    /** The browser's time zone (default: this machine's). */
    timeZone?: string;
  } = {},
): Promise<E2eSession> {
  const { sim, browser } = await startWithSimulator(opts.sim ?? {}, () =>
    launchWithExtension({
      extensionDir: opts.extensionDir,
      viewport: opts.viewport,
      timeZone: opts.timeZone,
    }),
  );
  const page = await browser.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await logIn(page, sim);
  await page.goto(`${sim.url}/${opts.hash ?? TRAFFIC_HASH}`);
  return {
    sim,
    browser,
    page,
    pageErrors,
    async close() {
      await browser.close();
      await sim.close();
    },
  };
}

/** Logs in through the simulator's real login form. */
export async function logIn(
  page: Page,
  sim: Simulator,
  user: string = LOGIN.account.user,
  password: string = LOGIN.account.password,
): Promise<void> {
  await page.goto(`${sim.url}${LOGIN.path}`);
  await page.fill(LOGIN.user, user);
  await page.fill(LOGIN.password, password);
  await Promise.all([page.waitForURL((url) => !url.pathname.includes('login')), page.click(LOGIN.submit)]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) });
}

/** Waits until the grid shows rows and our marking has settled (badges match flagged rows). */
export async function waitForGrid(page: Page): Promise<void> {
  await page.waitForSelector('.x-grid3-body .x-grid3-row', { timeout: 20_000 });
}
