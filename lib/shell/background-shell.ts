// Wires the background: register scripts for every enabled firewall at each start (service
// worker wake-up, browser start, install/update), follow permission changes, answer the popup
// and options pages. Listeners are added synchronously so a woken worker does not miss events.

import type { ShellApi } from './browser-api';
import { createSync, disableFirewall, enableFirewall, forgetRevokedOrigins } from './firewall-access';
import { createShellMessageHandler, type MessageSender } from './message-handler';
import { originsForPattern } from './origins';
import { pageAccessFor } from './page-access';
import { injectIntoOpenTabs } from './registration';
import { createTabNotifier, type NotifyTabsApi, WATCHED_STORAGE_KEYS } from './tab-notifier';

interface EventLike<F> {
  addListener(listener: F): void;
}
type PermissionsListener = (permissions: { origins?: string[] }) => void;

export interface BackgroundApi extends ShellApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    onStartup: EventLike<() => void>;
    onInstalled: EventLike<() => void>;
    // biome-ignore lint/suspicious/noExplicitAny: each browser types onMessage listeners differently
    onMessage: EventLike<any>;
  };
  permissionEvents: { onAdded: EventLike<PermissionsListener>; onRemoved: EventLike<PermissionsListener> };
  /** storage.onChanged: settings and enabled origins reach open tabs at once. */
  storageEvents?: { onChanged: EventLike<(changes: Record<string, unknown>, area: string) => void> };
  notifyTabs?: NotifyTabsApi;
}

/** Starts the shell; returns the initial sync so tests can await it. */
export function startBackgroundShell(api: BackgroundApi, log: (message: string) => void): Promise<void> {
  const sync = createSync(api);
  const syncLogged = (withManaged = true) =>
    sync(withManaged).catch((error: unknown) =>
      log(`Threat Lens: content script registration failed: ${String(error)}`),
    );

  api.runtime.onStartup.addListener(() => void syncLogged());
  api.runtime.onInstalled.addListener(() => void syncLogged());

  // Open firewall tabs ask again what they may do when a key, a setting, an enabled origin or a
  // grant changes: a removed key is not used again, a disabled firewall's tabs go quiet.
  const notify = api.notifyTabs ? createTabNotifier(api.notifyTabs) : () => undefined;
  api.storageEvents?.onChanged.addListener((changes, area) => {
    if (area === 'local' && WATCHED_STORAGE_KEYS.some((key) => key in changes)) notify();
  });
  api.permissionEvents.onRemoved.addListener(() => notify());
  api.permissionEvents.onAdded.addListener(() => notify());

  // Granted from the popup, the options page, or the browser's own site-access menu.
  api.permissionEvents.onAdded.addListener((added) => {
    void syncLogged().then(async () => {
      for (const origin of (added.origins ?? []).flatMap(originsForPattern)) {
        await injectIntoOpenTabs(api, origin).catch(() => 0);
      }
    });
  });
  api.permissionEvents.onRemoved.addListener(() => {
    void forgetRevokedOrigins(api)
      .catch(() => undefined)
      .then(() => syncLogged());
  });

  const handler = createShellMessageHandler({
    extensionId: api.runtime.id,
    extensionBaseUrl: api.runtime.getURL('/'),
    enable: (origin) => enableFirewall(api, () => sync(), origin),
    disable: (origin) => disableFirewall(api, () => sync(), origin),
    pageAccess: (url) => pageAccessFor(api, url),
  });
  api.runtime.onMessage.addListener((message: unknown, sender: MessageSender, sendResponse?: () => void) =>
    handler(message, sender, sendResponse),
  );

  void syncLogged(false);
  return syncLogged();
}
