// What the popup shows for one tab, decided without any DOM so it can be tested with fakes.

import type { PageStatus } from '../messages';
import { originOfUrl, patternForOrigin } from './origins';
import { requestStatus, type StatusTabsApi } from './page-status';

export type PopupState =
  /** The tab is gone, or its address is hidden from us (no activeTab, no host grant). */
  | { kind: 'no-tab' }
  /** chrome://, about:, a file, the store... */
  | { kind: 'not-web' }
  | { kind: 'not-enabled'; tabId: number; origin: string }
  /** Enabled, but no content script answers: the tab was opened before, or is loading. */
  | { kind: 'no-answer'; tabId: number; origin: string }
  /** Enabled, the content script runs, and sees no PAN-OS web UI. */
  | { kind: 'not-panos'; tabId: number; origin: string }
  | { kind: 'status'; tabId: number; origin: string; status: PageStatus };

export interface PopupApi {
  tabs: StatusTabsApi & {
    get(tabId: number): Promise<{ id?: number; url?: string } | undefined>;
    query(query: { active: true; currentWindow: true }): Promise<{ id?: number; url?: string }[]>;
  };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
}

/**
 * `?tabId=N` in the popup's URL targets that tab instead of the active one, so a test (or a
 * user) can open chrome-extension://<id>/popup.html?tabId=N as an ordinary page.
 */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
}

async function findTab(api: PopupApi, tabId: number | null) {
  if (tabId !== null) return api.tabs.get(tabId).catch(() => undefined);
  const [active] = await api.tabs.query({ active: true, currentWindow: true });
  return active;
}

/**
 * `exactOrigin` tells whether this exact origin (port included) is on, beyond the browser's
 * grant: a grant for the host covers every port, an enabled firewall only its own.
 */
export async function resolvePopupState(
  api: PopupApi,
  requestedTabId: number | null,
  exactOrigin: (origin: string) => Promise<boolean> = async () => true,
): Promise<PopupState> {
  const tab = await findTab(api, requestedTabId);
  if (tab?.id === undefined || tab.url === undefined) return { kind: 'no-tab' };
  const origin = originOfUrl(tab.url);
  if (origin === null) return { kind: 'not-web' };
  const tabId = tab.id;
  const enabled =
    (await api.permissions.contains({ origins: [patternForOrigin(origin)] })) && (await exactOrigin(origin));
  if (!enabled) return { kind: 'not-enabled', tabId, origin };
  const status = await requestStatus(api.tabs, tabId);
  if (status === null) return { kind: 'no-answer', tabId, origin };
  if (status.panosSigns.length === 0 && !status.loginPage) return { kind: 'not-panos', tabId, origin };
  return { kind: 'status', tabId, origin, status };
}
