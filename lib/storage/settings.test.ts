import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  getSettings,
  maskKey,
  type Settings,
  saveSettings,
  setApiKey,
  watchSettings,
} from './settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('defaults: prefetch, training on, no keys', async () => {
    expect(await getSettings()).toEqual({ lookupMode: 'prefetch', showTraining: true, apiKeys: {} });
    expect(DEFAULT_SETTINGS.lookupMode).toBe('prefetch');
  });

  it('persists a patch and keeps the rest', async () => {
    await saveSettings({ lookupMode: 'on-demand' });
    await saveSettings({ showTraining: false });
    expect(await getSettings()).toEqual({ lookupMode: 'on-demand', showTraining: false, apiKeys: {} });
  });

  it('ignores ill-typed stored values', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        lookupMode: 'sometimes',
        showTraining: 'yes',
        apiKeys: { 'https://fw': 7, 'https://ok': 'K' },
      },
    });
    expect(await getSettings()).toEqual({
      lookupMode: 'prefetch',
      showTraining: true,
      apiKeys: { 'https://ok': 'K' },
    });
  });

  it('keeps API keys in storage.local only, never storage.sync', async () => {
    await setApiKey('https://fw.example.com:4443', '  LUFRPT1secretkey==  ');
    expect((await getSettings()).apiKeys).toEqual({ 'https://fw.example.com:4443': 'LUFRPT1secretkey==' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toContain('LUFRPT1secretkey==');
  });

  it('never stores or reads back a key for an http:// firewall', async () => {
    await expect(setApiKey('http://fw.example.com', 'KEY-PLAIN-123456')).rejects.toThrow(/https/);
    await fakeBrowser.storage.local.set({
      settings: { apiKeys: { 'http://fw.example.com': 'OLD-KEY-123456', 'https://fw': 'KEY-123456' } },
    });
    expect((await getSettings()).apiKeys).toEqual({ 'https://fw': 'KEY-123456' });
    await setApiKey('http://fw.example.com', null); // removing is always allowed
  });

  it('removes a key with null or an empty string', async () => {
    await setApiKey('https://a', 'KEY-A-123456');
    await setApiKey('https://b', 'KEY-B-123456');
    await setApiKey('https://a', null);
    await setApiKey('https://b', '  ');
    expect((await getSettings()).apiKeys).toEqual({});
  });

  it('watchSettings reports changes until unsubscribed', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings({ showTraining: false });
    stop();
    await saveSettings({ showTraining: true });
    expect(seen.map((s) => s.showTraining)).toEqual([false]);
  });
});

describe('maskKey', () => {
  it('shows only the ends of a key, nothing of a short one', () => {
    const key = 'LUFRPT14MW5xOEo1R09KVlBZNnpnemh0VHRBOWl6TGM9bXcwM3JHUGVhRlNiY0dCR0srNERUQT09';
    const masked = maskKey(key);
    expect(masked).toBe('LU••••09');
    expect(masked).not.toContain(key.slice(2, -2));
    expect(maskKey('short')).toBe('••••');
  });
});
