// Whether a firewall's XML API accepts the web-UI session cookie alone is a property of that
// firewall (reference section 5: unknown, probe), not of one page load. The answer is kept per
// origin for a day in storage.local, so a new tab or a re-login does not knock on /api/ again.
// Only that yes/no is kept: no log content, no credentials.

import { browser } from 'wxt/browser';

export type CookieApiAnswer = 'works' | 'unavailable';

const STORAGE_KEY = 'cookieApiMemory';
/** A firewall upgrade or a changed admin role can change the answer: ask again after a day. */
export const MEMORY_TTL_MS = 24 * 60 * 60 * 1000;
/** Bound the map: an admin with many firewalls keeps the most recent ones. */
const MAX_ORIGINS = 64;

type Memory = Record<string, { answer: CookieApiAnswer; at: number }>;

function coerce(stored: unknown): Memory {
  const memory: Memory = {};
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return memory;
  for (const [origin, entry] of Object.entries(stored)) {
    const { answer, at } = (entry ?? {}) as { answer?: unknown; at?: unknown };
    if ((answer === 'works' || answer === 'unavailable') && typeof at === 'number' && Number.isFinite(at)) {
      memory[origin] = { answer, at };
    }
  }
  return memory;
}

async function read(): Promise<Memory> {
  return coerce((await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY]);
}

/** The remembered answer for this firewall, if it is recent. */
export async function recallCookieApi(origin: string, now = Date.now()): Promise<CookieApiAnswer | null> {
  const entry = (await read())[origin];
  if (!entry || now - entry.at > MEMORY_TTL_MS || entry.at > now) return null;
  return entry.answer;
}

export async function rememberCookieApi(
  origin: string,
  answer: CookieApiAnswer,
  now = Date.now(),
): Promise<void> {
  const memory = await read();
  memory[origin] = { answer, at: now };
  const newest = Object.entries(memory)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_ORIGINS);
  await browser.storage.local.set({ [STORAGE_KEY]: Object.fromEntries(newest) });
}

/** When a firewall is removed, nothing about it stays behind. */
export async function forgetCookieApi(origin: string): Promise<void> {
  const memory = await read();
  if (!(origin in memory)) return;
  delete memory[origin];
  await browser.storage.local.set({ [STORAGE_KEY]: memory });
}
