// Enabling and disabling the extension on one firewall, as the background does it once the
// user has granted (or asked to drop) the host in a click on the popup or options page.

import type { ShellReply } from '../messages';
import { forgetCookieApi } from '../storage/cookie-api-memory';
import { forgetProduct } from '../storage/product-memory';
import { getSettings, saveSettings, setApiKey } from '../storage/settings';
import { forgetUnreadableLogs } from '../storage/unreadable-logs-memory';
import { forgetUnusablePaths } from '../storage/unusable-paths-memory';
import type { ShellApi } from './browser-api';
import {
  addUserOrigin,
  grantedOrigins,
  managedOrigins,
  removeUserOrigins,
  userOrigins,
} from './enabled-origins';
import { sameHost } from './origin-access';
import { originOfUrl, patternCovers, patternForOrigin } from './origins';
import { injectIntoOpenTabs, syncContentScripts } from './registration';

/** Every origin scripts should run on: granted hosts plus (unless skipped) the administrator's list. */
export async function originsToRegister(
  api: Pick<ShellApi, 'permissions' | 'managed'>,
  withManaged = true,
): Promise<string[]> {
  const [granted, managed] = await Promise.all([
    grantedOrigins(api.permissions),
    withManaged ? managedOrigins(api.managed) : [],
  ]);
  return [...new Set([...granted, ...managed])];
}

/**
 * Re-registers scripts for the current grants. Runs one at a time: overlapping syncs would race.
 * `withManaged: false` skips managed storage, which Chromium can leave unanswered for a while
 * after the worker starts: start-up registers the granted hosts at once, then again with it.
 */
export function createSync(api: ShellApi): (withManaged?: boolean) => Promise<void> {
  let chain: Promise<void> = Promise.resolve();
  return (withManaged = true) => {
    chain = chain
      .catch(() => undefined)
      .then(async () => syncContentScripts(api, await originsToRegister(api, withManaged)));
    return chain;
  };
}

export async function enableFirewall(
  api: ShellApi,
  sync: () => Promise<void>,
  origin: string,
): Promise<ShellReply> {
  const granted = await api.permissions.contains({ origins: [patternForOrigin(origin)] });
  if (!granted) return { ok: false, error: `Access to ${origin} was not granted.` };
  await addUserOrigin(origin);
  await sync();
  const injectedTabs = await injectIntoOpenTabs(api, origin);
  return { ok: true, injectedTabs };
}

export async function disableFirewall(
  api: ShellApi,
  sync: () => Promise<void>,
  origin: string,
): Promise<ShellReply> {
  const managed = await managedOrigins(api.managed);
  if (managed.includes(origin)) {
    return { ok: false, error: 'Your administrator enabled this firewall; it cannot be disabled here.' };
  }
  await removeUserOrigins((named) => named === origin);
  await setApiKey(origin, null);
  await forgetCookieApi(origin);
  await forgetProduct(origin);
  await forgetUnusablePaths(origin);
  await forgetUnreadableLogs(origin);
  // The origin's own grant goes; the host-wide one (Firefox, or granted outside this extension)
  // only when no other port of the host (nor the administrator's list) still needs it. While
  // one does, the start-up origin check keeps this port off.
  const hostStillUsed = [...(await userOrigins()), ...managed].some((other) => sameHost(other, origin));
  const own = patternForOrigin(origin);
  const hostWide = patternForOrigin(origin, false);
  const drop = hostStillUsed ? [own].filter((p) => p !== hostWide) : [...new Set([own, hostWide])];
  let error: string | null = null;
  for (const pattern of drop) await api.permissions.remove({ origins: [pattern] }).catch(() => false);
  if (!hostStillUsed && (await api.permissions.contains({ origins: [own] }))) {
    error = 'This build of the extension always has access to this firewall (granted in its manifest).';
  }
  await sync();
  return error ? { ok: false, error } : { ok: true, injectedTabs: 0 };
}

/** When the user revokes a host in the browser's own UI, forget what we kept for it (API keys too). */
export async function forgetRevokedOrigins(api: Pick<ShellApi, 'permissions' | 'managed'>): Promise<void> {
  const kept = (await originsToRegister(api)).map((origin) => patternForOrigin(origin));
  const isRevoked = (origin: string) =>
    !kept.some((pattern) => patternCovers(pattern, patternForOrigin(origin)));
  await removeUserOrigins(isRevoked);
  const { apiKeys } = await getSettings();
  const revokedKeys = Object.keys(apiKeys).filter(
    (origin) => originOfUrl(origin) === null || isRevoked(origin),
  );
  if (revokedKeys.length === 0) return;
  const next = { ...apiKeys };
  for (const origin of revokedKeys) delete next[origin];
  await saveSettings({ apiKeys: next });
}
