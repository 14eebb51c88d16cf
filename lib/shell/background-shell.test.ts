import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { fakeShellApi } from '../../tests/support/fake-apis';
import type { ShellReply } from '../messages';
import { recallCookieApi, rememberCookieApi } from '../storage/cookie-api-memory';
import { recallProduct, rememberProduct } from '../storage/product-memory';
import { getSettings, setApiKey } from '../storage/settings';
import { type BackgroundApi, startBackgroundShell } from './background-shell';
import { userOrigins } from './enabled-origins';
import { BRIDGE_SCRIPT_ID, CONTENT_SCRIPT_ID } from './registration';

type Listener = (permissions: { origins?: string[] }) => void;
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => listeners.push(l),
    trigger: (arg: { origins?: string[] }) => {
      for (const l of listeners) l(arg);
    },
  };
}

const OWN_PAGE = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/popup.html' };
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(opts: Parameters<typeof fakeShellApi>[0] = {}) {
  const shell = fakeShellApi(opts);
  const permissionEvents = { onAdded: fakeEvent(), onRemoved: fakeEvent() };
  const api: BackgroundApi = { ...shell, runtime: fakeBrowser.runtime, permissionEvents };
  const logs: string[] = [];
  const started = startBackgroundShell(api, (m) => logs.push(m));
  const send = (message: unknown, sender: object = OWN_PAGE) =>
    fakeBrowser.runtime.onMessage
      .trigger(message, sender)
      .then((replies) => replies.find(Boolean)) as Promise<ShellReply | undefined>;
  return { ...shell, permissionEvents, started, send, logs };
}

const matchesOf = (s: ReturnType<typeof setUp>, id: string) => s.scripting.registered.get(id)?.matches;

beforeEach(() => fakeBrowser.reset());

describe('startup registration', () => {
  it('registers for granted hosts and managed origins at worker start, without any click', async () => {
    const s = setUp({
      granted: ['https://fw.example.com/*', 'https://*/*'],
      managed: ['https://panorama.corp:8443'],
    });
    await s.started;
    const matches = ['https://fw.example.com/*', 'https://panorama.corp:8443/*'];
    expect(matchesOf(s, BRIDGE_SCRIPT_ID)).toEqual(matches);
    expect(s.scripting.registered.get(BRIDGE_SCRIPT_ID)?.world).toBe('MAIN');
    expect(matchesOf(s, CONTENT_SCRIPT_ID)).toEqual(matches);
  });

  it('copes with managed storage being unavailable', async () => {
    const s = setUp({ granted: ['http://127.0.0.1/*'], managed: new Error('no managed storage') });
    await s.started;
    expect(matchesOf(s, CONTENT_SCRIPT_ID)).toEqual(['http://127.0.0.1/*']);
    expect(s.logs).toEqual([]);
  });

  it('registers granted hosts at once while managed storage has not answered yet', async () => {
    const s = setUp({ granted: ['https://fw/*'] });
    s.managed.get = () => new Promise(() => {}); // Chromium, just after the worker starts
    await flush();
    await flush();
    expect(matchesOf(s, CONTENT_SCRIPT_ID)).toEqual(['https://fw/*']);
  });

  it('re-syncs on onStartup and onInstalled without duplicate registrations', async () => {
    const s = setUp({ granted: ['https://fw/*'] });
    await fakeBrowser.runtime.onStartup.trigger();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await s.started;
    await flush();
    expect(s.logs).toEqual([]);
    expect(s.scripting.calls.filter((c) => c.startsWith('register'))).toHaveLength(1);
  });

  it('registers nothing on a fresh install', async () => {
    const s = setUp();
    await s.started;
    expect(s.scripting.registered.size).toBe(0);
  });
});

