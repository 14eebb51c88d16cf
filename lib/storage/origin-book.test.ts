import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { originBook } from './origin-book';

type Entry = { at: number };
const book = originBook<Entry>({
  key: 'testBook',
  // Only entries with a numeric `at` are kept, as an owner's coerce would.
  coerce: (stored) =>
    Object.fromEntries(
      Object.entries((stored ?? {}) as Record<string, Entry>).filter(([, e]) => typeof e?.at === 'number'),
    ),
  touchedAt: (entry) => entry.at,
  maxOrigins: 3,
});

beforeEach(() => fakeBrowser.reset());

describe('originBook', () => {
  it('reads through coerce, writes keeping the newest origins, and forgets one origin whole', async () => {
    await fakeBrowser.storage.local.set({ testBook: { a: { at: 1 }, junk: 'x' } });
    expect(await book.read()).toEqual({ a: { at: 1 } });

    for (const [origin, at] of [
      ['b', 2],
      ['c', 3],
      ['d', 4],
    ] as const) {
      await book.write(await book.read(), origin, { at });
    }
    expect(Object.keys(await book.read()).sort()).toEqual(['b', 'c', 'd']);

    await book.forget('c');
    expect(await book.read()).toEqual({ b: { at: 2 }, d: { at: 4 } });
    await book.forget('absent');
    expect(await book.read()).toEqual({ b: { at: 2 }, d: { at: 4 } });
  });
});
