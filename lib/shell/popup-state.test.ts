import { describe, expect, it } from 'vitest';
import type { PageStatus } from '../messages';
import { patternCovers } from './origins';
import { type PopupApi, resolvePopupState, tabIdFromSearch } from './popup-state';

const status = (over: Partial<PageStatus> = {}): PageStatus => ({
  panosSigns: ['ext-3.4'],
  product: 'firewall',
  loginPage: false,
  trafficPage: true,
  rowSource: 'store',
  rowsVisible: 10,
  rowsFlagged: 1,
  strategies: {
    'related-log': 'proven',
    'ui-log-store': 'untried',
    'xml-api-cookie': 'untried',
    'xml-api-key': 'untried',
  },
  activeStrategy: 'related-log',
  problem: null,
  ...over,
});

function api(opts: { url?: string; granted?: string[]; answer?: unknown }): PopupApi & { asked: unknown[] } {
  const asked: unknown[] = [];
  const tab = { id: 5, url: opts.url };
  return {
    asked,
    tabs: {
      async get(tabId) {
        return tabId === 5 ? tab : undefined;
      },
      async query() {
        return [tab];
      },
      sendMessage(_tabId, message) {
        asked.push(message);
        return opts.answer === undefined
          ? Promise.reject(new Error('Receiving end does not exist.'))
          : Promise.resolve(opts.answer);
      },
    },
    permissions: {
      async contains({ origins }) {
        return origins.every((o) => opts.granted?.some((g) => patternCovers(g, o)));
      },
    },
  };
}

const FW = 'https://fw.example.com:4443/#monitor::vsys1::monitor/logs/traffic';

describe('resolvePopupState', () => {
  it('no readable tab address', async () => {
    expect(await resolvePopupState(api({}), null)).toEqual({ kind: 'no-tab' });
    expect(await resolvePopupState(api({ url: FW }), 99)).toEqual({ kind: 'no-tab' });
  });

  it('not a web page', async () => {
    expect(await resolvePopupState(api({ url: 'chrome://extensions/' }), null)).toEqual({ kind: 'not-web' });
  });

  it('not enabled: does not even ask the tab', async () => {
    const a = api({ url: FW });
    expect(await resolvePopupState(a, null)).toEqual({
      kind: 'not-enabled',
      tabId: 5,
      origin: 'https://fw.example.com:4443',
    });
    expect(a.asked).toEqual([]);
  });

  it('another port of a host whose grant covers it, but not enabled itself: off', async () => {
    const granted = ['https://fw.example.com/*'];
    const onlyOther = async (origin: string) => origin === 'https://fw.example.com:8443';
    expect(await resolvePopupState(api({ url: FW, granted, answer: status() }), 5, onlyOther)).toEqual({
      kind: 'not-enabled',
      tabId: 5,
      origin: 'https://fw.example.com:4443',
    });
  });

  it('enabled but the content script does not answer sensibly', async () => {
    const granted = ['https://fw.example.com/*'];
    expect((await resolvePopupState(api({ url: FW, granted }), 5)).kind).toBe('no-answer');
    expect((await resolvePopupState(api({ url: FW, granted, answer: { bogus: true } }), 5)).kind).toBe(
      'no-answer',
    );
  });

  it('enabled and answering: status, or not a PAN-OS UI', async () => {
    const granted = ['https://fw.example.com/*'];
    const a = api({ url: FW, granted, answer: status() });
    expect(await resolvePopupState(a, 5)).toEqual({
      kind: 'status',
      tabId: 5,
      origin: 'https://fw.example.com:4443',
      status: status(),
    });
    expect(a.asked).toEqual([{ type: 'threat-lens/status-request' }]);
    const plain = api({ url: FW, granted, answer: status({ panosSigns: [] }) });
    expect((await resolvePopupState(plain, 5)).kind).toBe('not-panos');
    const login = api({ url: FW, granted, answer: status({ panosSigns: [], loginPage: true }) });
    expect((await resolvePopupState(login, 5)).kind).toBe('status');
  });
});

describe('tabIdFromSearch', () => {
  it.each([
    ['?tabId=12', 12],
    ['', null],
    ['?tabId=', null],
    ['?tabId=abc', null],
    ['?tabId=-1', null],
  ])('%j -> %j', (search, id) => {
    expect(tabIdFromSearch(search)).toBe(id);
  });
});
