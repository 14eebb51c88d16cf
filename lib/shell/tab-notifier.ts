// Tells every open tab's content script that what it may do has changed (it then asks the
// background again). The message carries nothing: the answer depends on the tab's own origin,
// which the background reads from the browser when the script asks. Bursts (disable writes
// several keys) are folded into one notice.

export interface NotifyTabsApi {
  query(query: object): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

export const WATCHED_STORAGE_KEYS = ['settings', 'firewallOrigins'];
export const ACCESS_CHANGED = { type: 'threat-lens/settings-changed' } as const;
const FOLD_MS = 50;

export function createTabNotifier(tabs: NotifyTabsApi, foldMs = FOLD_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const send = async () => {
    timer = null;
    const open = await tabs.query({}).catch(() => []);
    for (const tab of open) {
      // Tabs without our content script refuse the message: nothing to tell them.
      if (tab.id !== undefined) await tabs.sendMessage(tab.id, ACCESS_CHANGED).catch(() => undefined);
    }
  };
  return () => {
    if (timer === null) timer = setTimeout(() => void send(), foldMs);
  };
}
