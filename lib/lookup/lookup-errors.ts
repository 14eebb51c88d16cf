// One vocabulary for what went wrong in a lookup, whatever the strategy: it decides whether we
// fall to the next strategy, stop everything (session over), or show an error and wait.

import { roleDeniedFix, roleDeniedMessage } from '../panos/api/role-access';
import type { StrategyNote } from './strategy';

export type LookupFailureKind =
  /** This strategy does not exist or is not allowed here: try the next one. */
  | 'unavailable'
  /** This strategy gave no answer that proves anything (no answer in time, an error answer, nothing to ask with): try the next one. */
  | 'inconclusive'
  /** The PAN-OS session is over: stop all lookups until the page changes. */
  | 'expired'
  /** The firewall answered badly or too slowly: show it, do not hammer. */
  | 'failed'
  /** We cancelled (navigation). */
  | 'aborted';

export class LookupFailure extends Error {
  constructor(
    readonly kind: LookupFailureKind,
    message: string,
    readonly fix = '',
    /** Why, as a fixed code for diagnostics. */
    readonly note: StrategyNote = '',
  ) {
    super(message);
    this.name = 'LookupFailure';
  }
}

export type FailureSource = 'bridge' | 'api-cookie' | 'api-key';

const EXPIRED = () => new LookupFailure('expired', 'Your PAN-OS session expired.', 'Log in again.');

/** Maps the errors of the bridge and of the XML API client onto LookupFailure. */
export function toLookupFailure(error: unknown, source: FailureSource): LookupFailure {
  if (error instanceof LookupFailure) return error;
  const kind = typeof error === 'object' && error !== null ? (error as { kind?: unknown }).kind : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if ((error instanceof Error && error.name === 'AbortError') || kind === 'aborted') {
    return new LookupFailure('aborted', 'Cancelled.');
  }
  switch (kind) {
    case 'session-expired':
    case 'login-page':
      return EXPIRED();
    case 'unauthorized':
      // The bridge says so when the UI session is over; the XML API when it does not accept a
      // credential: the cookie alone (so that strategy is not available), or a wrong API key.
      if (source === 'bridge') return EXPIRED();
      if (source === 'api-cookie') return new LookupFailure('unavailable', message);
      return new LookupFailure(
        'failed',
        'The firewall rejected the stored API key.',
        'Store a valid API key for this firewall in the extension options, or remove it.',
      );
    case 'role-denied':
      // The credential is good; its admin role may not read logs over the XML API. The cookie
      // strategy gives way to the next one; a stored key that cannot read logs is worth saying.
      return new LookupFailure(
        source === 'api-key' ? 'failed' : 'unavailable',
        source === 'api-key'
          ? `The stored API key works, but its admin role lacks XML API log access.`
          : roleDeniedMessage('log'),
        roleDeniedFix('log'),
      );
    case 'unavailable':
    case 'exception':
      return new LookupFailure('unavailable', message);
    case 'timeout':
      // No answer in time proves nothing about the path: the next one is tried.
      return new LookupFailure(
        'inconclusive',
        'The firewall took too long to answer the log query.',
        'The management plane may be busy; try again in a minute.',
        'timed-out',
      );
    case 'no-content-job':
      return new LookupFailure('inconclusive', message, '', 'no-content-job');
    case 'missing-context':
      return new LookupFailure('inconclusive', message, '', 'no-page-context');
    case 'malformed':
      return new LookupFailure(
        'failed',
        'The firewall sent an answer this extension cannot read.',
        'Try again; if it persists, copy the diagnostics from the options page into a bug report.',
      );
    default:
      return new LookupFailure(
        'failed',
        `The firewall answered with an error: ${message}`,
        'Try again later.',
      );
  }
}
