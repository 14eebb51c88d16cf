// What PanDirect.run hands back is [unknown] in the reference: the value itself, or wrapped as
// {"@status":"success", result}, {success:true, result}, {status:'success', data}, or an
// Ext.Direct exception. This reduces every plausible shape to a value or an error.

import { PanosError, sessionOverError } from '../panos-error';
import { isLoginPageText, isUnauthorizedDirectMessage } from './session-expiry';

export type DirectOutcome =
  | { ok: true; value: unknown }
  | { ok: false; kind: 'session-expired' | 'login-page' | 'error'; message: string };

const SUCCESS_WORDS = new Set(['success', 'ok', 'true']);
const FAILURE_WORDS = new Set(['error', 'failure', 'failed', 'false', 'unauth', 'exception']);
const VALUE_KEYS = ['result', 'data', 'value'] as const;
const MESSAGE_KEYS = ['message', 'msg', 'error', 'errors', 'errorMessage', 'result', 'data', 'line'] as const;
const MAX_DEPTH = 4;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Messages come as text, {line}, arrays of lines, or nested objects. */
export function messageText(value: unknown, depth = 0): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (depth > MAX_DEPTH) return '';
  if (Array.isArray(value))
    return value
      .map((item) => messageText(item, depth + 1))
      .filter(Boolean)
      .join(' ');
  if (isObject(value)) {
    for (const key of MESSAGE_KEYS) {
      const text = messageText(value[key], depth + 1);
      if (text) return text;
    }
  }
  return '';
}

/** 'success' | 'failure' | null from the wrapper's status-like keys, or null when it has none. */
function statusOf(value: Record<string, unknown>): 'success' | 'failure' | null {
  if (value.type === 'exception') return 'failure';
  for (const key of ['@status', 'status', 'success']) {
    const raw = value[key];
    if (raw === undefined) continue;
    const word = String(raw).trim().toLowerCase();
    if (SUCCESS_WORDS.has(word)) return 'success';
    if (FAILURE_WORDS.has(word)) return 'failure';
  }
  return null;
}

function failure(message: string): DirectOutcome {
  if (isUnauthorizedDirectMessage(message)) return { ok: false, kind: 'session-expired', message };
  return { ok: false, kind: 'error', message: message || 'The web UI reported an error.' };
}

export function normaliseDirectResult(raw: unknown, depth = 0): DirectOutcome {
  if (typeof raw === 'string') {
    if (isLoginPageText(raw))
      return { ok: false, kind: 'login-page', message: 'The web UI answered with its login page.' };
    if (isUnauthorizedDirectMessage(raw)) return { ok: false, kind: 'session-expired', message: raw.trim() };
    return { ok: true, value: raw };
  }
  if (!isObject(raw) || depth > MAX_DEPTH) return { ok: true, value: raw ?? null };
  const status = statusOf(raw);
  if (status === 'failure') return failure(messageText(raw));
  // {response: {...}}: an XML answer turned to JSON.
  if (status === null && Object.keys(raw).length === 1 && isObject(raw.response)) {
    return normaliseDirectResult(raw.response, depth + 1);
  }
  if (status === 'success') {
    const key = VALUE_KEYS.find((name) => name in raw);
    return key ? normaliseDirectResult(raw[key], depth + 1) : { ok: true, value: raw };
  }
  return { ok: true, value: raw };
}

/** The value, or a PanosError (session-expired or login-page when the session is over). */
export function directValue(raw: unknown): unknown {
  const outcome = normaliseDirectResult(raw);
  if (outcome.ok) return outcome.value;
  if (outcome.kind === 'error') throw new PanosError('api-error', outcome.message);
  throw sessionOverError(outcome.kind, 'Your PAN-OS session has expired. Log in again.');
}
