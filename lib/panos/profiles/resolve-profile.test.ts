import { describe, expect, it, vi } from 'vitest';
import { threatEntry } from '../../../tests/fixtures/config/entries';
import { configFixture, fakeShowConfig, opResultFixture } from '../../../tests/fixtures/config/fake-config';
import { PanosError, sessionOverError } from '../panos-error';
import { createConfigCache, resolveProfile } from './resolve-profile';

const firewall = configFixture('firewall-running.xml');

function runningConfig() {
  return {
    product: 'firewall' as const,
    showConfig: fakeShowConfig(firewall),
    op: vi.fn(async () => opResultFixture('pushed-shared-policy.xml')),
  };
}

const exceptionAnswer = (name: string, location = 'vsys1') => [
  { id: 1, name: 'strict', location: 'predefined', selected: false, current: false },
  { id: 2, name, location, selected: false, current: 'yes' },
];

describe('resolveProfile', () => {
  it('prefers the web UI, enriched with group and rule location from the config', async () => {
    const exceptionProfiles = vi.fn(async () => exceptionAnswer('corp-vp'));
    const result = await resolveProfile(threatEntry(), {
      product: 'firewall',
      exceptionProfiles,
      runningConfig: runningConfig(),
    });
    expect(exceptionProfiles).toHaveBeenCalledWith(
      expect.objectContaining({ rule: 'allow-web', tid: '91991' }),
    );
    expect(result).toMatchObject({
      source: 'exception-profiles',
      profileType: 'vulnerability',
      profileName: 'corp-vp',
      groupName: 'corp-default',
      ruleLocation: 'vsys1',
      profileLocation: 'vsys1',
      unknownReason: null,
    });
  });

  it("keeps the web UI's name when the config disagrees, without claiming the config's group", async () => {
    const result = await resolveProfile(threatEntry(), {
      product: 'firewall',
      exceptionProfiles: async () => exceptionAnswer('other-vp', ''),
      runningConfig: runningConfig(),
    });
    expect(result).toMatchObject({
      profileName: 'other-vp',
      groupName: null,
      ruleLocation: 'vsys1',
      profileLocation: null,
    });
  });

  it('uses the web UI alone when there is no config access', async () => {
    const result = await resolveProfile(threatEntry(), {
      product: 'firewall',
      exceptionProfiles: async () => exceptionAnswer('corp-vp'),
    });
    expect(result).toMatchObject({ source: 'exception-profiles', profileName: 'corp-vp', groupName: null });
  });

  it('falls back to the running config when the web UI fails, and says nothing of it on success', async () => {
    const result = await resolveProfile(threatEntry(), {
      product: 'firewall',
      exceptionProfiles: vi.fn().mockRejectedValue(new PanosError('api-error', 'method not found')),
      runningConfig: runningConfig(),
    });
    expect(result).toMatchObject({ source: 'running-config', profileName: 'corp-vp', unknownReason: null });
  });

  it('records every failed source when nothing names the profile', async () => {
    const result = await resolveProfile(threatEntry({ rule: 'allow-plain' }), {
      product: 'firewall',
      exceptionProfiles: async () => [{ name: 'x', current: false }],
      runningConfig: runningConfig(),
    });
    expect(result.source).toBe('log-only');
    expect(result.unknownReason).toMatch(
      /marked no Vulnerability Protection profile as used by rule "allow-plain"/,
    );
    expect(result.unknownReason).toMatch(/no Security Profiles attached/);
  });

  it('records a config read failure', async () => {
    const result = await resolveProfile(threatEntry(), {
      product: 'firewall',
      runningConfig: { ...runningConfig(), showConfig: vi.fn().mockRejectedValue(new Error('HTTP 500')) },
    });
    expect(result).toMatchObject({ source: 'log-only', profileType: 'vulnerability', rule: 'allow-web' });
    expect(result.unknownReason).toMatch(/running configuration could not be read \(HTTP 500\)/);
  });

  it('says what is certain with no source at all', async () => {
    const result = await resolveProfile(threatEntry({ subtype: 'spyware' }), { product: 'firewall' });
    expect(result).toMatchObject({ source: 'log-only', profileType: 'anti-spyware', rule: 'allow-web' });
    expect(result.unknownReason).toMatch(/API key/);
  });

  it('asks no source for zone/DoS subtypes', async () => {
    const exceptionProfiles = vi.fn();
    const result = await resolveProfile(threatEntry({ subtype: 'flood' }), {
      product: 'firewall',
      exceptionProfiles,
    });
    expect(exceptionProfiles).not.toHaveBeenCalled();
    expect(result).toMatchObject({ source: 'log-only', profileType: 'zone-dos-protection' });
  });

  it('throws an expired session and an abort', async () => {
    await expect(
      resolveProfile(threatEntry(), {
        product: 'firewall',
        exceptionProfiles: vi.fn().mockRejectedValue(sessionOverError()),
      }),
    ).rejects.toMatchObject({ kind: 'session-expired' });
    const controller = new AbortController();
    controller.abort();
    await expect(
      resolveProfile(
        threatEntry(),
        {
          product: 'firewall',
          runningConfig: { ...runningConfig(), showConfig: vi.fn().mockRejectedValue(new Error('x')) },
        },
        controller.signal,
      ),
    ).rejects.toThrow();
  });

  it('shares config reads through the cache', async () => {
    const config = runningConfig();
    const cache = createConfigCache(100);
    const deps = {
      product: 'firewall' as const,
      runningConfig: config,
      configCache: { cache, origin: 'https://fw' },
    };
    await resolveProfile(threatEntry(), deps);
    const first = config.showConfig.calls.length;
    await resolveProfile(threatEntry(), deps);
    expect(config.showConfig.calls.length).toBe(first);
    expect(first).toBeGreaterThan(0);
  });
});

describe('createConfigCache', () => {
  it('keys by origin and version, forgets failures, expires, and is bounded', async () => {
    let time = 0;
    const cache = createConfigCache(2, { ttlMs: 1000, now: () => time });
    const read = vi.fn(async (xpath: string) => (xpath === 'bad' ? Promise.reject(new Error('no')) : null));
    const a = cache.showConfig('https://a', '1', read);
    await a('/x');
    await a('/x');
    expect(read).toHaveBeenCalledTimes(1);
    await cache.showConfig('https://a', '2', read)('/x');
    await cache.showConfig('https://b', '1', read)('/x');
    expect(read).toHaveBeenCalledTimes(3);
    await expect(a('bad')).rejects.toThrow('no');
    await expect(a('bad')).rejects.toThrow('no');
    expect(read).toHaveBeenCalledTimes(5);
    time = 5000;
    await cache.showConfig('https://b', '1', read)('/x');
    expect(read).toHaveBeenCalledTimes(6);
    cache.clear();
    await cache.showConfig('https://b', '1', read)('/x');
    expect(read).toHaveBeenCalledTimes(7);
  });
});
