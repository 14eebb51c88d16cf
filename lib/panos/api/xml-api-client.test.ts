import { describe, expect, it } from 'vitest';
import { apiFixture } from '../../../tests/fixtures/api/load';
import { abortedError, isSessionOver, PanosError } from './panos-error';
import { accessFromError, createXmlApiClient, type XmlApiAuth } from './xml-api-client';

interface SentRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  params: Record<string, string>;
  body: string;
  credentials: RequestCredentials | undefined;
  signal: AbortSignal | null | undefined;
}

type Answer = { status?: number; file?: string; body?: string } | Error;

/** A fetch that answers from fixtures, chosen by the request's form parameters, and records every request. */
function fakeFirewall(answer: (params: Record<string, string>, request: number) => Answer) {
  const requests: SentRequest[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const body = String(init?.body ?? '');
    const params = Object.fromEntries(new URLSearchParams(body));
    requests.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers: { ...(init?.headers as Record<string, string>) },
      params,
      body,
      credentials: init?.credentials,
      signal: init?.signal,
    });
    const reply = answer(params, requests.length - 1);
    if (reply instanceof Error) throw reply;
    return new Response(reply.body ?? apiFixture(reply.file ?? ''), { status: reply.status ?? 200 });
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

/** Enqueue answers job 18; then `polls` answer in turn (the last one repeats); finish is acknowledged. */
function logJobFirewall(polls: Answer[], enqueue: Answer = { file: 'log-enqueued.xml' }) {
  let poll = 0;
  return fakeFirewall((params) => {
    if (params.action === 'finish')
      return { body: '<response status="success"><result>Job 18 finished</result></response>' };
    if (params.action === 'get') return polls[Math.min(poll++, polls.length - 1)] as Answer;
    return enqueue;
  });
}

function clientFor(
  fetch: typeof globalThis.fetch,
  auth: XmlApiAuth = { kind: 'cookie' },
  sleeps: number[] = [],
) {
  return createXmlApiClient({
    origin: 'https://fw.example/',
    fetch,
    auth,
    sleep: async (ms) => void sleeps.push(ms),
  });
}

