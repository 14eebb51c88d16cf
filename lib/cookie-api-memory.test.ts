import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { forgetCookieApi, MEMORY_TTL_MS, recallCookieApi, rememberCookieApi } from './cookie-api-memory';

const FW = 'https://fw1.example.net';
const T0 = 1_800_000_000_000;

beforeEach(() => fakeBrowser.reset());

describe('cookie API memory', () => {
  it('remembers the answer per firewall origin', async () => {
    expect(await recallCookieApi(FW, T0)).toBeNull();
    await rememberCookieApi(FW, 'unavailable', T0);
    await rememberCookieApi('https://fw2.example.net', 'works', T0);
    expect(await recallCookieApi(FW, T0 + 1000)).toBe('unavailable');
    expect(await recallCookieApi('https://fw2.example.net', T0 + 1000)).toBe('works');
    expect(await recallCookieApi('https://fw1.example.net:4443', T0 + 1000)).toBeNull();
  });

  it('forgets it after a day, or when the clock went backwards', async () => {
    await rememberCookieApi(FW, 'works', T0);
    expect(await recallCookieApi(FW, T0 + MEMORY_TTL_MS)).toBe('works');
    expect(await recallCookieApi(FW, T0 + MEMORY_TTL_MS + 1)).toBeNull();
    expect(await recallCookieApi(FW, T0 - 1)).toBeNull();
  });

  it('forgets a removed firewall and keeps the others', async () => {
    await rememberCookieApi(FW, 'works', T0);
    await rememberCookieApi('https://fw2.example.net', 'works', T0);
    await forgetCookieApi(FW);
    expect(await recallCookieApi(FW, T0)).toBeNull();
    expect(await recallCookieApi('https://fw2.example.net', T0)).toBe('works');
  });

  it('ignores malformed stored values and keeps at most 64 firewalls, the newest', async () => {
    await fakeBrowser.storage.local.set({
      cookieApiMemory: { [FW]: { answer: 'yes', at: T0 }, x: 'junk', y: { answer: 'works', at: 'soon' } },
    });
    expect(await recallCookieApi(FW, T0)).toBeNull();
    for (let i = 0; i < 70; i++) await rememberCookieApi(`https://fw${i}.example.net`, 'works', T0 + i);
    const stored = (await fakeBrowser.storage.local.get('cookieApiMemory')).cookieApiMemory as object;
    expect(Object.keys(stored)).toHaveLength(64);
    expect(await recallCookieApi('https://fw69.example.net', T0 + 100)).toBe('works');
    expect(await recallCookieApi('https://fw0.example.net', T0 + 100)).toBeNull();
  });
});
