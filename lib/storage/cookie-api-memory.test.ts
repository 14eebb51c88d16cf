import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { forgetCookieApi, MEMORY_TTL_MS, recallCookieApi, rememberCookieApi } from './cookie-api-memory';

const FW = 'https://fw1.example.net';
const T0 = 1_800_000_000_000;

beforeEach(() => fakeBrowser.reset());

describe('cookie API memory', () => {
  it('remembers the answers per firewall origin and per request type', async () => {
    expect(await recallCookieApi(FW, T0)).toBeNull();
    await rememberCookieApi(FW, 'log', 'refused', T0);
    await rememberCookieApi('https://fw2.example.net', 'log', 'works', T0);
    await rememberCookieApi('https://fw2.example.net', 'config', 'role-denied', T0);
    expect(await recallCookieApi(FW, T0 + 1000)).toEqual({ log: 'refused' });
    expect(await recallCookieApi('https://fw2.example.net', T0 + 1000)).toEqual({
      log: 'works',
      config: 'role-denied',
    });
    expect(await recallCookieApi('https://fw1.example.net:4443', T0 + 1000)).toBeNull();
  });

  it('forgets each answer after a day, or when the clock went backwards', async () => {
    await rememberCookieApi(FW, 'log', 'works', T0);
    await rememberCookieApi(FW, 'config', 'works', T0 + 10);
    expect(await recallCookieApi(FW, T0 + MEMORY_TTL_MS)).toEqual({ log: 'works', config: 'works' });
    expect(await recallCookieApi(FW, T0 + MEMORY_TTL_MS + 1)).toEqual({ config: 'works' });
    expect(await recallCookieApi(FW, T0 + MEMORY_TTL_MS + 11)).toBeNull();
    expect(await recallCookieApi(FW, T0 - 1)).toBeNull();
  });

  it('forgets a removed firewall and keeps the others', async () => {
    await rememberCookieApi(FW, 'log', 'works', T0);
    await rememberCookieApi('https://fw2.example.net', 'log', 'works', T0);
    await forgetCookieApi(FW);
    expect(await recallCookieApi(FW, T0)).toBeNull();
    expect(await recallCookieApi('https://fw2.example.net', T0)).toEqual({ log: 'works' });
  });

  it('ignores malformed or older-format stored values and keeps at most 64 firewalls, the newest', async () => {
    await fakeBrowser.storage.local.set({
      cookieApiMemory: {
        [FW]: { log: { answer: 'yes', at: T0 } },
        x: 'junk',
        y: { config: { answer: 'works', at: 'soon' } },
        z: { answer: 'works', at: T0 },
      },
    });
    expect(await recallCookieApi(FW, T0)).toBeNull();
    expect(await recallCookieApi('z', T0)).toBeNull();
    for (let i = 0; i < 70; i++)
      await rememberCookieApi(`https://fw${i}.example.net`, 'log', 'works', T0 + i);
    const stored = (await fakeBrowser.storage.local.get('cookieApiMemory')).cookieApiMemory as object;
    expect(Object.keys(stored)).toHaveLength(64);
    expect(await recallCookieApi('https://fw69.example.net', T0 + 100)).toEqual({ log: 'works' });
    expect(await recallCookieApi('https://fw0.example.net', T0 + 100)).toBeNull();
  });
});
