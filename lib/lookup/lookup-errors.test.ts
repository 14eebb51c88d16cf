import { describe, expect, it } from 'vitest';
import { PANOS_ERROR_KINDS, PanosError, type PanosErrorKind } from '../panos/panos-error';
import {
  databaseRefusal,
  type FailureSource,
  LookupFailure,
  type LookupFailureKind,
  lookupFailureOf,
  toLookupFailure,
} from './lookup-errors';
import type { StrategyNote } from './strategy';

type Expected = LookupFailureKind | [LookupFailureKind, StrategyNote];
const SOURCES: readonly FailureSource[] = ['page', 'api-cookie', 'api-key'];

/**
 * What every kind of the family becomes, per source (page, api-cookie, api-key). A kind added to
 * PANOS_ERROR_KINDS without a row here fails the test below (and the type check).
 */
const EXPECTED: Record<PanosErrorKind, [page: Expected, cookie: Expected, key: Expected]> = {
  unauthorized: ['unavailable', 'unavailable', 'failed'],
  'role-denied': ['unavailable', 'unavailable', 'failed'],
  'session-expired': ['expired', 'expired', 'expired'],
  'login-page': ['expired', 'expired', 'expired'],
  malformed: ['failed', 'failed', 'failed'],
  http: ['failed', 'failed', 'failed'],
  'api-error': ['failed', 'failed', 'failed'],
  timeout: [
    ['inconclusive', 'timed-out'],
    ['inconclusive', 'timed-out'],
    ['inconclusive', 'timed-out'],
  ],
  'no-content-job': [
    ['inconclusive', 'no-content-job'],
    ['inconclusive', 'no-content-job'],
    ['inconclusive', 'no-content-job'],
  ],
  aborted: ['aborted', 'aborted', 'aborted'],
  unavailable: ['unavailable', 'unavailable', 'unavailable'],
  exception: ['unavailable', 'unavailable', 'unavailable'],
  'missing-context': [
    ['inconclusive', 'no-page-context'],
    ['inconclusive', 'no-page-context'],
    ['inconclusive', 'no-page-context'],
  ],
  'bad-request': ['failed', 'failed', 'failed'],
  refused: [
    ['inconclusive', 'error-answer'],
    ['inconclusive', 'error-answer'],
    ['inconclusive', 'error-answer'],
  ],
  'error-answer': [
    ['inconclusive', 'error-answer'],
    ['inconclusive', 'error-answer'],
    ['inconclusive', 'error-answer'],
  ],
  'no-safe-query': [
    ['inconclusive', 'no-query'],
    ['inconclusive', 'no-query'],
    ['inconclusive', 'no-query'],
  ],
};

describe('toLookupFailure', () => {
  it('has an expectation for every kind of the family, and no other', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PANOS_ERROR_KINDS].sort());
  });

  const cases = PANOS_ERROR_KINDS.flatMap((kind) =>
    SOURCES.map((source, i) => [kind, source, EXPECTED[kind][i] as Expected] as const),
  );
  it.each(cases)('%s from %s', (kind, source, expected) => {
    const [failureKind, note] = Array.isArray(expected) ? expected : [expected, undefined];
    const failure = toLookupFailure(new PanosError(kind, `said ${kind}`), source);
    expect(failure).toBeInstanceOf(LookupFailure);
    expect(failure.kind).toBe(failureKind);
    if (note !== undefined) expect(failure.note).toBe(note);
    expect(failure.message).not.toBe('');
  });

  it('keeps the words users see', () => {
    const said = (kind: PanosErrorKind, source: FailureSource) =>
      toLookupFailure(new PanosError(kind, 'HTTP 500'), source);
    expect(said('unauthorized', 'api-key')).toMatchObject({
      message: 'The firewall rejected the stored API key.',
      fix: 'Store a valid API key for this firewall in the extension options, or remove it.',
    });
    expect(said('role-denied', 'api-cookie').message).toMatch(/lacks XML API log access/);
    expect(said('role-denied', 'api-key').fix).toMatch(/Device > Admin Roles/);
    expect(said('http', 'page')).toMatchObject({
      message: 'The firewall answered with an error: HTTP 500',
      fix: 'Try again later.',
    });
    expect(said('session-expired', 'page')).toMatchObject({
      message: 'Your PAN-OS session expired.',
      fix: 'Log in again.',
    });
    expect(said('refused', 'page').message).toBe("The web UI's log query answered with an error.");
  });

  it('an AbortError is aborted; a LookupFailure passes through; anything else is said as unexpected', () => {
    expect(toLookupFailure(new DOMException('x', 'AbortError'), 'page').kind).toBe('aborted');
    const failure = new LookupFailure('failed', 'm', 'f');
    expect(toLookupFailure(failure, 'page')).toBe(failure);
    expect(lookupFailureOf(failure)).toBe(failure);
    const bug = lookupFailureOf(new TypeError('x is undefined'));
    expect(bug).toMatchObject({ kind: 'failed' });
    expect(bug.message).toMatch(/unexpected error: x is undefined/);
    // A kind read off an object that is not one of ours means nothing.
    expect(lookupFailureOf(Object.assign(new Error('m'), { kind: 'session-expired' })).kind).toBe('failed');
  });
});

describe('databaseRefusal', () => {
  it.each(PANOS_ERROR_KINDS.map((kind) => [kind]))('%s', (kind) => {
    const reason = databaseRefusal(new PanosError(kind, 'Not allowed'));
    const refusal = ['refused', 'api-error', 'role-denied', 'unauthorized'].includes(kind);
    expect(reason === null).toBe(!refusal);
    if (kind === 'refused') expect(reason).toBe('PAN-OS refused the query ("Not allowed")');
  });

  it("keeps the firewall's words short", () => {
    const reason = databaseRefusal(new PanosError('api-error', 'x'.repeat(5000)));
    expect(reason?.length).toBeLessThan(250);
  });

  it('is null for anything not of the family', () => {
    expect(databaseRefusal(new Error('refused'))).toBeNull();
    expect(databaseRefusal(new LookupFailure('failed', 'm'))).toBeNull();
  });
});
