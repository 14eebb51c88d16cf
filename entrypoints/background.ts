import { browser } from 'wxt/browser';
import { type BackgroundApi, startBackgroundShell } from '../lib/shell/background-shell';
import type { ScriptingApi, StorageAreaApi } from '../lib/shell/browser-api';
import type { NotifyTabsApi } from '../lib/shell/tab-notifier';

// Managed storage through the browser's own promise API: the polyfill's callback form of
// chrome.storage.managed.get was seen never to answer in Chromium.
const native = globalThis as { chrome?: { storage?: { managed?: StorageAreaApi } } };

// Thin: all logic is in lib/shell, tested with fakes. The extension talks to no server of its own.
export default defineBackground(() => {
  void startBackgroundShell(
    {
      runtime: browser.runtime,
      permissions: browser.permissions,
      permissionEvents: browser.permissions,
      // WXT types executeScript as overloads our one-shape interface cannot name; same call at run time.
      scripting: browser.scripting as unknown as ScriptingApi,
      tabs: browser.tabs,
      managed: native.chrome?.storage?.managed ?? browser.storage.managed,
      storageEvents: browser.storage as unknown as BackgroundApi['storageEvents'],
      notifyTabs: browser.tabs as unknown as NotifyTabsApi,
    },
    (message) => console.warn(message),
  );
});
