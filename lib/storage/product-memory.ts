// Panorama or firewall is a property of the origin, decided once from known signs (see
// lib/panos/product-signs.ts) and kept in storage.local, like the cookie answer, so new tabs do
// not read the system info again. Only a decision that a strong sign made is kept, with the
// names of the signs that decided (for diagnostics): no log content, no credentials.

import type { Product } from '../panos/product-signs';
import { originBook } from './origin-book';

export interface RememberedProduct {
  product: Product;
  /** 'system-info: model Panorama', ...: which signs decided. */
  decidedBy: string[];
}

const STORAGE_KEY = 'productMemory';
/** A host name may be reused for another device one day: decide again after a week. */
export const PRODUCT_MEMORY_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const MAX_SIGNS = 8;

type Memory = Record<string, RememberedProduct & { at: number }>;

function coerce(stored: unknown): Memory {
  const memory: Memory = {};
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return memory;
  for (const [origin, entry] of Object.entries(stored)) {
    const { product, decidedBy, at } = (entry ?? {}) as Record<string, unknown>;
    if (product !== 'firewall' && product !== 'panorama') continue;
    if (typeof at !== 'number' || !Number.isFinite(at) || !Array.isArray(decidedBy)) continue;
    const signs = decidedBy.filter((sign): sign is string => typeof sign === 'string' && sign.length <= 80);
    memory[origin] = { product, decidedBy: signs.slice(0, MAX_SIGNS), at };
  }
  return memory;
}

const book = originBook({ key: STORAGE_KEY, coerce, touchedAt: (entry) => entry.at });

export async function recallProduct(origin: string, now = Date.now()): Promise<RememberedProduct | null> {
  const entry = (await book.read())[origin];
  if (!entry || now - entry.at > PRODUCT_MEMORY_TTL_MS || entry.at > now) return null;
  return { product: entry.product, decidedBy: entry.decidedBy };
}

export async function rememberProduct(
  origin: string,
  remembered: RememberedProduct,
  now = Date.now(),
): Promise<void> {
  const memory = await book.read();
  await book.write(memory, origin, {
    ...remembered,
    decidedBy: remembered.decidedBy.slice(0, MAX_SIGNS),
    at: now,
  });
}

/** When a firewall is removed, nothing about it stays behind. */
export async function forgetProduct(origin: string): Promise<void> {
  await book.forget(origin);
}
