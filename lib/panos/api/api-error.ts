// The one error type of the PAN-OS clients (XML API and Detailed Log View): a `kind` that
// callers branch on, and a message in plain words that can be shown as is.

export type PanosApiErrorKind =
  /** The firewall refused the credential (HTTP 403 "Invalid Credential", code 16). */
  | 'unauthorized'
  /**
   * The credential is good but the admin role may not make this request type (HTTP 403
   * "Type [log] not authorized for user role"): the role lacks XML API log or config access.
   */
  | 'role-denied'
  /** The session is over (code 22, status "unauth", a Direct message starting "unauthorized"). */
  | 'session-expired'
  /** The answer was the login page: the session is over. */
  | 'login-page'
  /** The answer could not be read (not XML, unexpected root, unexpected shape). */
  | 'malformed'
  /** HTTP failure or network error. */
  | 'http'
  /** PAN-OS answered with status="error". */
  | 'api-error'
  /** The log job did not finish in time. */
  | 'timeout'
  /** The related-log request gave no content job (so nothing was searched). */
  | 'no-content-job'
  /** The caller aborted. */
  | 'aborted';

export class PanosApiError extends Error {
  constructor(
    readonly kind: PanosApiErrorKind,
    message: string,
    /** PAN-OS error code or HTTP status, when known. */
    readonly code = '',
  ) {
    super(message);
    this.name = 'PanosApiError';
  }
}

/** True for the errors that mean "log in again": stop every lookup. */
export function isSessionOver(error: unknown): boolean {
  return error instanceof PanosApiError && (error.kind === 'session-expired' || error.kind === 'login-page');
}

export function abortedError(): PanosApiError {
  return new PanosApiError('aborted', 'The request was cancelled.');
}
