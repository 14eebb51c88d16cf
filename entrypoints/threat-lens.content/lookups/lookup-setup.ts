// Builds, for one firewall origin, the ordered threat-log strategies and the profile resolver,
// from what this page offers (bridge) and what the user stored (API key).

import type { BridgeClient } from '../../../lib/bridge/bridge-client';
import { createFailureBackoff, type FailureBackoff } from '../../../lib/lookup/failure-backoff';
import { LookupFailure, toLookupFailure } from '../../../lib/lookup/lookup-errors';
import { createSessionGate } from '../../../lib/lookup/session-gate';
import { createSlots } from '../../../lib/lookup/slots';
import { relatedLogStrategy, uiLogStoreStrategy } from '../../../lib/lookup/strategies/bridge-strategies';
import { databaseSkips } from '../../../lib/lookup/strategies/every-database';
import { guardKeyStrategy } from '../../../lib/lookup/strategies/key-guard';
import { xmlApiStrategy } from '../../../lib/lookup/strategies/xml-api-strategies';
import {
  emptyDetails,
  type StrategyDetails,
  type StrategyId,
  type StrategyOutcomes,
  type ThreatLogStrategy,
  untriedOutcomes,
} from '../../../lib/lookup/strategy';
import { createThreatLogFetcher, type ThreatLogFetcher } from '../../../lib/lookup/threat-log-fetcher';
import { LruCache } from '../../../lib/lru-cache';
import { findTrafficGrid } from '../../../lib/page/find-grid';
import { readGridFromDom } from '../../../lib/page/grid-dom-reader';
import type { ApiArea } from '../../../lib/panos/api/role-access';
import { roleDeniedFix, roleDeniedMessage } from '../../../lib/panos/api/role-access';
import { createXmlApiClient } from '../../../lib/panos/api/xml-api-client';
import { signFromHashLocation, signFromPageFlag } from '../../../lib/panos/product-signs';
import { createConfigVersions } from '../../../lib/panos/profiles/config-versions';
import { createConfigCache, resolveProfile } from '../../../lib/panos/profiles/resolve-profile';
import type { Explanation, LogDatabase, ProfileResolution, ThreatEntry } from '../../../lib/panos/types';
import type { ApiAccessBook } from '../../../lib/status/access-book';
import type { CookieApiAnswer, CookieApiKnowledge } from '../../../lib/storage/cookie-api-memory';
import type { RememberedProduct } from '../../../lib/storage/product-memory';
import type { UnreadableLogs } from '../../../lib/storage/unreadable-logs-memory';
import { createProductDetector, type ProductDetector } from '../product/product-detector';
import { readProductSigns } from '../product/product-signs-api';
import { accessBookFrom, learningClient, probingLogsFirst, settledAreas } from './api-access';
import { createConfigReader } from './config-reader';

export interface LookupSetup {
  fetcher: ThreatLogFetcher;
  outcomes: StrategyOutcomes;
  details: StrategyDetails;
  resolveProfile(entry: ThreatEntry, signal: AbortSignal): Promise<ProfileResolution>;
  cache: LruCache<string, Explanation>;
  gate: ReturnType<typeof createSessionGate>;
  /** `config_ver` of logs the page shows: per device, the newest is the version known to be current. */
  noteConfigVersions(logs: Iterable<{ serial: string; configVer: string }>): void;
  /** Panorama or firewall, from known signs (decided once per origin). */
  product: ProductDetector;
  /** Failure delay for this firewall, kept across visits of Monitor > Traffic. */
  backoff: FailureBackoff;
  /** What the XML API said of the cookie and the stored key, per request type (log, config). */
  apiAccess: Readonly<ApiAccessBook>;
}

/** The session id the rendered grid shows in row `index`, if its Session ID column is visible. */
function shownSessionId(doc: Document, index: number): string | null {
  const grid = findTrafficGrid(doc);
  if (!grid) return null;
  const dom = readGridFromDom(grid.root);
  const visible = dom.columns.some((column) => column.field === 'sessionid' && !column.hidden);
  return visible ? (dom.rows[index]?.fields.sessionid?.trim() ?? null) : null;
}

/**
 * Firefox gives content scripts a privileged fetch without the page's Origin; `content.fetch` is
 * the page's. Which browser this is was fixed when the extension was built, not read from a
 * global a page could shape.
 */
export function pageFetch(win: Window, firefox = import.meta.env.FIREFOX === true): typeof fetch {
  if (!firefox) return win.fetch.bind(win);
  const content = (globalThis as { content?: { fetch?: typeof fetch } }).content;
  return typeof content?.fetch === 'function' ? content.fetch.bind(content) : win.fetch.bind(win);
}

