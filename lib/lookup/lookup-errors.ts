// One vocabulary for what went wrong in a lookup, whatever the strategy: it decides whether we
// fall to the next strategy, stop everything (session over), or show an error and wait. The
// strategies turn what the PAN-OS clients and the bridge throw (PanosError) into a LookupFailure
// here, one table entry per kind; past them, the fetcher and the page lookup see only LookupFailure.

import { roleDeniedFix, roleDeniedMessage } from '../panos/api/role-access';
import { isAbort, PanosError, type PanosErrorKind } from '../panos/panos-error';
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

/** Which way the failing request went: through the page (bridge), or the XML API with the cookie or the stored key. */
export type FailureSource = 'page' | 'api-cookie' | 'api-key';

type Mapping = (error: PanosError, source: FailureSource) => LookupFailure;

const expired: Mapping = () => new LookupFailure('expired', 'Your PAN-OS session expired.', 'Log in again.');
const unavailable: Mapping = (error) => new LookupFailure('unavailable', error.message);
const answeredError: Mapping = (error) =>
  new LookupFailure('failed', `The firewall answered with an error: ${error.message}`, 'Try again later.');
// An error answer from the web UI's log store proves nothing about the path (our parameters may be
// the wrong guess, such as a page size the UI never asks for): the next path runs.
const storeErrorAnswer: Mapping = () =>
  new LookupFailure('inconclusive', "The web UI's log query answered with an error.", '', 'error-answer');

/** Every kind, mapped once. The source matters only where the credential decides. */
const MAPPINGS: { readonly [K in PanosErrorKind]: Mapping } = {
  'session-expired': expired,
  'login-page': expired,
  // The XML API does not accept a credential: the cookie alone (so that strategy is not
  // available), or a wrong API key, which the user must fix.
  unauthorized: (error, source) =>
    source === 'api-key'
      ? new LookupFailure(
          'failed',
          'The firewall rejected the stored API key.',
          'Store a valid API key for this firewall in the extension options, or remove it.',
        )
      : unavailable(error, source),
  // The credential is good; its admin role may not read logs over the XML API. The cookie
  // strategy gives way to the next one; a stored key that cannot read logs is worth saying.
  'role-denied': (_error, source) =>
    source === 'api-key'
      ? new LookupFailure(
          'failed',
          'The stored API key works, but its admin role lacks XML API log access.',
          roleDeniedFix('log'),
        )
      : new LookupFailure('unavailable', roleDeniedMessage('log'), roleDeniedFix('log')),
  unavailable,
  exception: unavailable,
  // No answer in time proves nothing about the path: the next one is tried.
  timeout: () =>
    new LookupFailure(
      'inconclusive',
      'The firewall took too long to answer the log query.',
      'The management plane may be busy; try again in a minute.',
      'timed-out',
    ),
  'no-content-job': (error) => new LookupFailure('inconclusive', error.message, '', 'no-content-job'),
  'missing-context': (error) => new LookupFailure('inconclusive', error.message, '', 'no-page-context'),
  refused: storeErrorAnswer,
  'error-answer': storeErrorAnswer,
  // Nothing safe to ask for these rows on a batched path; the per-row one may still answer.
  'no-safe-query': (error) =>
    new LookupFailure(
      'inconclusive',
      error.message,
      "The Detailed Log View (the magnifier at the row's left) lists the session's related logs.",
      'no-query',
    ),
  malformed: () =>
    new LookupFailure(
      'failed',
      'The firewall sent an answer this extension cannot read.',
      'Try again; if it persists, copy the diagnostics from the options page into a bug report.',
    ),
  http: answeredError,
  'api-error': answeredError,
  'bad-request': (error) => unexpected(error.message),
  aborted: () => cancelled(),
};

const cancelled = () => new LookupFailure('aborted', 'Cancelled.');

function unexpected(message: string): LookupFailure {
  return new LookupFailure(
    'failed',
    `This extension met an unexpected error: ${message}`,
    'Try again; if it persists, copy the diagnostics from the options page into a bug report.',
  );
}

/** Anything caught past the strategies: a LookupFailure, a cancellation, or a bug of ours. */
export function lookupFailureOf(error: unknown): LookupFailure {
  if (error instanceof LookupFailure) return error;
  if (isAbort(error)) return cancelled();
  return unexpected(error instanceof Error ? error.message : String(error));
}

/** Maps what the bridge and the PAN-OS clients throw onto LookupFailure (at a strategy's edge). */
export function toLookupFailure(error: unknown, source: FailureSource): LookupFailure {
  if (error instanceof PanosError) return MAPPINGS[error.kind](error, source);
  return lookupFailureOf(error);
}

const MAX_SAID = 200;

/**
 * Why one log database's query was refused while the path itself works (others answered), in
 * words; null when the error is not a refusal but a failure of the path (server error, no answer
 * in time, session over), which stops the whole read. A role without access to one log
 * (Monitor > Logs > URL Filtering, say) plausibly gets one of these; which one is not known.
 */
export function databaseRefusal(error: unknown): string | null {
  if (!(error instanceof PanosError)) return null;
  switch (error.kind) {
    case 'refused':
    case 'api-error':
      // The firewall's own words, kept short: they end up in every row's answer.
      return `PAN-OS refused the query ("${error.message.slice(0, MAX_SAID)}")`;
    case 'role-denied':
      return 'PAN-OS answered that the admin role is not authorized for it';
    case 'unauthorized':
      return 'PAN-OS refused the credential for it';
    default:
      return null;
  }
}
