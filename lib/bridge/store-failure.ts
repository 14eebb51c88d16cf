// What a failed load of the page's LogStore says, from the arguments of its 'exception' or
// 'loadexception' event (an Ext 3 store passes the response, with `status` and `responseText`;
// other builds may pass a message string): the session is over, the query was refused (an error
// answer or HTTP 401 / 403, which a role without access to that log could give), or it failed
// otherwise (HTTP 5xx, no job, an unreadable answer).

import type { BridgeErrorKind } from './protocol';

const LOGIN_PAGE_MARKER = '__LOGIN_PAGE__';
const UNAUTHORIZED_PREFIX = /^\s*unauthorized/i;
const ERROR_ANSWER = /<response\b[^>]*\bstatus\s*=\s*["']error["']/i;
const ANSWER_MESSAGE = /<msg>\s*(?:<line>)?([^<]*)/i;
const REFUSING_STATUS = new Set([401, 403]);
const MAX_MESSAGE = 200;

interface ResponseLike {
  status?: unknown;
  responseText?: unknown;
}

export function storeFailure(args: readonly unknown[]): { error: BridgeErrorKind; message: string } {
  const responses = args.filter(
    (arg): arg is ResponseLike =>
      typeof arg === 'object' && arg !== null && ('responseText' in arg || 'status' in arg),
  );
  const responseTexts = responses
    .map((response) => response.responseText)
    .filter((text): text is string => typeof text === 'string');
  const texts = [...responseTexts, ...args.filter((arg): arg is string => typeof arg === 'string')];
  if (texts.some((text) => text.includes(LOGIN_PAGE_MARKER) || UNAUTHORIZED_PREFIX.test(text))) {
    return { error: 'session-expired', message: 'the PAN-OS session is over' };
  }
  const refusedStatus = responses
    .map((response) => response.status)
    .find((status) => REFUSING_STATUS.has(status as number));
  const errorAnswer = responseTexts.find((text) => ERROR_ANSWER.test(text));
  if (refusedStatus !== undefined || errorAnswer !== undefined) {
    const said = ANSWER_MESSAGE.exec(errorAnswer ?? responseTexts[0] ?? '')?.[1]?.trim();
    return {
      error: 'refused',
      message: (said || `HTTP ${String(refusedStatus)}`).slice(0, MAX_MESSAGE),
    };
  }
  return { error: 'error-answer', message: texts[0]?.slice(0, MAX_MESSAGE) || 'log query failed' };
}
