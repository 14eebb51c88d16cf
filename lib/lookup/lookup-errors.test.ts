import { describe, expect, it } from 'vitest';
import { LookupFailure, toLookupFailure } from './lookup-errors';

const err = (kind: string) => Object.assign(new Error(kind), { kind });

describe('toLookupFailure', () => {
  it.each([
    ['session-expired', 'api-cookie', 'expired'],
    ['login-page', 'api-key', 'expired'],
    ['unauthorized', 'bridge', 'expired'],
    ['unauthorized', 'api-cookie', 'unavailable'],
    ['unauthorized', 'api-key', 'failed'],
    ['unavailable', 'bridge', 'unavailable'],
    ['exception', 'bridge', 'unavailable'],
    ['timeout', 'bridge', 'inconclusive'],
    ['malformed', 'api-cookie', 'failed'],
    ['http', 'api-cookie', 'failed'],
    ['aborted', 'api-cookie', 'aborted'],
  ] as const)('%s from %s is %s', (kind, source, expected) => {
    expect(toLookupFailure(err(kind), source).kind).toBe(expected);
  });

  it('an AbortError is aborted; a LookupFailure passes through', () => {
    expect(toLookupFailure(new DOMException('x', 'AbortError'), 'bridge').kind).toBe('aborted');
    const failure = new LookupFailure('failed', 'm', 'f');
    expect(toLookupFailure(failure, 'bridge')).toBe(failure);
  });

  it('a rejected API key says what to do', () => {
    const failure = toLookupFailure(err('unauthorized'), 'api-key');
    expect(failure.fix).toMatch(/API key/);
  });
});
