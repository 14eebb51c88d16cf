// What the XML API client makes of a firewall that does not answer a log query: each failure a
// kind of its own, what PAN-OS said kept, what the answer says of access (log and config apart),
// and the one-entry probe.

import { describe, expect, it } from 'vitest';
import { type Answer, clientFor, fakeFirewall, logJobFirewall } from '../../../tests/support/fake-xml-api';
import { isSessionOver, PanosError } from '../panos-error';
import { accessFromError } from './xml-api-client';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('queryLogs: what the firewall answers instead', () => {
  it.each<[string, Answer, string, boolean]>([
    ['code 22 while polling', { file: 'error-22-session-timeout.xml' }, 'session-expired', false],
    ['login page while polling', { file: 'login-page.html' }, 'login-page', false],
    ['malformed XML while polling', { file: 'malformed-truncated.xml' }, 'malformed', true],
    ['HTTP 502 while polling', { status: 502, file: 'malformed-unexpected-root.xml' }, 'http', true],
    ['network failure while polling', new TypeError('Failed to fetch'), 'http', true],
  ])('%s: %s error, finish sent: %s', async (_, pollAnswer, kind, finished) => {
    const firewall = logJobFirewall([pollAnswer]);
    const error = await clientFor(firewall.fetch)
      .queryLogs('threat', '(sessionid eq 1)', { nlogs: 5 })
      .catch((e) => e);
    expect(error).toBeInstanceOf(PanosError);
    expect(error.kind).toBe(kind);
    expect(error.message).not.toBe('');
    await settle();
    expect(firewall.requests.some((request) => request.params.action === 'finish')).toBe(finished);
  });

  it.each<[string, Answer, string]>([
    [
      'HTTP 403 Invalid Credential',
      { status: 403, file: 'error-403-invalid-credential.xml' },
      'unauthorized',
    ],
    ['HTTP 403 without XML', { status: 403, body: '<html>Forbidden</html>' }, 'unauthorized'],
    [
      'old Invalid credentials. with HTTP 200',
      { file: 'error-403-invalid-credentials-old.xml' },
      'unauthorized',
    ],
    ['code 22', { file: 'error-22-session-timeout.xml' }, 'session-expired'],
    ['login page with HTTP 200', { file: 'login-page.html' }, 'login-page'],
    ['bad query', { file: 'error-invalid-query.xml' }, 'api-error'],
    ['unexpected root', { file: 'malformed-unexpected-root.xml' }, 'malformed'],
    ['HTTP 500 with an XML error', { status: 500, file: 'error-invalid-query.xml' }, 'api-error'],
  ])('enqueue answered with %s: %s', async (_, enqueue, kind) => {
    const firewall = logJobFirewall([], enqueue);
    const error = await clientFor(firewall.fetch)
      .queryLogs('threat', '(sessionid eq 1)', { nlogs: 5 })
      .catch((e) => e);
    expect(error).toMatchObject({ kind });
    expect(firewall.requests).toHaveLength(1);
  });

  it('says what PAN-OS said, and marks expiry as the session being over', async () => {
    const bad = await clientFor(logJobFirewall([], { file: 'error-invalid-query.xml' }).fetch)
      .queryLogs('threat', 'x', { nlogs: 1 })
      .catch((e) => e);
    expect(bad.message).toBe("Invalid term near 'sessionid'");
    const expired = await clientFor(logJobFirewall([], { file: 'error-22-session-timeout.xml' }).fetch)
      .queryLogs('threat', 'x', { nlogs: 1 })
      .catch((e) => e);
    expect(isSessionOver(expired)).toBe(true);
    expect(expired.code).toBe('22');
  });
});

describe('what an answer says of access (log and config learned apart)', () => {
  it.each<[string, Answer, string | null]>([
    ['an answer', { file: 'log-job-fin-one.xml' }, 'works'],
    ['a PAN-OS error of its own (bad query)', { file: 'error-invalid-query.xml' }, 'works'],
    ['HTTP 403 Invalid Credential', { status: 403, file: 'error-403-invalid-credential.xml' }, 'refused'],
    [
      'HTTP 403 Type [log] not authorized for user role',
      { status: 403, file: 'error-403-role-log.xml' },
      'role-denied',
    ],
    ['the login page', { file: 'login-page.html' }, null],
    ['code 22', { file: 'error-22-session-timeout.xml' }, null],
    ['HTTP 404', { status: 404, body: 'Not Found' }, null],
    ['not a PAN-OS answer', { file: 'malformed-unexpected-root.xml' }, null],
    ['a network error', new TypeError('Failed to fetch'), null],
  ])('a log query answered with %s: %s', async (_, answer, expected) => {
    const firewall = fakeFirewall(() => answer);
    const outcome = await clientFor(firewall.fetch)
      .queryLogs('threat', '(sessionid eq 1)', { nlogs: 1 })
      .then(
        () => 'works',
        (error: unknown) => accessFromError(error),
      );
    expect(outcome).toBe(expected);
    expect(firewall.requests[0]?.params.type).toBe('log');
  });

  it('a role refusal is its own kind, naming the request type, with no job left to finish', async () => {
    const firewall = fakeFirewall(() => ({ status: 403, file: 'error-403-role-config.xml' }));
    const error = await clientFor(firewall.fetch)
      .showConfig("/config/devices/entry[@name='localhost.localdomain']/vsys/entry[@name='vsys1']")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PanosError);
    expect(error).toMatchObject({ kind: 'role-denied', code: 'type:config' });
    expect((error as Error).message).toMatch(/admin role lacks XML API configuration access/);
    expect(firewall.requests).toHaveLength(1);
    expect(firewall.requests[0]?.params).toMatchObject({ type: 'config', action: 'show' });
  });
});

describe('probeLogs: one log entry asked, its job finished at once', () => {
  it('enqueues a one-entry threat-log query and finishes that job', async () => {
    const firewall = fakeFirewall((params) =>
      params.action === 'finish' ? { file: 'log-job-fin-none.xml' } : { file: 'log-enqueued.xml' },
    );
    await clientFor(firewall.fetch).probeLogs();
    expect(firewall.requests.map((r) => r.params)).toEqual([
      { type: 'log', 'log-type': 'threat', nlogs: '1' },
      { type: 'log', action: 'finish', 'job-id': '18' },
    ]);
  });

  it.each([
    ['Invalid Credential', { status: 403, file: 'error-403-invalid-credential.xml' }, 'refused'],
    ['a role without log access', { status: 403, file: 'error-403-role-log.xml' }, 'role-denied'],
  ] as const)('%s: throws what the firewall said; there is no job to finish', async (_, answer, access) => {
    const firewall = fakeFirewall(() => answer);
    const error = await clientFor(firewall.fetch)
      .probeLogs()
      .catch((e: unknown) => e);
    expect(accessFromError(error)).toBe(access);
    expect(firewall.requests).toHaveLength(1);
  });
});
