import { describe, expect, it } from 'vitest';
import { isOriginEnabled } from './origin-access';

describe('isOriginEnabled: the exact origin, checked at start', () => {
  it('enabling https://fw:4443 does not turn on the other ports of fw', () => {
    // Firefox (no ports in patterns), or a grant made before: the host-wide pattern is granted.
    const facts = { granted: ['https://fw'], named: ['https://fw:4443'], managed: [] };
    expect(isOriginEnabled('https://fw:4443', facts)).toBe(true);
    expect(isOriginEnabled('https://fw', facts)).toBe(false);
    expect(isOriginEnabled('https://fw:8443', facts)).toBe(false);
    expect(isOriginEnabled('http://fw:4443', facts)).toBe(false);
  });

  it('Chrome: a port grant covers that port only', () => {
    const facts = { granted: ['https://fw:4443'], named: ['https://fw:4443'], managed: [] };
    expect(isOriginEnabled('https://fw:4443', facts)).toBe(true);
    expect(isOriginEnabled('https://fw:8443', facts)).toBe(false);
  });

  it('a host-wide grant nobody named a port of covers every port (browser menu, managed build)', () => {
    const facts = { granted: ['http://127.0.0.1'], named: [], managed: [] };
    expect(isOriginEnabled('http://127.0.0.1:8080', facts)).toBe(true);
    expect(isOriginEnabled('http://127.0.0.1', facts)).toBe(true);
    expect(isOriginEnabled('http://localhost:8080', facts)).toBe(false);
  });

  it('a named origin needs its grant; a managed one counts on its own', () => {
    expect(isOriginEnabled('https://fw:4443', { granted: [], named: ['https://fw:4443'], managed: [] })).toBe(
      false,
    );
    const managed = { granted: ['https://fw'], named: [], managed: ['https://fw:9443'] };
    expect(isOriginEnabled('https://fw:9443', managed)).toBe(true);
    expect(isOriginEnabled('https://fw:4443', managed)).toBe(false);
  });

  it('refuses anything that is not an origin', () => {
    const facts = { granted: ['https://fw'], named: [], managed: [] };
    expect(isOriginEnabled('https://fw/path', facts)).toBe(false);
    expect(isOriginEnabled('null', facts)).toBe(false);
  });
});
