import { describe, expect, it } from 'vitest';
import { apiFixture } from '../../../tests/fixtures/api/load';
import { isSessionOver, PanosError, sessionOverError } from '../panos-error';
import { isLoginPageText, isUnauthorizedDirectMessage } from './session-expiry';

describe('isLoginPageText', () => {
  it.each([
    ['login-page.html', true],
    ['login-page-no-marker.html', true],
    ['log-job-fin-one.xml', false],
    ['error-22-session-timeout.xml', false],
    ['malformed-unexpected-root.xml', false],
  ])('%s', (file, expected) => {
    expect(isLoginPageText(apiFixture(file))).toBe(expected);
  });

  it('is not fooled by a log value that mentions login.php', () => {
    expect(isLoginPageText('<entry><misc>https://x.example/php/login.php</misc></entry>')).toBe(false);
  });
});

describe('isUnauthorizedDirectMessage', () => {
  it.each([
    ['unauthorized', true],
    ['Unauthorized request', true],
    ['  UNAUTHORIZED: session expired', true],
    ['not unauthorized', false],
    ['', false],
    [undefined, false],
    [{ message: 'unauthorized' }, false],
  ])('%j', (message, expected) => {
    expect(isUnauthorizedDirectMessage(message)).toBe(expected);
  });
});

describe('sessionOverError', () => {
  it('is a PanosError that says the session is over', () => {
    const error = sessionOverError();
    expect(error).toBeInstanceOf(PanosError);
    expect(error.kind).toBe('session-expired');
    expect(isSessionOver(error)).toBe(true);
    expect(isSessionOver(sessionOverError('login-page'))).toBe(true);
    expect(isSessionOver(new PanosError('unauthorized', 'no'))).toBe(false);
  });
});
