import { describe, expect, it } from 'vitest';
import { originOfUrl, originsForPattern, parseOriginInput, patternForOrigin, samePattern } from './origins';

describe('parseOriginInput', () => {
  it.each([
    ['https://fw.example.com:4443', 'https://fw.example.com:4443'],
    ['https://fw.example.com:4443/', 'https://fw.example.com:4443'],
    ['  HTTPS://FW.Example.com  ', 'https://fw.example.com'],
    ['https://fw.example.com:443', 'https://fw.example.com'],
    ['http://10.1.2.3', 'http://10.1.2.3'],
    ['http://10.1.2.3:80', 'http://10.1.2.3'],
    ['fw.example.com', 'https://fw.example.com'],
    ['fw.example.com:4443', 'https://fw.example.com:4443'],
    ['localhost:8443', 'https://localhost:8443'],
    ['192.168.1.1', 'https://192.168.1.1'],
    ['https://[fd00::1]:4443', 'https://[fd00::1]:4443'],
  ])('accepts %j as %s', (input, origin) => {
    expect(parseOriginInput(input)).toEqual({ ok: true, origin });
  });

  it.each([
    [''],
    ['   '],
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['data:text/html,hi'],
    ['file:///etc/passwd'],
    ['ftp://fw.example.com'],
    ['chrome://extensions'],
    ['https://*.example.com'],
    ['*://fw.example.com'],
    ['https://*/*'],
    ['https://fw.example.com/php/login.php'],
    ['https://fw.example.com/?a=1'],
    ['https://fw.example.com/#monitor'],
    ['https://admin:secret@fw.example.com'],
    ['https://'],
    ['https://fw example.com'],
  ])('rejects %j', (input) => {
    const result = parseOriginInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).not.toBe('');
  });
});

describe('originOfUrl', () => {
  it.each([
    ['https://fw.example.com:4443/#monitor::vsys1::monitor/logs/traffic', 'https://fw.example.com:4443'],
    ['http://127.0.0.1:8080/php/login.php', 'http://127.0.0.1:8080'],
    ['chrome://newtab/', null],
    ['about:blank', null],
    ['moz-extension://abc/popup.html', null],
    ['not a url', null],
    [undefined, null],
  ])('%s -> %s', (url, origin) => {
    expect(originOfUrl(url)).toBe(origin);
  });
});

describe('patterns', () => {
  it('Chrome: keeps the port, so enabling one port grants and registers that port only', () => {
    expect(patternForOrigin('https://fw.example.com:4443', true)).toBe('https://fw.example.com:4443/*');
    expect(patternForOrigin('http://127.0.0.1:8080', true)).toBe('http://127.0.0.1:8080/*');
    expect(patternForOrigin('https://[fd00::1]:4443', true)).toBe('https://[fd00::1]:4443/*');
    expect(patternForOrigin('http://10.0.0.1', true)).toBe('http://10.0.0.1/*');
    expect(originsForPattern(patternForOrigin('https://fw:4443', true))).toEqual(['https://fw:4443']);
  });

  it('Firefox: match patterns take no port, so the pattern is the host', () => {
    expect(patternForOrigin('https://fw.example.com:4443', false)).toBe('https://fw.example.com/*');
    expect(patternForOrigin('http://10.0.0.1', false)).toBe('http://10.0.0.1/*');
    expect(patternForOrigin('https://[fd00::1]:4443', false)).toBe('https://[fd00::1]/*');
  });

  it('the unit tests run as the Chrome build (import.meta.env.FIREFOX unset)', () => {
    expect(patternForOrigin('https://fw:4443')).toBe('https://fw:4443/*');
  });

  it.each([
    ['https://fw.example.com/*', ['https://fw.example.com']],
    ['http://127.0.0.1/*', ['http://127.0.0.1']],
    ['https://fw.example.com:4443/*', ['https://fw.example.com:4443']],
    ['*://fw.example.com/*', ['https://fw.example.com', 'http://fw.example.com']],
    ['https://*/*', []],
    ['*://*/*', []],
    ['<all_urls>', []],
    ['https://*.example.com/*', []],
    ['file:///*', []],
  ])('granted %s stands for %j', (pattern, origins) => {
    expect(originsForPattern(pattern)).toEqual(origins);
  });

  it('two ports of a host share a pattern in Firefox only', () => {
    expect(samePattern('https://fw:4443', 'https://fw:8443', false)).toBe(true);
    expect(samePattern('https://fw:4443', 'https://fw:8443', true)).toBe(false);
    expect(samePattern('https://fw', 'http://fw', false)).toBe(false);
  });
});