export function createLookupSetup(opts: {
  win: Window;
  origin: string;
  /** What an earlier page decided for this origin (Panorama or firewall), if anything. */
  rememberedProduct?: RememberedProduct | null;
  /** The product as the page's own flag says it ('' when it says nothing): a hint only. */
  pageFlag?: string;
  onProductLearned?(decision: RememberedProduct): void;
  /** The product decision changed (new signs): for the status the popup shows. */
  onProductChange?(): void;
  bridge: BridgeClient | null;
  apiKey: string | null;
  /** The hash's location now: a vsys on a firewall, a device group (or '') on Panorama. */
  location(): string;
  /** What an earlier page learned of this firewall's /api/ and the session cookie, per request type. */
  cookieApi?: CookieApiKnowledge | null;
  onOutcome(): void;
  /** Paths an earlier page found ignoring their filter on this firewall: not asked. */
  unusablePaths?: StrategyId[];
  /** A path returned entries of other sessions: its filter is ignored on this firewall. */
  onPathUnusable?(id: StrategyId): void;
  /** Logs each path found refused on an earlier visit (the admin role may not read them): not asked. */
  unreadableLogs?: UnreadableLogs;
  /** A path found one log refused (the others answered): worth remembering for this firewall. */
  onLogUnreadable?(id: StrategyId, database: LogDatabase): void;
  /** A definite answer on the session cookie at /api/ (not a login page, which expiry gives too). */
  onCookieApiLearned?(area: ApiArea, answer: CookieApiAnswer): void;
}): LookupSetup {
  const { win, origin, bridge } = opts;
  const fetchFn = pageFetch(win);
  const access = accessBookFrom(opts.cookieApi);
  const outcomes = untriedOutcomes();
  const details = emptyDetails();
  for (const id of opts.unusablePaths ?? []) {
    outcomes[id] = 'inconclusive';
    details[id] = { ...details[id], note: 'other-sessions', retired: true };
  }
  // Remembered from an earlier page: the cookie is refused (or its role may not read logs), or accepted.
  if (access.cookie.log === 'works') outcomes['xml-api-cookie'] = 'proven';
  else if (access.cookie.log !== 'untried') outcomes['xml-api-cookie'] = 'unavailable';
  // Set only by the firewall's own answers to our requests (a 403 Invalid Credential at /api/,
  // now or remembered): the one thing that lets the stored key be used (key-guard.ts).
  const cookieRefused = () => access.cookie.log === 'refused' || access.cookie.config === 'refused';

  const learnCookie = (area: ApiArea, answer: CookieApiAnswer) => {
    for (const settled of settledAreas(area, answer)) {
      if (access.cookie[settled] === answer) continue;
      access.cookie[settled] = answer;
      // The log strategy is not asked again once the cookie (or its role) is refused logs.
      if (settled === 'log' && answer !== 'works') outcomes['xml-api-cookie'] = 'unavailable';
      opts.onCookieApiLearned?.(settled, answer);
    }
    opts.onOutcome();
  };
  const learnKey = (area: ApiArea, answer: CookieApiAnswer) => {
    for (const settled of settledAreas(area, answer)) access.key[settled] = answer;
    opts.onOutcome();
  };
  const cookieClient = learningClient(
    createXmlApiClient({ origin, fetch: fetchFn, auth: { kind: 'cookie' } }),
    learnCookie,
    (area) => access.cookie[area],
  );
  const keyClient = opts.apiKey
    ? learningClient(
        createXmlApiClient({ origin, fetch: fetchFn, auth: { kind: 'key', key: opts.apiKey } }),
        learnKey,
        (area) => access.key[area],
      )
    : null;

  // Every way through the web session first; the key last.
  const strategies: ThreatLogStrategy[] = [];
  const panorama = () => product.product() === 'panorama';
  const skipsFor = (id: StrategyId) =>
    databaseSkips(opts.unreadableLogs?.[id] ?? [], (database) => opts.onLogUnreadable?.(id, database));
  if (bridge) strategies.push(uiLogStoreStrategy(bridge, panorama, skipsFor('ui-log-store')));
  const cookieLogs = probingLogsFirst(cookieClient, () => access.cookie.log);
  strategies.push(xmlApiStrategy('xml-api-cookie', cookieLogs, panorama, skipsFor('xml-api-cookie')));
  if (bridge) strategies.push(relatedLogStrategy(bridge));
  if (keyClient) {
    const keyLogs = probingLogsFirst(keyClient, () => access.key.log);
    strategies.push(
      guardKeyStrategy(xmlApiStrategy('xml-api-key', keyLogs, panorama, skipsFor('xml-api-key')), {
        cookieRefused,
        shownSessionId: (row) => shownSessionId(win.document, row.index),
      }),
    );
  }

  const configCache = { cache: createConfigCache(500), origin };
  const locks = (win.navigator as Navigator & { locks?: unknown }).locks as Parameters<typeof createSlots>[2];
  const threatLog = createThreatLogFetcher({
    strategies,
    slots: createSlots(2, `threat-lens:${origin}`, locks),
    outcomes,
    details,
    onOutcome: (id, _outcome, note) => {
      if (note === 'other-sessions' && details[id].retired) opts.onPathUnusable?.(id);
      opts.onOutcome();
    },
  });
  // When no way works and the session's role is what refused the XML API logs, say so.
  const fetcher: ThreatLogFetcher = {
    outcomes,
    details,
    databases: threatLog.databases,
    unreadable: threatLog.unreadable,
    async fetch(rows, signal) {
      const fetched = await threatLog.fetch(rows, signal);
      const { problem: found } = fetched;
      if (!found || found.kind === 'failed' || access.cookie.log !== 'role-denied') return fetched;
      // The role is the one thing the admin can change: its fix is the one to show.
      const problem = new LookupFailure(
        found.kind,
        `${found.message} ${roleDeniedMessage('log')}`,
        roleDeniedFix('log'),
      );
      return { ...fetched, problem };
    },
  };

  const readConfig = createConfigReader({ access, cookieClient, keyClient, cookieRefused });

  const versions = createConfigVersions();
  const product = createProductDetector({
    remembered: opts.rememberedProduct ?? null,
    initialSigns: [signFromPageFlag(opts.pageFlag), signFromHashLocation(opts.location())],
    readApiSigns: (signal) => readProductSigns(readConfig, signal),
    remember: opts.onProductLearned,
    onChange: () => opts.onProductChange?.(),
  });

  return {
    fetcher,
    outcomes,
    product,
    details,
    apiAccess: access,
    noteConfigVersions(logs) {
      versions.note(logs);
    },
    cache: new LruCache<string, Explanation>(2000),
    gate: createSessionGate(),
    backoff: createFailureBackoff(),
    async resolveProfile(entry, signal) {
      try {
        return await resolveWith(entry, signal);
      } catch (error) {
        // Only an expired session or a cancel is thrown; the page lookup sees LookupFailure.
        throw toLookupFailure(error, 'page');
      }
    },
  };

  async function resolveWith(entry: ThreatEntry, signal: AbortSignal): Promise<ProfileResolution> {
    const known = await product.settle(signal);
    const onPanorama = known === 'panorama';
    const location = opts.location();
    const deviceGroup = onPanorama && location && location !== 'shared' ? location : '';
    const currentConfigVersion = versions.currentFor(entry.serial);
    return resolveProfile(
      entry,
      {
        product: onPanorama ? 'panorama' : 'firewall',
        configCache,
        // Panorama viewed from "All": no device group; the UI then uses the rule's own location.
        exceptionLocation: onPanorama ? deviceGroup : undefined,
        exceptionProfiles: bridge
          ? (args: unknown) =>
              bridge.request<unknown>({
                type: 'direct.call',
                method: 'MonitorDirect.getThreatExceptionProfiles',
                args: [args],
                timeoutMs: 15_000,
              })
          : undefined,
        currentConfigVersion: currentConfigVersion || undefined,
        // Panorama's own config does not move with a firewall's commit counter.
        configCacheVersion: onPanorama ? '' : currentConfigVersion,
        // Not knowing the product, no xpath can be trusted: the config is not read.
        noConfigReason:
          known === 'unknown'
            ? 'Whether this is Panorama or a firewall is not known, so the configuration was not read.'
            : undefined,
        // Lazy: the XML API is asked (and probed) only when the config is really needed.
        runningConfig:
          known === 'unknown'
            ? undefined
            : {
                product: onPanorama ? 'panorama' : 'firewall',
                currentConfigVersion: currentConfigVersion || undefined,
                deviceGroupChain: deviceGroup ? [deviceGroup] : undefined,
                showConfig: (xpath: string, s?: AbortSignal) =>
                  readConfig('config', (client) => client.showConfig(xpath, s)),
                op: (cmd: string, s?: AbortSignal) => readConfig('op', (client) => client.op(cmd, s)),
              },
      },
      signal,
    );
  }
}
