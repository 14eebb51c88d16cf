// The one error type of every path that asks PAN-OS for logs or config: the XML API client, the
// Detailed Log View's RPC, the page bridge (whose wire answers carry the same kinds) and the
// filter builder. Callers branch on `kind`; `message` is plain words that can be shown as is.
// `lib/lookup/lookup-errors.ts` maps each kind to what a lookup does next, in one table.

export const PANOS_ERROR_KINDS = [
  /** The firewall refused the credential (HTTP 403 "Invalid Credential", code 16). */
  'unauthorized',
  /**
   * The credential is good but the admin role may not make this request type (HTTP 403
   * "Type [log] not authorized for user role"): the role lacks XML API log or config access.
   */
  'role-denied',
  /** The session is over (code 22, status "unauth", a Direct message starting "unauthorized"). */
  'session-expired',
  /** The answer was the login page: the session is over. */
  'login-page',
  /** The answer could not be read (not XML, unexpected root, unexpected shape). */
  'malformed',
  /** HTTP failure or network error. */
  'http',
  /** PAN-OS answered with status="error". */
  'api-error',
  /** The log job (or the page bridge) did not answer in time. */
  'timeout',
  /** The related-log request gave no content job (so nothing was searched). */
  'no-content-job',
  /** The caller aborted. */
  'aborted',
  /** Not there on this page (no Ext, no RPC object, no grid, no LogStore class, method missing). */
  'unavailable',
  /** A Direct call answered {type:'exception'}, or a call in the page threw. */
  'exception',
  /** The page holds nothing to ask as the UI asks (no grid page XML, no last load to copy). */
  'missing-context',
  /** The page bridge refused a request of ours as malformed. */
  'bad-request',
  /** The page's log query was refused: an error answer, or HTTP 401 / 403. */
  'refused',
  /** The page's log query failed otherwise (HTTP 5xx, no job, an unreadable answer). */
  'error-answer',
  /** The rows give nothing that can be written into a filter safely (no session id, a quote). */
  'no-safe-query',
] as const;

export type PanosErrorKind = (typeof PANOS_ERROR_KINDS)[number];

export class PanosError extends Error {
  constructor(
    readonly kind: PanosErrorKind,
    message: string,
    /** PAN-OS error code or HTTP status, when known. */
    readonly code = '',
  ) {
    super(message);
    this.name = 'PanosError';
  }
}

/** The PAN-OS session is over: nothing more will work until the user logs in again. */
export function sessionOverError(
  kind: 'session-expired' | 'login-page' = 'session-expired',
  message = 'Your PAN-OS session has expired. Log in again.',
  code = '',
): PanosError {
  return new PanosError(kind, message, code);
}

/** True for the errors that mean "log in again": stop every lookup. */
export function isSessionOver(error: unknown): boolean {
  return error instanceof PanosError && (error.kind === 'session-expired' || error.kind === 'login-page');
}

export function abortedError(): PanosError {
  return new PanosError('aborted', 'The request was cancelled.');
}

/** Cancelled: ours, or what fetch and AbortSignal.throwIfAborted throw. */
export function isAbort(error: unknown): boolean {
  if (error instanceof PanosError) return error.kind === 'aborted';
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
