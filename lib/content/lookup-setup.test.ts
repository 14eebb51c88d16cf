import { describe, expect, it } from 'vitest';
import { apiFixture } from '../../tests/fixtures/api/load';
import { threatEntry, trafficRow } from '../../tests/fixtures/config/entries';
import type { CookieApiAnswer } from '../cookie-api-memory';
import { createLookupSetup } from './lookup-setup';

type Reply = { status?: number; file: string };

/** A window whose fetch answers /api/ from fixtures by request type, counting the requests. */
function firewallWindow(reply: (params: URLSearchParams) => Reply) {
  const sent: URLSearchParams[] = [];
  const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const params = new URLSearchParams(String(init?.body ?? ''));
    sent.push(params);
    const { status = 200, file } = reply(params);
    return new Response(apiFixture(file), { status });
  }) as typeof globalThis.fetch;
  const win = { fetch, navigator: {} } as unknown as Window;
  return { win, sent };
}

function setUp(
  reply: (params: URLSearchParams) => Reply,
  cookieApi: CookieApiAnswer | null = null,
  more: Partial<Parameters<typeof createLookupSetup>[0]> = {},
) {
  const { win, sent } = firewallWindow(reply);
  const learned: CookieApiAnswer[] = [];
  const setup = createLookupSetup({
    win,
    origin: 'https://fw.example.net',
    bridge: null,
    apiKey: null,
    location: () => 'vsys1',
    cookieApi,
    onOutcome: () => {},
    onCookieApiLearned: (answer) => learned.push(answer),
    ...more,
  });
  return { setup, sent, learned };
}

const REFUSED: Reply = { status: 403, file: 'error-403-invalid-credential.xml' };
const LOGIN: Reply = { file: 'login-page.html' };
const signal = () => new AbortController().signal;

describe('createLookupSetup: what is learned of /api/ and the session cookie', () => {
  it('a 403 on the log query is a refusal, learned and not asked again on this page', async () => {
    const { setup, sent, learned } = setUp(() => REFUSED);
    await expect(setup.fetcher.fetch([trafficRow()], signal())).resolves.toMatchObject({
      problem: { kind: 'unavailable' },
    });
    expect(learned).toEqual(['unavailable']);
    expect(setup.outcomes['xml-api-cookie']).toBe('unavailable');
    // A credential not yet seen to work asks one log first: the other databases are not asked.
    expect(sent.map((params) => params.get('log-type'))).toEqual(['threat']);
    await setup.resolveProfile(threatEntry(), signal());
    expect(sent).toHaveLength(1);
  });

  it('a login page is the session ending, which settles nothing about the cookie', async () => {
    const { setup, learned } = setUp(() => LOGIN);
    await expect(setup.fetcher.fetch([trafficRow()], signal())).rejects.toMatchObject({ kind: 'expired' });
    expect(learned).toEqual([]);
  });

  it('the config probe: a refusal is learned, a login page is not, an answer is', async () => {
    const refused = setUp(() => REFUSED);
    const noConfig = await refused.setup.resolveProfile(threatEntry(), signal());
    expect(noConfig.source).toBe('log-only');
    expect(refused.learned).toEqual(['unavailable']);

    const login = setUp(() => LOGIN);
    await login.setup.resolveProfile(threatEntry(), signal()).catch(() => null);
    expect(login.learned).toEqual([]);

    const works = setUp((params) =>
      params.get('type') === 'op' ? { file: 'op-show-clock.xml' } : { file: 'config-get-missing.xml' },
    );
    await works.setup.resolveProfile(threatEntry(), signal());
    expect(works.learned).toEqual(['works']);
    expect(works.sent[0]?.get('cmd')).toBe('<show><clock></clock></show>');
    // Then the config itself; the clock is not asked again.
    expect(works.sent.slice(1).map((params) => params.get('cmd'))).not.toContain(
      '<show><clock></clock></show>',
    );
    expect(works.sent.slice(1).some((params) => params.get('type') === 'config')).toBe(true);
  });

  it('a refusal remembered from an earlier page: no request to /api/ at all', async () => {
    const { setup, sent } = setUp(() => REFUSED, 'unavailable');
    await expect(setup.fetcher.fetch([trafficRow()], signal())).resolves.toMatchObject({
      problem: { kind: 'unavailable' },
    });
    const resolution = await setup.resolveProfile(threatEntry(), signal());
    expect(resolution.source).toBe('log-only');
    expect(sent).toHaveLength(0);
  });

  it('a path that answers entries of other sessions is reported unusable (its filter is ignored)', async () => {
    const unusable: string[] = [];
    const { setup, learned } = setUp(
      (params) => ({ file: params.get('action') === 'get' ? 'log-job-fin-many.xml' : 'log-enqueued.xml' }),
      null,
      { onPathUnusable: (id) => unusable.push(id) },
    );
    const result = await setup.fetcher.fetch([trafficRow()], signal());
    expect(result.answers).toEqual([]);
    expect(unusable).toEqual(['xml-api-cookie']);
    expect(setup.details['xml-api-cookie']).toMatchObject({ note: 'other-sessions', retired: true });
    expect(learned).toEqual(['works']); // it answered: the cookie is accepted
  });

  it('a path remembered as unusable on this firewall is not asked', async () => {
    const { setup, sent } = setUp(() => REFUSED, null, { unusablePaths: ['xml-api-cookie'] });
    const result = await setup.fetcher.fetch([trafficRow()], signal());
    expect(result.problem).toMatchObject({ kind: 'unavailable' });
    expect(sent.filter((params) => params.get('type') === 'log')).toHaveLength(0);
    expect(setup.outcomes['xml-api-cookie']).toBe('inconclusive');
  });
});
