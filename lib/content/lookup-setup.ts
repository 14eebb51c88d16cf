// Builds, for one firewall origin, the ordered threat-log strategies and the profile resolver,
// from what this page offers (bridge) and what the user stored (API key).

import type { BridgeClient } from '../bridge/bridge-client';
import { createSessionGate } from '../lookup/session-gate';
import { createSlots } from '../lookup/slots';
import { relatedLogStrategy, uiLogStoreStrategy } from '../lookup/strategies/bridge-strategies';
import { xmlApiStrategy } from '../lookup/strategies/xml-api-strategies';
import { type StrategyOutcomes, type ThreatLogStrategy, untriedOutcomes } from '../lookup/strategy';
import { createThreatLogFetcher, type ThreatLogFetcher } from '../lookup/threat-log-fetcher';
import { LruCache } from '../lru-cache';
import { createConfigCache, resolveProfile } from '../panos/resolve-profile';
import type { Explanation, ProfileResolution, ThreatEntry } from '../panos/types';
import { createXmlApiClient } from '../panos/xml-api-client';

type Product = 'firewall' | 'panorama';

export interface LookupSetup {
  fetcher: ThreatLogFetcher;
  outcomes: StrategyOutcomes;
  resolveProfile(entry: ThreatEntry, signal: AbortSignal): Promise<ProfileResolution>;
  cache: LruCache<string, Explanation>;
  gate: ReturnType<typeof createSessionGate>;
}

/** Firefox gives content scripts a privileged fetch without the page's Origin; `content.fetch` is the page's. */
function pageFetch(win: Window): typeof fetch {
  const contentFetch = (globalThis as { content?: { fetch?: typeof fetch } }).content?.fetch;
  return contentFetch ? contentFetch.bind((globalThis as { content?: object }).content) : win.fetch.bind(win);
}

export function createLookupSetup(opts: {
  win: Window;
  origin: string;
  product: Product;
  bridge: BridgeClient | null;
  apiKey: string | null;
  /** The hash's location: a vsys on a firewall, a device group (or '') on Panorama. */
  location: string;
  onOutcome(): void;
}): LookupSetup {
  const { win, origin, product, bridge } = opts;
  const panorama = product === 'panorama';
  const fetchFn = pageFetch(win);
  const cookieClient = createXmlApiClient({ origin, fetch: fetchFn, auth: { kind: 'cookie' } });
  const keyClient = opts.apiKey
    ? createXmlApiClient({ origin, fetch: fetchFn, auth: { kind: 'key', key: opts.apiKey } })
    : null;

  const strategies: ThreatLogStrategy[] = [];
  if (bridge) strategies.push(uiLogStoreStrategy(bridge, panorama));
  strategies.push(xmlApiStrategy('xml-api-cookie', cookieClient, panorama));
  if (keyClient) strategies.push(xmlApiStrategy('xml-api-key', keyClient, panorama));
  if (bridge) strategies.push(relatedLogStrategy(bridge));

  const outcomes = untriedOutcomes();
  const configCache = { cache: createConfigCache(500), origin };
  const deviceGroup = panorama && opts.location && opts.location !== 'shared' ? opts.location : '';
  const locks = (win.navigator as Navigator & { locks?: unknown }).locks as Parameters<typeof createSlots>[2];
  const fetcher = createThreatLogFetcher({
    strategies,
    slots: createSlots(2, `threat-lens:${origin}`, locks),
    outcomes,
    onOutcome: opts.onOutcome,
  });

  // Config reads need an XML API credential that works: the stored key, or the session cookie
  // once the firewall has shown that it accepts it. Otherwise we don't knock on /api/ at all.
  const configClient = () => keyClient ?? (outcomes['xml-api-cookie'] === 'works' ? cookieClient : null);
  return {
    fetcher,
    outcomes,
    cache: new LruCache<string, Explanation>(2000),
    gate: createSessionGate(),
    resolveProfile(entry, signal) {
      const client = configClient();
      return resolveProfile(
        entry,
        {
          product,
          configCache,
          exceptionLocation: panorama ? deviceGroup || 'shared' : undefined,
          exceptionProfiles: bridge
            ? (args: unknown) =>
                bridge.request<unknown>({
                  type: 'direct.call',
                  method: 'MonitorDirect.getThreatExceptionProfiles',
                  args: [args],
                  timeoutMs: 15_000,
                })
            : undefined,
          runningConfig: client
            ? {
                product,
                deviceGroupChain: deviceGroup ? [deviceGroup] : undefined,
                showConfig: (xpath: string, s?: AbortSignal) => client.showConfig(xpath, s),
                op: (cmd: string, s?: AbortSignal) => client.op(cmd, s),
              }
            : undefined,
        },
        signal,
      );
    },
  };
}
