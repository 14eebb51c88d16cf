// Shared set-up for the end-to-end tests: a simulator, a browser with the extension, and a
// logged-in tab on a given PAN-OS page.

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type SimOptions, type Simulator, startSimulator } from '../sim/index';
import { type ExtensionBrowser, launchWithExtension } from './browser';

export const TRAFFIC_HASH = '#monitor::vsys1::monitor/logs/traffic';
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
  const sim = await startSimulator(opts.sim ?? {});
  const browser = await launchWithExtension({
    extensionDir: opts.extensionDir,
    viewport: opts.viewport,
    timeZone: opts.timeZone,
  });
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
export async function logIn(page: Page, sim: Simulator, user = 'admin', password = 'admin'): Promise<void> {
  await page.goto(`${sim.url}/php/login.php`);
  await page.fill('#user', user);
  await page.fill('#passwd', password);
  await Promise.all([page.waitForURL((url) => !url.pathname.includes('login')), page.click('#submit')]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) });
}

/** Waits until the grid shows rows and our marking has settled (badges match flagged rows). */
export async function waitForGrid(page: Page): Promise<void> {
  await page.waitForSelector('.x-grid3-body .x-grid3-row', { timeout: 20_000 });
}
