// Which firewall origins the extension runs on: those whose host the browser has granted
// (by the user at run time, or by a managed build's manifest), plus those an administrator
// lists in managed storage (`enabledOrigins`), plus the port-bearing origins the user named.

import { browser } from 'wxt/browser';
import type { PermissionsApi, StorageAreaApi } from './browser-api';
import { isOriginEnabled, sameHost } from './origin-access';
import { originOfUrl, originsForPattern, patternCovers, patternForOrigin } from './origins';

/** storage.local key: origins the user enabled, with their ports (the granted pattern has none). */
const USER_ORIGINS_KEY = 'firewallOrigins';
/** storage.managed key an administrator's policy may set. */
export const MANAGED_ORIGINS_KEY = 'enabledOrigins';

function toOrigins(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => (typeof item === 'string' ? (originOfUrl(item) ?? []) : []));
}

export async function grantedOrigins(permissions: PermissionsApi): Promise<string[]> {
  const { origins = [] } = await permissions.getAll();
  return origins.flatMap(originsForPattern);
}

const MANAGED_READ_TIMEOUT_MS = 1000;

/**
 * Managed storage is absent in some browsers, throws without a policy schema, and in Chromium
 * its callback form was seen never to answer at worker start: any of these means none.
 */
export async function managedOrigins(
  managed: StorageAreaApi | undefined,
  timeoutMs = MANAGED_READ_TIMEOUT_MS,
): Promise<string[]> {
  if (!managed) return [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  try {
    const stored = await Promise.race([managed.get(MANAGED_ORIGINS_KEY), timeout]);
    return toOrigins(stored?.[MANAGED_ORIGINS_KEY]);
  } catch {
    return [];
  } finally {
    clearTimeout(timer);
  }
}

export async function userOrigins(): Promise<string[]> {
  const stored = await browser.storage.local.get(USER_ORIGINS_KEY);
  return toOrigins(stored[USER_ORIGINS_KEY]);
}

export async function addUserOrigin(origin: string): Promise<void> {
  const origins = await userOrigins();
  if (!origins.includes(origin))
    await browser.storage.local.set({ [USER_ORIGINS_KEY]: [...origins, origin] });
}

export async function removeUserOrigins(remove: (origin: string) => boolean): Promise<string[]> {
  const origins = await userOrigins();
  const removed = origins.filter(remove);
  if (removed.length > 0) {
    await browser.storage.local.set({ [USER_ORIGINS_KEY]: origins.filter((origin) => !remove(origin)) });
  }
  return removed;
}

export interface EnabledFirewall {
  /** scheme://host[:port]: the port the user gave, or none when only the host was granted. */
  origin: string;
  /** Listed by an administrator's policy: not removable here. */
  managed: boolean;
}

/**
 * Every firewall the extension runs on. A user-named origin counts only while its host is
 * granted; a granted host the user never named shows as its port-less origin.
 */
export async function enabledFirewalls(api: {
  permissions: PermissionsApi;
  managed?: StorageAreaApi;
}): Promise<EnabledFirewall[]> {
  const [granted, managed, named] = await Promise.all([
    grantedOrigins(api.permissions),
    managedOrigins(api.managed),
    userOrigins(),
  ]);
  const grantedPatterns = granted.map((origin) => patternForOrigin(origin));
  const result = new Map<string, EnabledFirewall>();
  for (const origin of named) {
    const pattern = patternForOrigin(origin);
    if (grantedPatterns.some((g) => patternCovers(g, pattern)))
      result.set(origin, { origin, managed: false });
  }
  // A host-wide grant shows as its port-less origin unless a port of that host was named.
  const claimed = [...result.keys(), ...managed];
  for (const origin of granted) {
    if (!claimed.some((other) => sameHost(other, origin))) result.set(origin, { origin, managed: false });
  }
  for (const origin of managed) result.set(origin, { origin, managed: true });
  return [...result.values()].sort((a, b) => a.origin.localeCompare(b.origin));
}

/** Whether this exact origin is on, decided like the content script's start-up check (for the popup). */
export async function originEnabledNow(
  api: { permissions: PermissionsApi; managed?: StorageAreaApi },
  origin: string,
): Promise<boolean> {
  const [granted, named, managed] = await Promise.all([
    grantedOrigins(api.permissions),
    userOrigins(),
    managedOrigins(api.managed),
  ]);
  return isOriginEnabled(origin, { granted, named, managed });
}
