// Strict validation of what the bridge is asked. A message without a usable id cannot be
// answered and is ignored; one with an id but any other flaw is refused as 'bad-request'.

import { ALLOWED_DIRECT_METHODS, type DirectMethod } from '../panos/api/direct-methods';
import { isLogDatabase } from '../panos/logs/log-databases';
import { isThreatSideLogBranch } from '../panos/logs/log-pages';
import type { BridgeRequest } from './protocol';

export const MAX_DETAIL_CHARS = 256 * 1024;
export const MAX_QUERY_CHARS = 8 * 1024;
export const MAX_LIMIT = 5000;
export const MAX_TIMEOUT_MS = 5 * 60_000;

export type ParsedRequest =
  | { kind: 'request'; request: BridgeRequest }
  | { kind: 'refuse'; id: number; message: string }
  | { kind: 'ignore' };

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isTimeout = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) > 0 && (value as number) <= MAX_TIMEOUT_MS;

/** Exactly these keys (besides id and type): nothing unknown rides along. */
function hasOnlyKeys(message: Fields, keys: string[]): boolean {
  const allowed = new Set(['id', 'type', ...keys]);
  return Object.keys(message).every((key) => allowed.has(key)) && keys.every((key) => key in message);
}

function validate(message: Fields, id: number): BridgeRequest | string {
  switch (message.type) {
    case 'ping':
    case 'grid.read':
    case 'survey':
      return hasOnlyKeys(message, []) ? { id, type: message.type } : 'unexpected fields';
    case 'direct.call': {
      const { method, args, timeoutMs } = message;
      if (!hasOnlyKeys(message, ['method', 'args', 'timeoutMs'])) return 'unexpected or missing fields';
      if (typeof method !== 'string' || !(ALLOWED_DIRECT_METHODS as readonly string[]).includes(method)) {
        return 'method not allowed';
      }
      if (!Array.isArray(args)) return 'args must be an array';
      if (!isTimeout(timeoutMs)) return 'bad timeoutMs';
      return { id, type: 'direct.call', method: method as DirectMethod, args, timeoutMs };
    }
    case 'related.enqueue': {
      const { logtype, anchor, timeoutMs } = message;
      if (!hasOnlyKeys(message, ['logtype', 'anchor', 'timeoutMs'])) return 'unexpected or missing fields';
      if (logtype !== 'traffic') return 'logtype must be traffic';
      if (typeof anchor !== 'string' || !/^[\w.:-]{1,64}$/.test(anchor)) return 'bad anchor';
      if (!isTimeout(timeoutMs)) return 'bad timeoutMs';
      return { id, type: 'related.enqueue', logtype, anchor, timeoutMs };
    }
    case 'logs.query': {
      const { logtype, query, limit, timeoutMs } = message;
      if (!hasOnlyKeys(message, ['logtype', 'query', 'limit', 'timeoutMs']))
        return 'unexpected or missing fields';
      if (!isLogDatabase(logtype)) return 'logtype must be threat, url, data or wildfire';
      if (typeof query !== 'string' || query.length > MAX_QUERY_CHARS) return 'bad query';
      if (!Number.isSafeInteger(limit) || (limit as number) < 1 || (limit as number) > MAX_LIMIT) {
        return 'limit must be 1..5000';
      }
      if (!isTimeout(timeoutMs)) return 'bad timeoutMs';
      return { id, type: 'logs.query', logtype, query, limit: limit as number, timeoutMs };
    }
    case 'nav.logs': {
      const { branch, vsys, query } = message;
      if (!hasOnlyKeys(message, ['branch', 'vsys', 'query'])) return 'unexpected or missing fields';
      if (!isThreatSideLogBranch(branch)) return 'branch not allowed';
      if (typeof vsys !== 'string' || vsys.length > 256) return 'bad vsys';
      if (typeof query !== 'string' || query.length > MAX_QUERY_CHARS) return 'bad query';
      return { id, type: 'nav.logs', branch, vsys, query };
    }
    case 'cancel': {
      const { target } = message;
      if (!hasOnlyKeys(message, ['target'])) return 'unexpected or missing fields';
      if (!isId(target)) return 'bad target';
      return { id, type: 'cancel', target };
    }
    default:
      return 'unknown type';
  }
}

/** Parses a REQUEST_EVENT detail (a JSON string). */
export function parseRequestDetail(detail: unknown): ParsedRequest {
  if (typeof detail !== 'string' || detail.length > MAX_DETAIL_CHARS) return { kind: 'ignore' };
  let message: unknown;
  try {
    message = JSON.parse(detail);
  } catch {
    return { kind: 'ignore' };
  }
  if (!isObject(message) || !isId(message.id)) return { kind: 'ignore' };
  const result = validate(message, message.id);
  return typeof result === 'string'
    ? { kind: 'refuse', id: message.id, message: result }
    : { kind: 'request', request: result };
}
