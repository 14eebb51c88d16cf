// The content script's life on a firewall tab: do nothing unless this is a PAN-OS UI; answer the
// popup's status requests; on Monitor > Traffic, run one visit per entry (aborted on leave).

import browser from 'webextension-polyfill';
import { createBridgeClient } from '../bridge/bridge-client';
import type { BridgePing } from '../bridge/protocol';
import { recallCookieApi, rememberCookieApi } from '../cookie-api-memory';
import { STRATEGY_IDS } from '../lookup/strategy';
import { isStatusRequest, type PageStatus } from '../messages';
import { findPanosSigns, isLoginPage, parseHash } from '../page/detect';
import { watchTrafficPage } from '../page/page-watch';
import { signFromHashLocation } from '../panos/product-signs';
import { recallProduct, rememberProduct } from '../product-memory';
import { getSettings } from '../settings';
import { recallUnusablePaths, rememberUnusablePath } from '../unusable-paths-memory';
import { createLookupSetup } from './lookup-setup';
import { emptyStatus, reportProduct } from './status';
import { runTrafficVisit } from './traffic-visit';

const STARTED = Symbol.for('threat-lens.started');

export function startThreatLens(win: Window, lifetime: AbortSignal): void {
  const marker = win as unknown as Record<symbol, boolean>;
  if (marker[STARTED]) return; // injected twice (registered script + injection into an open tab)
  marker[STARTED] = true;

  const doc = win.document;
  const status: PageStatus = emptyStatus();
  status.panosSigns = findPanosSigns(doc);
  status.loginPage = isLoginPage(doc);

  const onMessage = (message: unknown) => (isStatusRequest(message) ? Promise.resolve(status) : undefined);
  browser.runtime.onMessage.addListener(onMessage);
  lifetime.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), {
    once: true,
  });

  if (status.loginPage) {
    status.problem = {
      message: 'You are on the PAN-OS login page.',
      fix: 'Log in; the extension starts on Monitor > Traffic.',
    };
    return;
  }
  if (status.panosSigns.length === 0) return; // not a PAN-OS web UI: touch nothing

  void (async () => {
    const bridge = createBridgeClient(doc);
    const ping = await bridge.request<BridgePing>({ type: 'ping' }).catch(() => null);
    const usableBridge = ping?.ext ? bridge : null;
    const settings = await getSettings();
    const origin = win.location.origin;
    const cookieApi = await recallCookieApi(origin).catch(() => null);
    const rememberedProduct = await recallProduct(origin).catch(() => null);
    const unusablePaths = await recallUnusablePaths(origin).catch(() => []);
    const setup = createLookupSetup({
      win,
      origin,
      rememberedProduct,
      pageFlag: ping?.product ?? '',
      onProductLearned: (decision) => {
        rememberProduct(origin, decision).catch(() => {
          // Not remembered: the next page load decides again.
        });
      },
      bridge: usableBridge,
      apiKey: settings.apiKeys[origin] ?? null,
      location: () => parseHash(win.location.hash)?.location ?? '',
      cookieApi,
      unusablePaths,
      onPathUnusable: (id) => {
        rememberUnusablePath(origin, id).catch(() => {
          // Not remembered: the next page load finds it out again, with one query.
        });
      },
      onCookieApiLearned: (answer) => {
        rememberCookieApi(origin, answer).catch(() => {
          // Not remembered: the next page load probes once more.
        });
      },
      onProductChange: () => reportProduct(status, setup.product.status()),
      onOutcome: () => {
        status.strategies = { ...setup.outcomes };
        status.strategyDetails = structuredClone(setup.details);
        // The proven path that answered most often is the one in use.
        status.activeStrategy =
          STRATEGY_IDS.filter((id) => setup.outcomes[id] === 'proven').sort(
            (a, b) => setup.details[b].proven - setup.details[a].proven,
          )[0] ?? null;
      },
    });

    reportProduct(status, setup.product.status());
    const watcher = watchTrafficPage(win, {
      onEnter(signal) {
        status.trafficPage = true;
        setup.gate.reset(); // a page change is the user's retry
        // The first page may have been the dashboard: each visit's location is a sign too.
        setup.product.note([signFromHashLocation(parseHash(win.location.hash)?.location)]);
        runTrafficVisit({
          win,
          bridge: usableBridge,
          setup,
          status,
          settings,
          signal,
          location: parseHash(win.location.hash),
        });
      },
      onLeave() {
        status.trafficPage = false;
        status.rowsVisible = 0;
        status.rowsFlagged = 0;
        status.gridLayout = undefined;
      },
    });
    lifetime.addEventListener(
      'abort',
      () => {
        watcher.stop();
        bridge.dispose();
      },
      { once: true },
    );
  })().catch(() => {
    // Never throw into the page; the popup shows the status we have.
  });
}
