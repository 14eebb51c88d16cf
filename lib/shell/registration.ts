// Content scripts are registered at run time for exactly the enabled firewall origins, never in
// the manifest: a fresh install can read no site at all.

import type { ContentScriptSpec, ScriptingApi, TabsApi } from './browser-api';
import { originOfUrl, patternForOrigin } from './origins';

export const BRIDGE_SCRIPT_ID = 'threat-lens-bridge';
export const CONTENT_SCRIPT_ID = 'threat-lens-content';
/** Built by the lead's entrypoints: entrypoints/panos-bridge.ts and entrypoints/threat-lens.content/. */
export const BRIDGE_FILE = 'panos-bridge.js';
export const CONTENT_FILE = 'content-scripts/threat-lens.js';
const SCRIPT_IDS = [BRIDGE_SCRIPT_ID, CONTENT_SCRIPT_ID];

/** The two scripts for a set of origins. The bridge must run in the page's own world to see ExtJS. */
export function scriptSpecs(origins: readonly string[]): ContentScriptSpec[] {
  const matches = [...new Set(origins.map((origin) => patternForOrigin(origin)))].sort();
  return [
    {
      id: BRIDGE_SCRIPT_ID,
      js: [BRIDGE_FILE],
      matches,
      runAt: 'document_idle',
      world: 'MAIN',
      allFrames: false,
    },
    {
      id: CONTENT_SCRIPT_ID,
      js: [CONTENT_FILE],
      matches,
      runAt: 'document_idle',
      world: 'ISOLATED',
      allFrames: false,
    },
  ];
}

/** Makes the registered scripts match exactly `origins`: register, update, or unregister. */
export async function syncContentScripts(api: { scripting: ScriptingApi }, origins: readonly string[]) {
  const { scripting } = api;
  const registered = new Set(
    (await scripting.getRegisteredContentScripts({ ids: SCRIPT_IDS })).map((script) => script.id),
  );
  if (origins.length === 0) {
    const ids = SCRIPT_IDS.filter((id) => registered.has(id));
    if (ids.length > 0) await scripting.unregisterContentScripts({ ids });
    return;
  }
  const specs = scriptSpecs(origins);
  const toUpdate = specs.filter((spec) => registered.has(spec.id));
  const toRegister = specs.filter((spec) => !registered.has(spec.id));
  if (toUpdate.length > 0) await scripting.updateContentScripts(toUpdate);
  // persistAcrossSessions is Chrome's default; we re-sync at every start anyway.
  if (toRegister.length > 0) await scripting.registerContentScripts(toRegister);
}

/**
 * Registered scripts only reach pages loaded later; this brings open tabs of `origin` in line.
 * The bridge goes first so the content script finds it. Both scripts are idempotent.
 */
export async function injectIntoOpenTabs(
  api: { tabs: TabsApi; scripting: ScriptingApi },
  origin: string,
): Promise<number> {
  const tabs = await api.tabs.query({ url: patternForOrigin(origin) });
  let injected = 0;
  for (const tab of tabs) {
    if (tab.id === undefined || originOfUrl(tab.url) !== origin) continue;
    try {
      const target = { tabId: tab.id };
      await api.scripting.executeScript({ target, files: [BRIDGE_FILE], world: 'MAIN' });
      await api.scripting.executeScript({ target, files: [CONTENT_FILE], world: 'ISOLATED' });
      injected++;
    } catch {
      // The tab navigated away or shows an error page: the registered scripts cover its next load.
    }
  }
  return injected;
}
