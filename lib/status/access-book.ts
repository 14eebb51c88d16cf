// What a tab has learned of the XML API, per credential (session cookie, stored key) and per
// request type (log, config), as it crosses from the content script to the extension's pages.

import type { ApiArea } from '../panos/api/role-access';
import type { CookieApiAnswer } from '../storage/cookie-api-memory';

export type AccessState = 'untried' | CookieApiAnswer;
export type AccessByArea = Record<ApiArea, AccessState>;

export interface ApiAccessBook {
  cookie: AccessByArea;
  key: AccessByArea;
}

const STATES: readonly AccessState[] = ['untried', 'works', 'refused', 'role-denied'];

/** The book as it crosses to the extension's pages: known states only. */
export function readAccessBook(raw: unknown): ApiAccessBook | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const side = (value: unknown): AccessByArea => {
    const areas = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const state = (area: ApiArea) =>
      STATES.includes(areas[area] as AccessState) ? (areas[area] as AccessState) : 'untried';
    return { log: state('log'), config: state('config') };
  };
  const book = raw as Record<string, unknown>;
  return { cookie: side(book.cookie), key: side(book.key) };
}
