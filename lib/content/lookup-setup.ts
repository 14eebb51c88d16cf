// Builds, for one firewall origin, the ordered threat-log strategies and the profile resolver,
// from what this page offers (bridge) and what the user stored (API key).

import type { BridgeClient } from '../bridge/bridge-client';
import type { CookieApiAnswer } from '../cookie-api-memory';
import { createFailureBackoff, type FailureBackoff } from '../lookup/failure-backoff';
import { createSessionGate } from '../lookup/session-gate';
import { createSlots } from '../lookup/slots';
import { relatedLogStrategy, uiLogStoreStrategy } from '../lookup/strategies/bridge-strategies';
import { guardKeyStrategy } from '../lookup/strategies/key-guard';
import { xmlApiStrategy } from '../lookup/strategies/xml-api-strategies';
import {
  emptyDetails,
  type StrategyDetails,
  type StrategyId,
  type StrategyOutcomes,
  type ThreatLogStrategy,
  untriedOutcomes,
} from '../lookup/strategy';
import { createThreatLogFetcher, type ThreatLogFetcher } from '../lookup/threat-log-fetcher';
import { LruCache } from '../lru-cache';
import { findTrafficGrid } from '../page/find-grid';
import { readGridFromDom } from '../page/grid-dom-reader';
import { PanosApiError } from '../panos/api-error';
import { createConfigVersions } from '../panos/config-versions';
import { signFromHashLocation, signFromPageFlag } from '../panos/product-signs';
import { createConfigCache, resolveProfile } from '../panos/resolve-profile';
import type { Explanation, ProfileResolution, ThreatEntry } from '../panos/types';
import { createXmlApiClient, type XmlApiClient } from '../panos/xml-api-client';
import type { RememberedProduct } from '../product-memory';
import { createProductDetector, type ProductDetector } from './product-detector';
import { readProductSigns } from './product-signs-api';

