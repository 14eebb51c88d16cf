import { describe, expect, it } from 'vitest';
import { parseFixture } from '../../tests/fixtures/grid/load-fixture';
import { findPanosSigns, isLoginPage, isTrafficLogHash, parseHash } from './detect';

function docOf(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('findPanosSigns', () => {
  it('sees the token seed script and the PAN script paths on the app page', () => {
    expect(findPanosSigns(parseFixture('firewall-default'))).toEqual([
      'token-seed-script',
      'pan-scripts',
      'pan-extjs-script',
    ]);
  });

  it('sees the login page as a PAN-OS sign', () => {
    expect(findPanosSigns(parseFixture('login'))).toEqual(['login-page']);
  });

  it.each([
    ['plain page', '<html><head><script>var x = 1;</script></head><body></body></html>'],
    ['a look-alike variable', '<script>window.Pan = {}; Pan.st.st.stABC = "x";</script>'],
    [
      'scripts elsewhere',
      '<script src="/static/js/pan/app.js"></script><script src="/js/lib/extjs3.js"></script>',
    ],
    ['an external script that mentions the seed', '<script src="/x.js">Pan.st.st.st1 = "s"</script>'],
  ])('finds nothing on %s', (_, html) => {
    expect(findPanosSigns(docOf(html))).toEqual([]);
  });

  it('accepts absolute script URLs with query strings', () => {
    const doc = docOf(
      '<script src="https://fw.example/js/pan/base.js?v=1"></script><script src="https://fw.example/js/lib/pan-extjs3.js?v=1"></script>',
    );
    expect(findPanosSigns(doc)).toEqual(['pan-scripts', 'pan-extjs-script']);
  });
});

describe('isLoginPage', () => {
  it('knows the login fixture', () => expect(isLoginPage(parseFixture('login'))).toBe(true));
  it('knows the marker comment alone', () =>
    expect(isLoginPage(docOf('<html><body><!-- __LOGIN_PAGE__ --><p>x</p></body></html>'))).toBe(true));
  it('knows the form alone', () =>
    expect(
      isLoginPage(docOf('<form id="login_form"><input id="user"><input id="passwd" type="password"></form>')),
    ).toBe(true));
  it('wants both fields in the form', () =>
    expect(isLoginPage(docOf('<form id="login_form"><input id="user"></form>'))).toBe(false));
  it.each(['firewall-default', 'non-grid-page', 'empty-grid'] as const)('is false on %s', (name) =>
    expect(isLoginPage(parseFixture(name))).toBe(false),
  );
});

describe('parseHash', () => {
  it.each([
    [
      '#monitor::vsys1::monitor/logs/traffic',
      { tab: 'monitor', location: 'vsys1', branch: 'monitor/logs/traffic' },
    ],
    [
      'monitor::vsys2::monitor/logs/traffic',
      { tab: 'monitor', location: 'vsys2', branch: 'monitor/logs/traffic' },
    ],
    [
      '#monitor::shared::monitor/logs/threat',
      { tab: 'monitor', location: 'shared', branch: 'monitor/logs/threat' },
    ],
    ['#monitor::::monitor/logs/traffic', { tab: 'monitor', location: '', branch: 'monitor/logs/traffic' }],
    [
      '#monitor::branch-offices::monitor/logs/traffic',
      { tab: 'monitor', location: 'branch-offices', branch: 'monitor/logs/traffic' },
    ],
    [
      '#monitor::DG%20East::monitor/logs/traffic',
      { tab: 'monitor', location: 'DG East', branch: 'monitor/logs/traffic' },
    ],
    [
      '#monitor::vsys1::monitor/logs/traffic/',
      { tab: 'monitor', location: 'vsys1', branch: 'monitor/logs/traffic' },
    ],
    ['#dashboard::vsys1::dashboard', { tab: 'dashboard', location: 'vsys1', branch: 'dashboard' }],
    ['#device::vsys1::device/setup', { tab: 'device', location: 'vsys1', branch: 'device/setup' }],
    [
      '#monitor::vsys1::monitor/logs/traffic%',
      { tab: 'monitor', location: 'vsys1', branch: 'monitor/logs/traffic%' },
    ],
  ])('%s', (hash, expected) => {
    expect(parseHash(hash)).toEqual(expected);
  });

  it.each([
    '',
    '#',
    '#monitor',
    '#monitor::vsys1',
    '#::vsys1::monitor/logs/traffic',
    '#monitor::vsys1::',
    '#a::b::c::d',
  ])('rejects %j', (hash) => expect(parseHash(hash)).toBeNull());
});

describe('isTrafficLogHash', () => {
  it.each([
    ['#monitor::vsys1::monitor/logs/traffic', true],
    ['#monitor::vsys3::monitor/logs/traffic', true],
    ['#monitor::shared::monitor/logs/traffic', true],
    ['#monitor::::monitor/logs/traffic', true],
    ['#monitor::my-device-group::monitor/logs/traffic', true],
    ['#monitor::vsys1::monitor/logs/threat', false],
    ['#monitor::vsys1::monitor/logs/traffic-summary', false],
    ['#monitor::vsys1::monitor/logs', false],
    ['#monitor::vsys1::monitor/app-scope/traffic', false],
    ['#dashboard::vsys1::dashboard', false],
    ['#monitor/logs/traffic', false],
    ['', false],
  ])('%s -> %s', (hash, expected) => expect(isTrafficLogHash(hash)).toBe(expected));
});
