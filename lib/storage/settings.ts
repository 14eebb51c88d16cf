// User settings, typed, in storage.local only. API keys live here and nowhere else: never in
// storage.sync (it leaves the machine), never logged, shown only through maskKey().

import { browser } from 'wxt/browser';
import { apiKeyAllowed, NOT_HTTPS_REASON } from './api-key-policy';

export type LookupMode = 'prefetch' | 'on-demand';

export interface Settings {
  /** prefetch: look every flagged row up when the page shows; on-demand: on hover/click only. */
  lookupMode: LookupMode;
  /** Show the training explanation of each session end reason. */
  showTraining: boolean;
  /** XML API key per firewall origin (scheme://host[:port]), for the last lookup strategy. */
  apiKeys: Record<string, string>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  lookupMode: 'prefetch',
  showTraining: true,
  apiKeys: {},
});

const STORAGE_KEY = 'settings';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads whatever is stored, keeping only well-typed values so a bad write cannot break readers. */
export function coerceSettings(stored: unknown): Settings {
  const raw = isRecord(stored) ? stored : {};
  const apiKeys: Record<string, string> = {};
  if (isRecord(raw.apiKeys)) {
    for (const [origin, key] of Object.entries(raw.apiKeys)) {
      // A key for an http:// origin is never read back, so never sent (api-key-policy.ts).
      if (typeof key === 'string' && key !== '' && apiKeyAllowed(origin)) apiKeys[origin] = key;
    }
  }
  return {
    lookupMode: raw.lookupMode === 'on-demand' ? 'on-demand' : DEFAULT_SETTINGS.lookupMode,
    showTraining: typeof raw.showTraining === 'boolean' ? raw.showTraining : DEFAULT_SETTINGS.showTraining,
    apiKeys,
  };
}

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(STORAGE_KEY);
  return coerceSettings(stored[STORAGE_KEY]);
}

/** Merges a patch into the stored settings; `apiKeys` in a patch replaces the whole map. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = coerceSettings({ ...(await getSettings()), ...patch });
  await browser.storage.local.set({ [STORAGE_KEY]: next });
  return next;
}

export async function setApiKey(origin: string, key: string | null): Promise<Settings> {
  if (key?.trim() && !apiKeyAllowed(origin)) throw new Error(NOT_HTTPS_REASON);
  const { apiKeys } = await getSettings();
  const next = { ...apiKeys };
  if (key?.trim()) next[origin] = key.trim();
  else delete next[origin];
  return saveSettings({ apiKeys: next });
}

/** Calls `onChange` with the new settings whenever they change. Returns the unsubscribe function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && STORAGE_KEY in changes) onChange(coerceSettings(changes[STORAGE_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A key for display: enough to recognise it, never enough to use it. */
export function maskKey(key: string): string {
  if (key.length <= 8) return '••••';
  return `${key.slice(0, 2)}••••${key.slice(-2)}`;
}