const NO_CONFIG_ACCESS =
  'the XML API does not accept this web session; an API key for this firewall can be stored in the options';

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
  /** What an earlier page learned of this firewall's /api/ and the session cookie. */
  cookieApi?: CookieApiAnswer | null;
  onOutcome(): void;
  /** Paths an earlier page found ignoring their filter on this firewall: not asked. */
  unusablePaths?: StrategyId[];
  /** A path returned entries of other sessions: its filter is ignored on this firewall. */
  onPathUnusable?(id: StrategyId): void;
  /** A definite answer on the session cookie at /api/ (not a login page, which expiry gives too). */
  onCookieApiLearned?(answer: CookieApiAnswer): void;
}): LookupSetup {
  const { win, origin, bridge } = opts;
  const fetchFn = pageFetch(win);
  const cookieClient = createXmlApiClient({ origin, fetch: fetchFn, auth: { kind: 'cookie' } });
  const keyClient = opts.apiKey
    ? createXmlApiClient({ origin, fetch: fetchFn, auth: { kind: 'key', key: opts.apiKey } })
    : null;

  // Set only by the firewall's own answers to our requests (a 403 at /api/, now or remembered):
  // the one thing that lets the stored key be used (lib/lookup/strategies/key-guard.ts).
  let cookieRefused = opts.cookieApi === 'unavailable';

  // Every way through the web session first; the key last.
  const strategies: ThreatLogStrategy[] = [];
  const panorama = () => product.product() === 'panorama';
  if (bridge) strategies.push(uiLogStoreStrategy(bridge, panorama));
  strategies.push(xmlApiStrategy('xml-api-cookie', cookieClient, panorama));
  if (bridge) strategies.push(relatedLogStrategy(bridge));
  if (keyClient) {
    strategies.push(
      guardKeyStrategy(xmlApiStrategy('xml-api-key', keyClient, panorama), {
        cookieRefused: () => cookieRefused,
        shownSessionId: (row) => shownSessionId(win.document, row.index),
      }),
    );
  }

  const outcomes = untriedOutcomes();
  const details = emptyDetails();
  for (const id of opts.unusablePaths ?? []) {
    outcomes[id] = 'inconclusive';
    details[id] = { ...details[id], note: 'other-sessions', retired: true };
  }
  // Remembered from an earlier page: the cookie is refused (a path not there), or accepted.
  if (opts.cookieApi) outcomes['xml-api-cookie'] = opts.cookieApi === 'works' ? 'proven' : 'unavailable';
  /** /api/ answered with the cookie: any answer but a refusal (an empty one still answered). */
  const cookieAccepted = () =>
    outcomes['xml-api-cookie'] === 'proven' ||
    (outcomes['xml-api-cookie'] === 'inconclusive' &&
      (details['xml-api-cookie'].note === 'empty' || details['xml-api-cookie'].note === 'other-sessions'));
  const configCache = { cache: createConfigCache(500), origin };
  const locks = (win.navigator as Navigator & { locks?: unknown }).locks as Parameters<typeof createSlots>[2];
  const fetcher = createThreatLogFetcher({
    strategies,
    slots: createSlots(2, `threat-lens:${origin}`, locks),
    outcomes,
    details,
    onOutcome: (id, outcome, note) => {
      if (note === 'other-sessions' && details[id].retired) opts.onPathUnusable?.(id);
      // The fetcher marks the cookie strategy 'unavailable' only on a refusal (403), never on expiry.
      if (id === 'xml-api-cookie' && (cookieAccepted() || outcome === 'unavailable')) {
        cookieRefused = outcome === 'unavailable';
        opts.onCookieApiLearned?.(outcome === 'unavailable' ? 'unavailable' : 'works');
      }
      opts.onOutcome();
    },
  });

  // Config reads need an XML API credential that works: the stored key, or the session cookie
  // if the firewall accepts it, which we probe once (the threat-log strategies may never have
  // needed the XML API) and remember. Without one we don't knock on /api/ again.
  let cookieProbe: Promise<boolean> | null = null;
  async function configClient(): Promise<XmlApiClient | null> {
    if (cookieAccepted()) return cookieClient;
    // The key only once the firewall refused the web session at /api/.
    if (cookieRefused) return keyClient;
    if (outcomes['xml-api-cookie'] !== 'untried') return null;
    // Probed once per page: whatever the answer, the config is not asked for through it again.
    cookieProbe ??= cookieClient
      .probe()
      .catch(() => 'unavailable' as const)
      .then((answer) => {
        if (outcomes['xml-api-cookie'] === 'untried') {
          outcomes['xml-api-cookie'] = answer === 'works' ? 'proven' : 'unavailable';
          opts.onOutcome();
          if (answer === 'works' || answer === 'unauthorized') {
            opts.onCookieApiLearned?.(answer === 'works' ? 'works' : 'unavailable');
          }
        }
        if (answer === 'unauthorized') cookieRefused = true;
        return answer === 'works';
      });
    if (await cookieProbe) return cookieClient;
    return cookieRefused ? keyClient : null;
  }

  async function requireConfigClient(): Promise<XmlApiClient> {
    const client = await configClient();
    if (!client) throw new Error(NO_CONFIG_ACCESS);
    return client;
  }

  /** A config read; a cookie refused now (remembered from an earlier page) is noted as such. */
  async function readConfig<T>(read: (client: XmlApiClient) => Promise<T>): Promise<T> {
    const client = await requireConfigClient();
    try {
      return await read(client);
    } catch (error) {
      if (client === cookieClient && error instanceof PanosApiError && error.kind === 'unauthorized') {
        cookieRefused = true;
        outcomes['xml-api-cookie'] = 'unavailable';
        opts.onOutcome();
        opts.onCookieApiLearned?.('unavailable');
      }
      throw error;
    }
  }

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
    noteConfigVersions(logs) {
      versions.note(logs);
    },
    cache: new LruCache<string, Explanation>(2000),
    gate: createSessionGate(),
    backoff: createFailureBackoff(),
    async resolveProfile(entry, signal) {
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
                    readConfig((client) => client.showConfig(xpath, s)),
                  op: (cmd: string, s?: AbortSignal) => readConfig((client) => client.op(cmd, s)),
                },
        },
        signal,
      );
    },
  };
}
