// A lookup path that returned entries of sessions nobody asked for ignored its filter: that is a
// property of the firewall's release, not of one page load. It is kept per origin for a day in
// storage.local, so a new tab does not ask the same useless query again. Only path names are
// kept: no log content, no credentials.

import type { StrategyId } from '../lookup/strategy';
import { STRATEGY_IDS } from '../lookup/strategy';
import { originBook } from './origin-book';

const STORAGE_KEY = 'unusablePaths';
/** A firewall upgrade can change the answer: ask again after a day. */
export const UNUSABLE_TTL_MS = 24 * 60 * 60 * 1000;

type Memory = Record<string, { paths: StrategyId[]; at: number }>;

function coerce(stored: unknown): Memory {
  const memory: Memory = {};
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return memory;
  for (const [origin, entry] of Object.entries(stored)) {
    const { paths, at } = (entry ?? {}) as { paths?: unknown; at?: unknown };
    if (!Array.isArray(paths) || typeof at !== 'number' || !Number.isFinite(at)) continue;
    const known = paths.filter((path): path is StrategyId => STRATEGY_IDS.includes(path as StrategyId));
    memory[origin] = { paths: [...new Set(known)], at };
  }
  return memory;
}

const book = originBook({ key: STORAGE_KEY, coerce, touchedAt: (entry) => entry.at });

/** The paths found unusable on this firewall within the last day. */
export async function recallUnusablePaths(origin: string, now = Date.now()): Promise<StrategyId[]> {
  const entry = (await book.read())[origin];
  if (!entry || now - entry.at > UNUSABLE_TTL_MS || entry.at > now) return [];
  return entry.paths;
}

export async function rememberUnusablePath(
  origin: string,
  path: StrategyId,
  now = Date.now(),
): Promise<void> {
  const memory = await book.read();
  const earlier = await recallUnusablePaths(origin, now);
  await book.write(memory, origin, { paths: [...new Set([...earlier, path])], at: now });
}

/** When a firewall is removed, nothing about it stays behind. */
export async function forgetUnusablePaths(origin: string): Promise<void> {
  await book.forget(origin);
}
