// What a firewall tab's content script may do, decided by the background for the origin the
// browser says the tab shows (never an origin the page claims): whether the extension runs
// there at all (the exact origin, port included), the lookup settings, and that origin's API
// key alone. A content script never reads the stored settings, so it holds no other key.

import type { LookupMode } from '../storage/settings';
import { getSettings } from '../storage/settings';
import type { ShellApi } from './browser-api';
import { originEnabledNow } from './enabled-origins';
import { originOfUrl } from './origins';

export interface PageAccess {
  enabled: boolean;
  lookupMode: LookupMode;
  showTraining: boolean;
  /** This origin's key (https only), or null. */
  apiKey: string | null;
}

export const PAGE_ACCESS_REQUEST = 'threat-lens/page-access';

export function isPageAccessRequest(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === PAGE_ACCESS_REQUEST &&
    Object.keys(message).length === 1
  );
}

const OFF: PageAccess = { enabled: false, lookupMode: 'on-demand', showTraining: false, apiKey: null };

export async function pageAccessFor(
  api: Pick<ShellApi, 'permissions' | 'managed'>,
  senderUrl: string | undefined,
): Promise<PageAccess> {
  const origin = originOfUrl(senderUrl);
  if (!origin) return OFF;
  const [enabled, settings] = await Promise.all([originEnabledNow(api, origin), getSettings()]);
  if (!enabled) return OFF;
  return {
    enabled: true,
    lookupMode: settings.lookupMode,
    showTraining: settings.showTraining,
    // getSettings() already dropped keys for origins a key may not go to.
    apiKey: Object.hasOwn(settings.apiKeys, origin) ? (settings.apiKeys[origin] ?? null) : null,
  };
}

/** Reads the background's answer in the content script: anything odd means off. */
export function readPageAccess(value: unknown): PageAccess {
  if (typeof value !== 'object' || value === null) return OFF;
  const v = value as Record<string, unknown>;
  if (v.enabled !== true) return OFF;
  return {
    enabled: true,
    lookupMode: v.lookupMode === 'on-demand' ? 'on-demand' : 'prefetch',
    showTraining: v.showTraining !== false,
    apiKey: typeof v.apiKey === 'string' && v.apiKey !== '' ? v.apiKey : null,
  };
}

export function sameAccess(a: PageAccess, b: PageAccess): boolean {
  return (
    a.enabled === b.enabled &&
    a.lookupMode === b.lookupMode &&
    a.showTraining === b.showTraining &&
    a.apiKey === b.apiKey
  );
}
