// Config reads repeat across the rows of a page (same rule, same group): remember each answer per
// firewall origin and config version, bounded, and for a while only, since a commit may change
// the config without a version we can see.

import { LruCache } from '../../lru-cache';
import type { ShowConfig } from './config-xpath';
import type { OpCommand } from './resolve-config-layout';

export interface ConfigCache {
  /** A showConfig that answers an xpath it has seen for this origin and version from memory. */
  showConfig(origin: string, configVersion: string, read: ShowConfig): ShowConfig;
  /** The same for operational commands (the pushed policy). */
  op(origin: string, configVersion: string, run: OpCommand): OpCommand;
  clear(): void;
}

interface Remembered<T> {
  at: number;
  value: Promise<T>;
}

export const DEFAULT_CONFIG_TTL_MS = 5 * 60_000;

export function createConfigCache(
  max: number,
  opts: { ttlMs?: number; now?: () => number } = {},
): ConfigCache {
  const ttl = opts.ttlMs ?? DEFAULT_CONFIG_TTL_MS;
  const now = opts.now ?? Date.now;
  let entries = new LruCache<string, Remembered<unknown>>(max);

  function remember<T>(key: string, load: () => Promise<T>): Promise<T> {
    const known = entries.get(key);
    if (known && now() - known.at < ttl) return known.value as Promise<T>;
    const value = load();
    entries.set(key, { at: now(), value });
    // A failed read (network, abort, session) must not stick.
    const cache = entries;
    value.catch(() => {
      if (cache.get(key)?.value === value) cache.delete(key);
    });
    return value;
  }

  const keyOf = (...parts: string[]) => JSON.stringify(parts);
  return {
    showConfig: (origin, version, read) => (xpath, signal) =>
      remember(keyOf(origin, version, 'show', xpath), () => read(xpath, signal)),
    op: (origin, version, run) => (cmd, signal) =>
      remember(keyOf(origin, version, 'op', cmd), () => run(cmd, signal)),
    clear() {
      entries = new LruCache<string, Remembered<unknown>>(max);
    },
  };
}
