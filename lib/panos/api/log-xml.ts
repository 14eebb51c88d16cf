// Reads PAN-OS XML answers: the XML API (`/api/`) and the web UI's log endpoint
// (`log.data.xml.php`) share one envelope, `<response status="…" code="…"><result>…`.
// Log jobs: enqueued (`result/job` as text), running (`job/status` other than FIN), finished
// (`result/log/logs/entry`, one child element per field). Reference sections 4 and 5.

import { PanosError, sessionOverError } from '../panos-error';
import type { LogRecord } from '../types';
import { isLoginPageText } from './session-expiry';

export type ApiEnvelope =
  | { kind: 'success'; code: string; result: Element | null }
  | { kind: 'error'; code: string; message: string }
  /** Credential refused, or (sessionTimedOut) the session is over. */
  | { kind: 'unauthorized'; code: string; message: string; sessionTimedOut: boolean }
  /** The admin role may not make this request type (`Type [log] not authorized for user role`). */
  | { kind: 'role-denied'; requestType: string; message: string }
  | { kind: 'login-page' }
  | { kind: 'malformed'; message: string };

export type LogJobResult =
  | { kind: 'enqueued'; jobId: string }
  | { kind: 'running'; jobId: string; progress: number }
  | { kind: 'finished'; entries: LogRecord[]; count: number; progress: number }
  | Exclude<ApiEnvelope, { kind: 'success' }>;

const SESSION_TIMED_OUT_CODE = '22';
const UNAUTHORIZED_CODES = new Set(['16', '403']);
const INVALID_CREDENTIAL = /invalid credential/i;
const ROLE_REFUSAL = /not\s+authori[sz]ed\s+for\s+(?:the\s+)?user\s+role/i;
const REFUSED_TYPE = /\btype\s*\[\s*([\w-]+)\s*\]/i;
const ENQUEUED_LINE = /\bjob\s*id\s*(\d+)/i;
const JOB_FINISHED = 'FIN';

function childElement(parent: Element | null | undefined, name: string): Element | null {
  if (!parent) return null;
  for (const child of Array.from(parent.children)) if (child.localName === name) return child;
  return null;
}

function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').trim();
}

/** `<msg><line>a</line><line>b</line></msg>` or `<msg>text</msg>`, anywhere in the answer. */
function messageOf(root: Element): string {
  const msg = root.getElementsByTagName('msg')[0];
  if (!msg) return '';
  const lines = Array.from(msg.getElementsByTagName('line')).map(textOf).filter(Boolean);
  return lines.length > 0 ? lines.join(' ') : textOf(msg);
}

