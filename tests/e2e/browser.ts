// Launches Debian Chromium (no browser downloads here) with the built extension loaded, in a
// throwaway profile, headless unless told otherwise.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The e2e build: the normal extension plus a managed-style grant for the simulator's host. */
export const E2E_EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
/** The build users install: no host permissions at all. */
export const STORE_EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(
  opts: {
    extensionDir?: string;
    headless?: boolean;
    viewport?: { width: number; height: number };
    /** More Chromium flags, e.g. `--enable-unsafe-extension-debugging` for CDP's Extensions domain. */
    extraArgs?: string[];
    /** The browser's time zone (the `TZ` of its process), e.g. to differ from the simulated device's. */
    timeZone?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = opts.extensionDir ?? E2E_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build:e2e\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'threat-lens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    ...(opts.timeZone ? { env: { ...process.env, TZ: opts.timeZone } } : {}),
    viewport: opts.viewport ?? { width: 1440, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(opts.extraArgs ?? []),
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