const QUERY = "((sessionid eq 184522) or (sessionid eq 184530)) and (receive_time geq '2025/03/11 10:04:00')";
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('queryLogs', () => {
  it('enqueues, polls with backoff until FIN, returns the entries', async () => {
    const firewall = logJobFirewall([
      { file: 'log-job-active.xml' },
      { file: 'log-job-pending.xml' },
      { file: 'log-job-fin-many.xml' },
    ]);
    const sleeps: number[] = [];
    const entries = await clientFor(firewall.fetch, { kind: 'cookie' }, sleeps).queryLogs('threat', QUERY, {
      nlogs: 100,
    });
    expect(entries.map((entry) => entry.sessionid)).toEqual(['184522', '184522', '184522', '184530']);
    expect(sleeps).toEqual([250, 500, 1000]);
    expect(firewall.requests.map((request) => request.params)).toEqual([
      { type: 'log', 'log-type': 'threat', query: QUERY, nlogs: '100' },
      { type: 'log', action: 'get', 'job-id': '18' },
      { type: 'log', action: 'get', 'job-id': '18' },
      { type: 'log', action: 'get', 'job-id': '18' },
    ]);
    for (const request of firewall.requests) {
      expect(request).toMatchObject({
        url: 'https://fw.example/api/',
        method: 'POST',
        credentials: 'same-origin',
      });
      expect(request.headers).toEqual({ 'Content-Type': 'application/x-www-form-urlencoded' });
    }
  });

  it('sends the API key in the X-PAN-KEY header only, never in the URL or the body', async () => {
    const firewall = logJobFirewall([{ file: 'log-job-fin-one.xml' }]);
    const key = 'LUFRPT1secret/key+with=chars==';
    await clientFor(firewall.fetch, { kind: 'key', key }).queryLogs('traffic', '(sessionid eq 1)', {
      nlogs: 20,
    });
    expect(firewall.requests).toHaveLength(2);
    for (const request of firewall.requests) {
      expect(request.headers['X-PAN-KEY']).toBe(key);
      expect(request.credentials).toBe('omit');
      expect(request.url).toBe('https://fw.example/api/');
      expect(request.body).not.toContain('LUFRPT1');
      expect(request.params.key).toBeUndefined();
    }
    expect(firewall.requests[0]?.params['log-type']).toBe('traffic');
  });

  it.each([
    [0, '1'],
    [20.7, '20'],
    [9000, '5000'],
  ])('asks for nlogs %s as %s', async (nlogs, sent) => {
    const firewall = logJobFirewall([{ file: 'log-job-fin-none.xml' }]);
    expect(await clientFor(firewall.fetch).queryLogs('threat', '(sessionid eq 1)', { nlogs })).toEqual([]);
    expect(firewall.requests[0]?.params.nlogs).toBe(sent);
  });

  it('reads the job id from the message line when there is no job element', async () => {
    const firewall = logJobFirewall([{ file: 'log-job-fin-none.xml' }], {
      file: 'log-enqueued-msg-only.xml',
    });
    await clientFor(firewall.fetch).queryLogs('threat', '(sessionid eq 1)', { nlogs: 1 });
    expect(firewall.requests[1]?.params['job-id']).toBe('1042');
  });

  it('gives up after maxWaitMs with a timeout error and finishes the job once', async () => {
    const firewall = logJobFirewall([{ file: 'log-job-active.xml' }]);
    const sleeps: number[] = [];
    const client = createXmlApiClient({
      origin: 'https://fw.example',
      fetch: firewall.fetch,
      auth: { kind: 'cookie' },
      poll: { firstDelayMs: 100, maxDelayMs: 400, factor: 2, maxWaitMs: 1500 },
      sleep: async (ms) => void sleeps.push(ms),
    });
    const error = await client.queryLogs('threat', '(sessionid eq 1)', { nlogs: 5 }).catch((e) => e);
    expect(error).toBeInstanceOf(PanosError);
    expect(error.kind).toBe('timeout');
    expect(sleeps).toEqual([100, 200, 400, 400, 400]);
    await settle();
    const finishes = firewall.requests.filter((request) => request.params.action === 'finish');
    expect(finishes.map((request) => request.params)).toEqual([
      { type: 'log', action: 'finish', 'job-id': '18' },
    ]);
    expect(firewall.requests).toHaveLength(1 + 5 + 1);
  });

  it('on abort while polling, stops and finishes the job once, without the aborted signal', async () => {
    const firewall = logJobFirewall([{ file: 'log-job-active.xml' }]);
    const controller = new AbortController();
    let naps = 0;
    const client = createXmlApiClient({
      origin: 'https://fw.example',
      fetch: firewall.fetch,
      auth: { kind: 'cookie' },
      sleep: async () => {
        if (++naps === 2) {
          controller.abort();
          throw abortedError();
        }
      },
    });
    const error = await client
      .queryLogs('threat', '(sessionid eq 1)', { nlogs: 5, signal: controller.signal })
      .catch((e) => e);
    expect(error).toMatchObject({ kind: 'aborted' });
    await settle();
    expect(firewall.requests.map((request) => request.params.action ?? 'enqueue')).toEqual([
      'enqueue',
      'get',
      'finish',
    ]);
    expect(firewall.requests[2]?.signal?.aborted ?? false).toBe(false);
  });

  it('sends nothing when already aborted', async () => {
    const firewall = logJobFirewall([{ file: 'log-job-fin-one.xml' }]);
    const controller = new AbortController();
    controller.abort();
    await expect(
      clientFor(firewall.fetch).queryLogs('threat', '(sessionid eq 1)', {
        nlogs: 5,
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ kind: 'aborted' });
    expect(firewall.requests).toHaveLength(0);
  });

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

describe('showConfig', () => {
  const XPATH =
    "/config/devices/entry[@name='localhost.localdomain']/vsys/entry[@name='vsys1']/rulebase/security/rules/entry[@name='allow-web']";

  it('returns the result element holding the node', async () => {
    const firewall = fakeFirewall(() => ({ file: 'config-show-rule.xml' }));
    const result = await clientFor(firewall.fetch).showConfig(XPATH);
    expect(result?.localName).toBe('result');
    expect(result?.querySelector('profile-setting group member')?.textContent).toBe('corp-default');
    expect(firewall.requests[0]?.params).toEqual({ type: 'config', action: 'show', xpath: XPATH });
  });

  it.each([
    ['No such node', { file: 'error-no-such-node.xml' }],
    ['success with code 7 and an empty result', { file: 'config-get-missing.xml' }],
  ])('answers null for %s', async (_, answer) => {
    expect(await clientFor(fakeFirewall(() => answer).fetch).showConfig(XPATH)).toBeNull();
  });

  it('throws other errors', async () => {
    await expect(
      clientFor(fakeFirewall(() => ({ file: 'error-22-session-timeout.xml' })).fetch).showConfig(XPATH),
    ).rejects.toMatchObject({ kind: 'session-expired' });
    await expect(
      clientFor(fakeFirewall(() => ({ file: 'error-code-17-multiline.xml' })).fetch).showConfig(XPATH),
    ).rejects.toMatchObject({ kind: 'api-error', code: '17' });
  });
});

describe('op', () => {
  it('sends the command and returns the result element', async () => {
    const firewall = fakeFirewall(() => ({ file: 'op-show-clock.xml' }));
    const result = await clientFor(firewall.fetch).op('<show><clock></clock></show>');
    expect(result.textContent).toContain('2025');
    expect(firewall.requests[0]?.params).toEqual({ type: 'op', cmd: '<show><clock></clock></show>' });
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
