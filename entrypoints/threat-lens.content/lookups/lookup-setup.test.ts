import { describe, expect, it } from 'vitest';
import type { ApiArea } from '../../../lib/panos/api/role-access';
import type { CookieApiAnswer, CookieApiKnowledge } from '../../../lib/storage/cookie-api-memory';
import { apiFixture } from '../../../tests/fixtures/api/load';
import { threatEntry, trafficRow } from '../../../tests/fixtures/config/entries';
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
  cookieApi: CookieApiKnowledge | null = null,
  more: Partial<Parameters<typeof createLookupSetup>[0]> = {},
) {
  const { win, sent } = firewallWindow(reply);
  const learned: string[] = [];
  const setup = createLookupSetup({
    win,
    origin: 'https://fw.example.net',
    bridge: null,
    apiKey: null,
    location: () => 'vsys1',
    cookieApi,
    onOutcome: () => {},
    onCookieApiLearned: (area: ApiArea, answer: CookieApiAnswer) => learned.push(`${area}:${answer}`),
    ...more,
  });
  return { setup, sent, learned };
}

const REFUSED: Reply = { status: 403, file: 'error-403-invalid-credential.xml' };
const ROLE_NO_LOG: Reply = { status: 403, file: 'error-403-role-log.xml' };
const ROLE_NO_CONFIG: Reply = { status: 403, file: 'error-403-role-config.xml' };
const LOGIN: Reply = { file: 'login-page.html' };
const signal = () => new AbortController().signal;

describe('createLookupSetup: what is learned of /api/ and the session cookie', () => {
  it('a 403 on the log query is a refusal, learned and not asked again on this page', async () => {
    const { setup, sent, learned } = setUp(() => REFUSED);
    await expect(setup.fetcher.fetch([trafficRow()], signal())).resolves.toMatchObject({
      problem: { kind: 'unavailable' },
    });
    // A refused cookie is refused for config reads too.
    expect(learned).toEqual(['log:refused', 'config:refused']);
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

  it('config access is tested with the config read itself: refusal learned, login page not, answer is', async () => {
    const refused = setUp(() => REFUSED);
    const noConfig = await refused.setup.resolveProfile(threatEntry(), signal());
    expect(noConfig.source).toBe('log-only');
    expect(refused.learned).toEqual(['log:refused', 'config:refused']);
    expect(refused.sent.map((params) => params.get('type'))).toEqual(['config']);

    const login = setUp(() => LOGIN);
    await login.setup.resolveProfile(threatEntry(), signal()).catch(() => null);
    expect(login.learned).toEqual([]);

    const works = setUp(() => ({ file: 'config-get-missing.xml' }));
    await works.setup.resolveProfile(threatEntry(), signal());
    expect(works.learned).toEqual(['config:works']);
    // No operational command is sent to find out: the first request is the config read needed.
    expect(works.sent[0]?.get('type')).toBe('config');
    expect(works.sent[0]?.get('xpath')).toContain("vsys/entry[@name='vsys1']");
    expect(works.sent.map((params) => params.get('cmd'))).not.toContain('<show><clock></clock></show>');
  });

  it('the cookie is tested for logs with a one-entry query (its job finished) before the page batch, once', async () => {
    const { setup, sent, learned } = setUp((params) => {
      if (params.get('action') === 'finish') return { file: 'log-job-fin-none.xml' };
      if (params.get('action') === 'get') return { file: 'log-job-fin-one.xml' };
      return { file: 'log-enqueued.xml' };
    });
    await setup.fetcher.fetch([trafficRow()], signal());
    const described = sent.map((p) => `${p.get('action') ?? 'query'}:${p.get('nlogs') ?? p.get('job-id')}`);
    expect(described.slice(0, 3)).toEqual(['query:1', 'finish:18', `query:${sent[2]?.get('nlogs')}`]);
    expect(learned).toEqual(['log:works']);
    const before = sent.length;
    await setup.fetcher.fetch([trafficRow()], signal());
    expect(sent.slice(before).filter((p) => p.get('nlogs') === '1' && !p.get('query'))).toHaveLength(0);
  });

  it('a role without XML API log access: said as such with the fix, and config access still tried', async () => {
    const { setup, sent, learned } = setUp((params) =>
      params.get('type') === 'log' ? ROLE_NO_LOG : { file: 'config-get-missing.xml' },
    );
    const { problem } = await setup.fetcher.fetch([trafficRow()], signal());
    expect(problem).toMatchObject({ kind: 'unavailable' });
    expect(problem?.message).toMatch(/admin role lacks XML API log access/);
    expect(problem?.fix).toMatch(/Device > Admin Roles.*XML API tab, enable Log/);
    expect(learned).toEqual(['log:role-denied']);
    expect(setup.apiAccess.cookie).toEqual({ log: 'role-denied', config: 'untried' });
    await setup.resolveProfile(threatEntry(), signal());
    expect(setup.apiAccess.cookie).toEqual({ log: 'role-denied', config: 'works' });
    expect(sent.filter((params) => params.get('type') === 'log')).toHaveLength(1);
  });

  it('a role without XML API config access: the panel says so with the fix; log access stays apart', async () => {
    const { setup, sent, learned } = setUp(() => ROLE_NO_CONFIG);
    const resolution = await setup.resolveProfile(threatEntry(), signal());
    expect(resolution.source).toBe('log-only');
    expect(resolution.unknownReason).toMatch(/admin role lacks XML API configuration access/);
    expect(resolution.unknownReason).toMatch(/enable Configuration/);
    expect(learned).toEqual(['config:role-denied']);
    expect(setup.apiAccess.cookie.log).toBe('untried');
    // Another row does not ask again.
    const before = sent.length;
    await setup.resolveProfile(threatEntry(), signal());
    expect(sent.length).toBe(before);
  });

  it('concurrent config reads wait for the first one instead of each testing access', async () => {
    const { setup, sent } = setUp(() => REFUSED);
    await Promise.all([1, 2, 3].map(() => setup.resolveProfile(threatEntry(), signal())));
    expect(sent).toHaveLength(1);
  });

  it('a refusal remembered from an earlier page: no request to /api/ at all', async () => {
    const { setup, sent } = setUp(() => REFUSED, { log: 'refused' });
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
    expect(learned).toEqual(['log:works']); // it answered: the cookie is accepted for logs
  });

  it('a path remembered as unusable on this firewall is not asked', async () => {
    const { setup, sent } = setUp(() => REFUSED, null, { unusablePaths: ['xml-api-cookie'] });
    const result = await setup.fetcher.fetch([trafficRow()], signal());
    expect(result.problem).toMatchObject({ kind: 'unavailable' });
    expect(sent.filter((params) => params.get('type') === 'log')).toHaveLength(0);
    expect(setup.outcomes['xml-api-cookie']).toBe('inconclusive');
  });
});
