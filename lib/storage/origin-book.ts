// What the extension keeps per firewall origin in storage.local, under one key: read through the
// owner's coerce (stored data is never trusted as is), written keeping only the most recently
// touched origins, and forgotten whole when the firewall is removed.

import { browser } from 'wxt/browser';

export interface OriginBook<Entry> {
  read(): Promise<Record<string, Entry>>;
  /** Writes the book with `entry` for `origin`, keeping the `maxOrigins` newest. */
  write(book: Record<string, Entry>, origin: string, entry: Entry): Promise<void>;
  forget(origin: string): Promise<void>;
}

export function originBook<Entry>(opts: {
  key: string;
  coerce(stored: unknown): Record<string, Entry>;
  /** When the entry was last touched (ms), for keeping the newest. */
  touchedAt(entry: Entry): number;
  maxOrigins?: number;
}): OriginBook<Entry> {
  const { key, coerce, touchedAt, maxOrigins = 64 } = opts;
  const read = async () => coerce((await browser.storage.local.get(key))[key]);
  return {
    read,
    async write(book, origin, entry) {
      const kept = Object.entries({ ...book, [origin]: entry })
        .sort(([, a], [, b]) => touchedAt(b) - touchedAt(a))
        .slice(0, maxOrigins);
      await browser.storage.local.set({ [key]: Object.fromEntries(kept) });
    },
    async forget(origin) {
      const book = await read();
      if (!(origin in book)) return;
      delete book[origin];
      await browser.storage.local.set({ [key]: book });
    },
  };
}
