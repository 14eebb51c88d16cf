// Which sections of the side panel the user left open, remembered in storage.local (never
// synced) so the next panel opens the same way. Unknown or malformed values read as closed.

import { browser } from 'wxt/browser';

const STORAGE_KEY = 'panelSections';

export type PanelSections = Readonly<Record<string, boolean>>;

export function coercePanelSections(stored: unknown): PanelSections {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const open: Record<string, boolean> = {};
  for (const [id, value] of Object.entries(stored)) {
    if (/^[a-z-]{1,40}$/.test(id) && value === true) open[id] = true;
  }
  return open;
}

export async function loadPanelSections(): Promise<PanelSections> {
  const stored = await browser.storage.local.get(STORAGE_KEY);
  return coercePanelSections(stored[STORAGE_KEY]);
}

export async function savePanelSection(id: string, open: boolean): Promise<PanelSections> {
  const next = { ...(await loadPanelSections()) };
  if (open) next[id] = true;
  else delete next[id];
  await browser.storage.local.set({ [STORAGE_KEY]: next });
  return next;
}