const CDATA_SECTION = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/** PAN-OS wraps some messages in CDATA, which some parsers (happy-dom) reject: same text, escaped. */
function cdataAsText(xml: string): string {
  return xml.replace(CDATA_SECTION, (_, text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  );
}

export function parseXmlDocument(xml: string): Document | null {
  const doc = new DOMParser().parseFromString(cdataAsText(xml), 'text/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return null;
  return doc.documentElement ? doc : null;
}

export function parseApiResponse(xml: string): ApiEnvelope {
  if (isLoginPageText(xml)) return { kind: 'login-page' };
  if (xml.trim() === '') return { kind: 'malformed', message: 'The answer was empty.' };
  const root = parseXmlDocument(xml)?.documentElement;
  if (!root) return { kind: 'malformed', message: 'The answer is not well-formed XML.' };
  if (root.localName !== 'response') {
    return {
      kind: 'malformed',
      message: `The answer is XML but not a PAN-OS response (<${root.localName}>).`,
    };
  }
  // Attribute values come trimmed of the odd `status = 'error'` spacing by the parser; trim anyway.
  const status = (root.getAttribute('status') ?? '').trim().toLowerCase();
  const code = (root.getAttribute('code') ?? '').trim();
  const message = messageOf(root);
  if (status === 'unauth' || code === SESSION_TIMED_OUT_CODE) {
    return { kind: 'unauthorized', code, message: message || 'Session timed out', sessionTimedOut: true };
  }
  // Checked before the 403 code: a role refusal carries code 403 too, with a good credential.
  if (ROLE_REFUSAL.test(message)) {
    return {
      kind: 'role-denied',
      requestType: (REFUSED_TYPE.exec(message)?.[1] ?? '').toLowerCase(),
      message,
    };
  }
  if (UNAUTHORIZED_CODES.has(code) || (status === 'error' && INVALID_CREDENTIAL.test(message))) {
    return { kind: 'unauthorized', code, message: message || 'Invalid credential', sessionTimedOut: false };
  }
  if (status === 'error') {
    return {
      kind: 'error',
      code,
      message: message || `PAN-OS returned an error${code ? ` (code ${code})` : ''}.`,
    };
  }
  // 'success', or no status at all (lenient: some UI endpoints omit it).
  return { kind: 'success', code, result: childElement(root, 'result') };
}

/** Nested field elements: a list of same-named children joins; distinct children get dotted keys. */
function flattenField(element: Element, key: string, into: Record<string, string>): void {
  const children = Array.from(element.children);
  if (children.length === 0) {
    if (!Object.hasOwn(into, key)) into[key] = element.textContent ?? '';
    return;
  }
  const names = new Set(children.map((child) => child.localName));
  if (names.size === 1 && children.length > 1) {
    if (!Object.hasOwn(into, key)) into[key] = children.map(textOf).join(', ');
    return;
  }
  for (const child of children) flattenField(child, `${key}.${child.localName}`, into);
}

/** One log entry: element name -> text; the entry's attributes under '@name' ('@logid'). */
export function logRecordFromEntry(entry: Element): LogRecord {
  // No prototype: a field named '__proto__' (attacker-chosen text) is an ordinary key here.
  const record: Record<string, string> = Object.create(null);
  for (const attribute of Array.from(entry.attributes)) record[`@${attribute.name}`] = attribute.value;
  for (const child of Array.from(entry.children)) flattenField(child, child.localName, record);
  return record;
}

function numberOr(text: string | null, fallback: number): number {
  const value = Number.parseFloat(text ?? '');
  return Number.isFinite(value) ? value : fallback;
}

function finishedLogs(logs: Element | null): LogJobResult {
  const entries = logs
    ? Array.from(logs.children)
        .filter((child) => child.localName === 'entry')
        .map(logRecordFromEntry)
    : [];
  return {
    kind: 'finished',
    entries,
    count: numberOr(logs?.getAttribute('count') ?? null, entries.length),
    progress: numberOr(logs?.getAttribute('progress') ?? null, 100),
  };
}

export function parseLogJobResponse(xml: string): LogJobResult {
  const envelope = parseApiResponse(xml);
  if (envelope.kind !== 'success') return envelope;
  const result = envelope.result;
  const logs = childElement(childElement(result, 'log'), 'logs');
  const job = childElement(result, 'job');
  if (job && job.children.length === 0 && textOf(job) !== '') return { kind: 'enqueued', jobId: textOf(job) };
  if (job && job.children.length > 0) {
    const jobId = textOf(childElement(job, 'id'));
    const status = textOf(childElement(job, 'status')).toUpperCase();
    if (status === JOB_FINISHED) return finishedLogs(logs);
    return { kind: 'running', jobId, progress: numberOr(logs?.getAttribute('progress') ?? null, 0) };
  }
  if (logs) return finishedLogs(logs);
  const enqueued = result ? ENQUEUED_LINE.exec(messageOf(result)) : null;
  if (enqueued?.[1]) return { kind: 'enqueued', jobId: enqueued[1] };
  return { kind: 'malformed', message: 'The answer holds neither a log job nor logs.' };
}

/** The access a role refusal names, as the admin role's XML API tab calls it. */
const ROLE_AREA: Record<string, string> = {
  log: 'log access',
  config: 'configuration access',
  op: 'operational request access',
};

/** The error for an answer that is not a success: what callers branch on, in plain words. */
export function answerError(answer: Exclude<ApiEnvelope, { kind: 'success' }>): PanosError {
  switch (answer.kind) {
    case 'login-page':
      return sessionOverError(
        'login-page',
        'The firewall answered with its login page: your session has expired.',
      );
    case 'unauthorized':
      return answer.sessionTimedOut
        ? sessionOverError(
            'session-expired',
            `Your PAN-OS session has expired (${answer.message}).`,
            answer.code,
          )
        : new PanosError(
            'unauthorized',
            `The firewall refused the credential: ${answer.message}.`,
            answer.code,
          );
    case 'role-denied':
      return new PanosError(
        'role-denied',
        `Your admin role lacks XML API ${ROLE_AREA[answer.requestType] ?? 'access for this request'} (PAN-OS: ${answer.message}).`,
        `type:${answer.requestType}`,
      );
    case 'malformed':
      return new PanosError('malformed', `The firewall's answer could not be read: ${answer.message}`);
    case 'error':
      return new PanosError('api-error', answer.message, answer.code);
  }
}
