import { describe, expect, it } from 'vitest';
import { apiFixture } from '../../../tests/fixtures/api/load';
import { threatEntry, trafficRow } from '../../../tests/fixtures/config/entries';
import { createLookupSetup, pageFetch } from './lookup-setup';

type Reply = { status?: number; file: string };
const KEY = 'LUFRPT1-test-key==';

/** A firewall window whose fetch answers from fixtures and records which credential each request carried. */
function setUp(reply: (params: URLSearchParams, withKey: boolean) => Reply) {
  const sent: { params: URLSearchParams; withKey: boolean }[] = [];
  const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const params = new URLSearchParams(String(init?.body ?? ''));
    const withKey = Object.hasOwn((init?.headers ?? {}) as object, 'X-PAN-KEY');
    sent.push({ params, withKey });
    const { status = 200, file } = reply(params, withKey);
    return new Response(apiFixture(file), { status });
  }) as typeof globalThis.fetch;
  const win = { fetch, navigator: {}, document } as unknown as Window;
  const setup = createLookupSetup({
    win,
    origin: 'https://fw.example.net',
    bridge: null,
    apiKey: KEY,
    location: () => 'vsys1',
    onOutcome: () => {},
  });
  return { setup, sent };
}

const REFUSED: Reply = { status: 403, file: 'error-403-invalid-credential.xml' };
const signal = () => new AbortController().signal;

describe('the API key is a last resort', () => {
  it('the firewall accepts the web session at /api/: the key is never sent (log and config)', async () => {
    const { setup, sent } = setUp((params) =>
      params.get('type') === 'op'
        ? { file: 'op-show-clock.xml' }
        : params.get('type') === 'log'
          ? { file: 'log-job-fin-none.xml' }
          : { file: 'config-get-missing.xml' },
    );
    await setup.fetcher.fetch([trafficRow()], signal());
    await setup.resolveProfile(threatEntry(), signal());
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.filter((request) => request.withKey)).toEqual([]);
  });

  it('the session refused at /api/, but the rows are claims the grid does not show: no key request', async () => {
    const { setup, sent } = setUp((_params, withKey) =>
      withKey ? { file: 'log-job-fin-none.xml' } : REFUSED,
    );
    const fetched = await setup.fetcher.fetch([trafficRow()], signal());
    expect(fetched.problem?.message).toBe(
      'The API key was not used: the page names sessions its grid does not show.',
    );
    expect(sent.filter((request) => request.withKey)).toEqual([]);
  });

  it('config reads use the key only once the session was refused', async () => {
    const { setup, sent } = setUp((params, withKey) =>
      !withKey
        ? REFUSED
        : params.get('type') === 'op'
          ? { file: 'op-show-clock.xml' }
          : { file: 'config-get-missing.xml' },
    );
    await setup.resolveProfile(threatEntry(), signal());
    expect(sent[0]?.withKey).toBe(false); // the session first
    expect(sent.slice(1).every((request) => request.withKey)).toBe(true);
  });
});

describe('pageFetch: the browser is known at build time', () => {
  it("the Chrome build ignores a global named 'content' (a page could shape one)", () => {
    const own = () => Promise.resolve(new Response('own'));
    const win = { fetch: own } as unknown as Window;
    const planted = globalThis as { content?: unknown };
    planted.content = { fetch: () => Promise.resolve(new Response('planted')) };
    try {
      return pageFetch(win, false)('x').then(async (response) => expect(await response.text()).toBe('own'));
    } finally {
      delete planted.content;
    }
  });

  it("the Firefox build uses the page's content.fetch", async () => {
    const planted = globalThis as { content?: unknown };
    planted.content = { fetch: () => Promise.resolve(new Response('page')) };
    try {
      const response = await pageFetch(
        { fetch: () => Promise.reject(new Error('privileged')) } as never,
        true,
      )('x');
      expect(await response.text()).toBe('page');
    } finally {
      delete planted.content;
    }
  });
});
