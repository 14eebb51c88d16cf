import { describe, expect, it } from 'vitest';
import { apiFixture } from '../../../tests/fixtures/api/load';
import { PanosError } from '../panos-error';
import { directValue, normaliseDirectResult } from './direct-result';

describe('normaliseDirectResult', () => {
  it.each<[string, unknown, unknown]>([
    ['bare array', [41, 42], [41, 42]],
    ['bare string', '<response/>', '<response/>'],
    ['bare number', 7, 7],
    ['null', null, null],
    ['undefined', undefined, null],
    ['@status success', { '@status': 'success', result: [1, 2] }, [1, 2]],
    ['success: true', { success: true, result: { a: 1 } }, { a: 1 }],
    ['success: "true" with data', { success: 'true', data: 'x' }, 'x'],
    ['status success with value', { status: 'success', value: 3 }, 3],
    ['success without a value key', { success: true, total: 2 }, { success: true, total: 2 }],
    ['nested wrappers', { success: true, result: { '@status': 'success', result: 'deep' } }, 'deep'],
    ['XML turned to JSON', { response: { '@status': 'success', result: { job: '5' } } }, { job: '5' }],
    ['plain object without status', { rows: [] }, { rows: [] }],
    ['job status is not a wrapper status', { status: 'FIN', id: '4' }, { status: 'FIN', id: '4' }],
  ])('%s', (_, raw, value) => {
    expect(normaliseDirectResult(raw)).toEqual({ ok: true, value });
  });

  it.each<[string, unknown, string, string]>([
    ['@status error with msg', { '@status': 'error', msg: 'Bad anchor' }, 'error', 'Bad anchor'],
    ['success false with message', { success: false, message: 'Query failed' }, 'error', 'Query failed'],
    ['msg with lines', { status: 'error', msg: { line: ['first', 'second'] } }, 'error', 'first second'],
    ['Direct exception', { type: 'exception', message: 'boom' }, 'error', 'boom'],
    ['error without text', { success: false }, 'error', 'The web UI reported an error.'],
    [
      'unauthorized exception',
      { type: 'exception', message: 'Unauthorized request' },
      'session-expired',
      'Unauthorized request',
    ],
    ['unauthorized string', 'unauthorized', 'session-expired', 'unauthorized'],
    ['status unauth', { '@status': 'unauth', msg: 'unauthorized' }, 'session-expired', 'unauthorized'],
  ])('%s', (_, raw, kind, message) => {
    expect(normaliseDirectResult(raw)).toEqual({ ok: false, kind, message });
  });

  it('recognises the login page in a string result', () => {
    expect(normaliseDirectResult(apiFixture('login-page.html'))).toMatchObject({
      ok: false,
      kind: 'login-page',
    });
  });
});

describe('directValue', () => {
  it('returns the value or throws typed errors', () => {
    expect(directValue({ success: true, result: 5 })).toBe(5);
    expect(() => directValue({ success: false, message: 'x' })).toThrow(PanosError);
    expect(() => directValue({ success: false, message: 'x' })).toThrow(
      expect.objectContaining({ kind: 'api-error' }),
    );
    expect(() => directValue('unauthorized')).toThrow(expect.objectContaining({ kind: 'session-expired' }));
    expect(() => directValue(apiFixture('login-page.html'))).toThrow(
      expect.objectContaining({ kind: 'login-page' }),
    );
  });
});