describe('enable and disable', () => {
  it('enable: after the grant, remembers the origin with its port, registers, injects into open tabs', async () => {
    const s = setUp({ tabs: [{ id: 7, url: 'https://fw.example.com:4443/#monitor' }] });
    await s.started;
    s.permissions.origins.add('https://fw.example.com/*'); // what permissions.request did in the click
    const reply = await s.send({ type: 'threat-lens/enable', origin: 'https://fw.example.com:4443' });
    expect(reply).toEqual({ ok: true, injectedTabs: 1 });
    expect(await userOrigins()).toEqual(['https://fw.example.com:4443']);
    expect(matchesOf(s, CONTENT_SCRIPT_ID)).toEqual(['https://fw.example.com/*']);
    expect(s.scripting.injections.map((i) => i.world)).toEqual(['MAIN', 'ISOLATED']);
  });

  it('enable without the grant fails and registers nothing', async () => {
    const s = setUp();
    await s.started;
    const reply = await s.send({ type: 'threat-lens/enable', origin: 'https://fw.example.com' });
    expect(reply?.ok).toBe(false);
    expect(s.scripting.registered.size).toBe(0);
  });

  it('disable: drops the grant, the scripts, the API key and what was learned of its /api/ and product', async () => {
    const s = setUp({ granted: ['https://fw/*'] });
    await s.started;
    await s.send({ type: 'threat-lens/enable', origin: 'https://fw:4443' });
    await setApiKey('https://fw:4443', 'SECRET-KEY-123');
    await rememberCookieApi('https://fw:4443', 'log', 'refused');
    await rememberProduct('https://fw:4443', {
      product: 'panorama',
      decidedBy: ['system-info: model Panorama'],
    });
    const reply = await s.send({ type: 'threat-lens/disable', origin: 'https://fw:4443' });
    expect(reply).toEqual({ ok: true, injectedTabs: 0 });
    expect(s.permissions.origins.size).toBe(0);
    expect(s.scripting.registered.size).toBe(0);
    expect((await getSettings()).apiKeys).toEqual({});
    expect(await recallCookieApi('https://fw:4443')).toBeNull();
    expect(await recallProduct('https://fw:4443')).toBeNull();
  });

  it('disable keeps the host grant while another port of it stays enabled', async () => {
    const s = setUp({ granted: ['https://fw/*'] });
    await s.started;
    await s.send({ type: 'threat-lens/enable', origin: 'https://fw:4443' });
    await s.send({ type: 'threat-lens/enable', origin: 'https://fw:8443' });
    await s.send({ type: 'threat-lens/disable', origin: 'https://fw:4443' });
    expect([...s.permissions.origins]).toEqual(['https://fw/*']);
    expect(await userOrigins()).toEqual(['https://fw:8443']);
  });

  it('disable refuses a managed origin, and explains a manifest grant', async () => {
    const s = setUp({ fixed: ['http://127.0.0.1/*'], managed: ['https://fw.corp'] });
    await s.started;
    expect((await s.send({ type: 'threat-lens/disable', origin: 'https://fw.corp' }))?.ok).toBe(false);
    const reply = await s.send({ type: 'threat-lens/disable', origin: 'http://127.0.0.1' });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('manifest') });
    expect(matchesOf(s, CONTENT_SCRIPT_ID)).toContain('http://127.0.0.1/*');
  });

  it('follows grants and revocations made in the browser UI', async () => {
    const s = setUp({ tabs: [{ id: 3, url: 'https://fw/x' }] });
    await s.started;
    s.permissions.origins.add('https://fw/*');
    s.permissionEvents.onAdded.trigger({ origins: ['https://fw/*'] });
    await flush();
    await flush();
    expect(matchesOf(s, CONTENT_SCRIPT_ID)).toEqual(['https://fw/*']);
    expect(s.scripting.injections).toHaveLength(2);

    await s.send({ type: 'threat-lens/enable', origin: 'https://fw' });
    await setApiKey('https://fw', 'SECRET-KEY-123');
    s.permissions.origins.delete('https://fw/*');
    s.permissionEvents.onRemoved.trigger({ origins: ['https://fw/*'] });
    await flush();
    await flush();
    await flush();
    expect(s.scripting.registered.size).toBe(0);
    expect(await userOrigins()).toEqual([]);
    expect((await getSettings()).apiKeys).toEqual({});
  });
});

describe('message validation', () => {
  it.each([
    [
      'a content script (web page sender)',
      {
        id: fakeBrowser.runtime.id,
        url: 'https://evil.example/',
        tab: { id: 1, url: 'https://evil.example/' },
      },
    ],
    ['another extension', { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' }],
    ['no sender id', { url: 'chrome-extension://test-extension-id/popup.html' }],
    ['an own-id sender on a web URL', { id: fakeBrowser.runtime.id, url: 'https://fw/' }],
  ])('ignores messages from %s', async (_, sender) => {
    const s = setUp({ granted: ['https://fw/*'] });
    await s.started;
    expect(await s.send({ type: 'threat-lens/disable', origin: 'https://fw' }, sender)).toBeUndefined();
    expect(s.permissions.origins.size).toBe(1);
  });

  it('accepts the popup opened as a tab (popup.html?tabId=N)', async () => {
    const s = setUp({ granted: ['https://fw/*'] });
    await s.started;
    const url = 'chrome-extension://test-extension-id/popup.html?tabId=4';
    expect(
      await s.send(
        { type: 'threat-lens/enable', origin: 'https://fw' },
        { ...OWN_PAGE, url, tab: { id: 9, url } },
      ),
    ).toMatchObject({
      ok: true,
    });
  });

  it.each([
    [null],
    ['threat-lens/enable'],
    [{ type: 'threat-lens/enable' }],
    [{ type: 'threat-lens/enable', origin: 42 }],
    [{ type: 'threat-lens/enable', origin: 'https://fw', extra: 1 }],
    [{ type: 'threat-lens/reboot', origin: 'https://fw' }],
  ])('ignores malformed %j', async (message) => {
    const s = setUp({ granted: ['https://fw/*'] });
    await s.started;
    expect(await s.send(message)).toBeUndefined();
  });

  it.each([['javascript:alert(1)'], ['https://*/*'], ['https://fw/path'], ['https://FW']])(
    'refuses a non-normalised or unsafe origin %j',
    async (origin) => {
      const s = setUp({ granted: ['https://fw/*'] });
      await s.started;
      expect(await s.send({ type: 'threat-lens/disable', origin })).toMatchObject({ ok: false });
      expect(s.permissions.origins.size).toBe(1);
    },
  );

  it('answers through sendResponse too (Chromium callback style)', async () => {
    const s = setUp({ granted: ['https://fw/*'] });
    await s.started;
    const replies: unknown[] = [];
    // The fake's trigger is typed with two arguments; Chromium passes sendResponse as the third.
    const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (
      ...args: unknown[]
    ) => Promise<unknown>;
    await trigger({ type: 'threat-lens/enable', origin: 'https://fw' }, OWN_PAGE, (r: unknown) =>
      replies.push(r),
    );
    await flush();
    expect(replies).toEqual([{ ok: true, injectedTabs: 0 }]);
  });
});
