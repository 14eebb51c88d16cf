// One run of the lookups on a firewall tab, for one set of settings (lookup mode, key): the
// bridge, the lookup setup and the page watcher, all stopped together when the settings change
// or the firewall is disabled (start.ts).

import { createBridgeClient } from '../../lib/bridge/bridge-client';
import type { BridgePing } from '../../lib/bridge/protocol';
import { STRATEGY_IDS } from '../../lib/lookup/strategy';
import type { PageStatus } from '../../lib/messages';
import { parseHash } from '../../lib/page/detect';
import { watchTrafficPage } from '../../lib/page/page-watch';
import { signFromHashLocation } from '../../lib/panos/product-signs';
import type { PageAccess } from '../../lib/shell/page-access';
import { recallCookieApi, rememberCookieApi } from '../../lib/storage/cookie-api-memory';
import { recallProduct, rememberProduct } from '../../lib/storage/product-memory';
import { recallUnreadableLogs, rememberUnreadableLog } from '../../lib/storage/unreadable-logs-memory';
import { recallUnusablePaths, rememberUnusablePath } from '../../lib/storage/unusable-paths-memory';
import { createLookupSetup } from './lookups/lookup-setup';
import { reportProduct } from './product/status';
import { readReleaseSigns } from './release/release-signs';
import { reportUnrecognisedUi } from './release/release-status';
import { type RunningVisit, runTrafficVisit } from './visit/traffic-visit';

export interface PageSession {
  stop: AbortController;
  /** The popup's Retry, for the visit of Monitor > Traffic under way. */
  retry(): void;
}

export function startSession(
  win: Window,
  status: PageStatus,
  access: PageAccess,
  life: AbortSignal,
): PageSession {
  const stop = new AbortController();
  const onLifeEnd = () => stop.abort();
  life.addEventListener('abort', onLifeEnd, { once: true });
  stop.signal.addEventListener('abort', () => life.removeEventListener('abort', onLifeEnd), { once: true });
  let visit: RunningVisit | null = null;

  void (async () => {
    const doc = win.document;
    const bridge = createBridgeClient(doc);
    stop.signal.addEventListener('abort', () => bridge.dispose(), { once: true });
    const ping = await bridge.request<BridgePing>({ type: 'ping' }).catch(() => null);
    if (stop.signal.aborted) return;
    const usableBridge = ping?.ext ? bridge : null;
    const origin = win.location.origin;
    const cookieApi = await recallCookieApi(origin).catch(() => null);
    const rememberedProduct = await recallProduct(origin).catch(() => null);
    const unusablePaths = await recallUnusablePaths(origin).catch(() => []);
    const unreadableLogs = await recallUnreadableLogs(origin).catch(() => ({}));
    if (stop.signal.aborted) return;
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
      apiKey: access.apiKey,
      location: () => parseHash(win.location.hash)?.location ?? '',
      cookieApi,
      unusablePaths,
      unreadableLogs,
      onLogUnreadable: (id, database) => {
        rememberUnreadableLog(origin, id, database).catch(() => {
          // Not remembered: the next page load asks that log once more.
        });
      },
      onPathUnusable: (id) => {
        rememberUnusablePath(origin, id).catch(() => {
          // Not remembered: the next page load finds it out again, with one query.
        });
      },
      onCookieApiLearned: (area, answer) => {
        rememberCookieApi(origin, area, answer).catch(() => {
          // Not remembered: the next page load probes once more.
        });
      },
      onProductChange: () => reportProduct(status, setup.product.status()),
      onOutcome: () => {
        status.strategies = { ...setup.outcomes };
        status.strategyDetails = structuredClone(setup.details);
        status.logDatabases = { ...setup.fetcher.databases };
        status.unreadableDatabases = [...setup.fetcher.unreadable];
        status.xmlApiAccess = { cookie: { ...setup.apiAccess.cookie }, key: { ...setup.apiAccess.key } };
        // The proven path that answered most often is the one in use.
        status.activeStrategy =
          STRATEGY_IDS.filter((id) => setup.outcomes[id] === 'proven').sort(
            (a, b) => setup.details[b].proven - setup.details[a].proven,
          )[0] ?? null;
      },
    });

    reportProduct(status, setup.product.status());
    const watcher = watchTrafficPage(win, {
      onGridMissing(signal) {
        void readReleaseSigns(ping ? bridge : null, doc).then((signs) =>
          reportUnrecognisedUi(status, signs, signal),
        );
      },
      onEnter(signal) {
        status.trafficPage = true;
        status.unrecognisedUi = undefined;
        setup.gate.reset(); // a page change is the user's retry
        // The first page may have been the dashboard: each visit's location is a sign too.
        setup.product.note([signFromHashLocation(parseHash(win.location.hash)?.location)]);
        visit = runTrafficVisit({
          win,
          bridge: usableBridge,
          setup,
          status,
          settings: access,
          signal,
          location: parseHash(win.location.hash),
        });
      },
      onLeave() {
        visit = null;
        status.trafficPage = false;
        status.rowsVisible = 0;
        status.rowsFlagged = 0;
        status.gridLayout = undefined;
      },
    });
    stop.signal.addEventListener('abort', () => watcher.stop(), { once: true });
  })().catch(() => {
    // Never throw into the page; the popup shows the status we have.
  });

  return { stop, retry: () => visit?.retry() };
}
