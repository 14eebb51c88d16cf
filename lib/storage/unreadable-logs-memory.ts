// A log database the admin role may not read is a property of the role on that firewall, not of
// one page load: which path found which log refused is kept per origin for a day in
// storage.local, so a new tab does not ask the refused log again. Path and database names only:
// no log content, no PAN-OS wording, no credentials.

import { STRATEGY_IDS, type StrategyId } from '../lookup/strategy';
import { isLogDatabase } from '../panos/logs/log-databases';
import type { LogDatabase } from '../panos/types';
import { originBook } from './origin-book';

const STORAGE_KEY = 'unreadableLogs';
/** A changed admin role changes the answer: ask again after a day. */
export const UNREADABLE_TTL_MS = 24 * 60 * 60 * 1000;

export type UnreadableLogs = Partial<Record<StrategyId, LogDatabase[]>>;
type Memory = Record<string, { logs: UnreadableLogs; at: number }>;

function coerceLogs(value: unknown): UnreadableLogs {
  const logs: UnreadableLogs = {};
  if (typeof value !== 'object' || value === null) return logs;
  for (const id of STRATEGY_IDS) {
    const listed = (value as Record<string, unknown>)[id];
    if (!Array.isArray(listed)) continue;
    const databases = [...new Set(listed.filter(isLogDatabase))];
    if (databases.length > 0) logs[id] = databases;
  }
  return logs;
}

function coerce(stored: unknown): Memory {
  const memory: Memory = {};
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return memory;
  for (const [origin, entry] of Object.entries(stored)) {
    const { logs, at } = (entry ?? {}) as { logs?: unknown; at?: unknown };
    if (typeof at !== 'number' || !Number.isFinite(at)) continue;
    memory[origin] = { logs: coerceLogs(logs), at };
  }
  return memory;
}

const book = originBook({ key: STORAGE_KEY, coerce, touchedAt: (entry) => entry.at });

/** The logs each path found refused on this firewall within the last day. */
export async function recallUnreadableLogs(origin: string, now = Date.now()): Promise<UnreadableLogs> {
  const entry = (await book.read())[origin];
  if (!entry || now - entry.at > UNREADABLE_TTL_MS || entry.at > now) return {};
  return entry.logs;
}

export async function rememberUnreadableLog(
  origin: string,
  path: StrategyId,
  database: LogDatabase,
  now = Date.now(),
): Promise<void> {
  const memory = await book.read();
  const logs = await recallUnreadableLogs(origin, now);
  await book.write(memory, origin, {
    logs: { ...logs, [path]: [...new Set([...(logs[path] ?? []), database])] },
    at: now,
  });
}

/** When a firewall is removed, nothing about it stays behind. */
export async function forgetUnreadableLogs(origin: string): Promise<void> {
  await book.forget(origin);
}
