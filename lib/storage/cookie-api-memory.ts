// Whether a firewall's XML API accepts the web-UI session cookie alone is a property of that
// firewall (reference section 5: unknown, probe), not of one page load; and an admin role may
// allow XML API log requests but not config ones, or the reverse (section 9). So what was
// learned is kept per origin and per request type (log, config) for a day in storage.local,
// and a new tab or a re-login does not knock on /api/ again. Only these answers are kept: no
// log content, no credentials.

import type { ApiArea } from '../panos/api/role-access';
import type { ApiAccess } from '../panos/api/xml-api-client';
import { originBook } from './origin-book';
export type CookieApiAnswer = ApiAccess;
/** What is known of the cookie at /api/, per request type; a missing area is not known. */
export type CookieApiKnowledge = Partial<Record<ApiArea, CookieApiAnswer>>;

const STORAGE_KEY = 'cookieApiMemory';
/** A firewall upgrade or a changed admin role can change the answer: ask again after a day. */
export const MEMORY_TTL_MS = 24 * 60 * 60 * 1000;
const AREAS: readonly ApiArea[] = ['log', 'config'];
const ANSWERS: readonly unknown[] = ['works', 'refused', 'role-denied'];

type Remembered = { answer: CookieApiAnswer; at: number };
type Memory = Record<string, Partial<Record<ApiArea, Remembered>>>;

function remembered(entry: unknown): Remembered | null {
  const { answer, at } = (entry ?? {}) as { answer?: unknown; at?: unknown };
  if (!ANSWERS.includes(answer) || typeof at !== 'number' || !Number.isFinite(at)) return null;
  return { answer: answer as CookieApiAnswer, at };
}

function coerce(stored: unknown): Memory {
  const memory: Memory = {};
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return memory;
  for (const [origin, entry] of Object.entries(stored)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const areas: Partial<Record<ApiArea, Remembered>> = {};
    for (const area of AREAS) {
      const value = remembered((entry as Record<string, unknown>)[area]);
      if (value) areas[area] = value;
    }
    if (Object.keys(areas).length > 0) memory[origin] = areas;
  }
  return memory;
}

const newest = (areas: Partial<Record<ApiArea, Remembered>>) =>
  Math.max(...Object.values(areas).map((value) => value.at));
const book = originBook({ key: STORAGE_KEY, coerce, touchedAt: newest });

/** The recent answers for this firewall, per request type; null when none is recent. */
export async function recallCookieApi(origin: string, now = Date.now()): Promise<CookieApiKnowledge | null> {
  const entry = (await book.read())[origin];
  if (!entry) return null;
  const known: CookieApiKnowledge = {};
  for (const area of AREAS) {
    const value = entry[area];
    if (value && now - value.at <= MEMORY_TTL_MS && value.at <= now) known[area] = value.answer;
  }
  return Object.keys(known).length > 0 ? known : null;
}

export async function rememberCookieApi(
  origin: string,
  area: ApiArea,
  answer: CookieApiAnswer,
  now = Date.now(),
): Promise<void> {
  const memory = await book.read();
  await book.write(memory, origin, { ...memory[origin], [area]: { answer, at: now } });
}

/** When a firewall is removed, nothing about it stays behind. */
export async function forgetCookieApi(origin: string): Promise<void> {
  await book.forget(origin);
}
