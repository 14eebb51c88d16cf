import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { fakeShellApi } from '../../tests/support/fake-apis';
import { saveSettings, setApiKey } from '../storage/settings';
import { type BackgroundApi, startBackgroundShell } from './background-shell';
import { addUserOrigin } from './enabled-origins';
import type { PageAccess } from './page-access';

const noEvent = { addListener: () => undefined };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setUp(granted: string[]) {
  const shell = fakeShellApi({ granted });
  const notices: number[] = [];
  const api: BackgroundApi = {
    ...shell,
    runtime: fakeBrowser.runtime,
    permissionEvents: { onAdded: noEvent, onRemoved: noEvent },
    storageEvents: fakeBrowser.storage,
    notifyTabs: {
      query: async () => [{ id: 7 }, { id: 9 }],
      sendMessage: async (tabId) => {
        notices.push(tabId);
      },
    },
  };
  const started = startBackgroundShell(api, () => undefined);
  /** A content script in tab 7 asking from `url` (what the browser reports as the sender's URL). */
  const ask = (url: string, sender: object = {}) =>
    fakeBrowser.runtime.onMessage
      .trigger({ type: 'threat-lens/page-access' }, {
        id: fakeBrowser.runtime.id,
        url,
        tab: { id: 7, url },
        frameId: 0,
        ...sender,
      } as never)
      .then((replies) => replies.find(Boolean)) as Promise<PageAccess | undefined>;
  return { started, ask, notices };
}

beforeEach(() => fakeBrowser.reset());

describe('page access, answered by the background for the sender tab origin', () => {
  it('the exact origin only, and that origin key alone', async () => {
    const s = setUp(['https://fw:4443/*', 'https://other/*']);
    await s.started;
    await addUserOrigin('https://fw:4443');
    await setApiKey('https://fw:4443', 'KEY-FW-4443-abcdef');
    await setApiKey('https://other', 'KEY-OTHER-abcdef');
    expect(await s.ask('https://fw:4443/#monitor::vsys1::monitor/logs/traffic')).toEqual({
      enabled: true,
      lookupMode: 'prefetch',
      showTraining: true,
      apiKey: 'KEY-FW-4443-abcdef',
    });
    // Another port of that host: off, no key.
    expect(await s.ask('https://fw:8443/')).toMatchObject({ enabled: false, apiKey: null });
    expect(await s.ask('https://fw/')).toMatchObject({ enabled: false, apiKey: null });
  });

  it('another port is off even where the grant covers the whole host (Firefox)', async () => {
    const s = setUp(['https://fw/*']);
    await s.started;
    await addUserOrigin('https://fw:4443');
    expect((await s.ask('https://fw:4443/'))?.enabled).toBe(true);
    expect((await s.ask('https://fw:8443/'))?.enabled).toBe(false);
  });

  it('answers no sub-frame, no other extension, and nothing for a non-web sender', async () => {
    const s = setUp(['https://fw/*']);
    await s.started;
    await setApiKey('https://fw', 'KEY-FW-abcdef-123');
    expect(await s.ask('https://fw/', { frameId: 3 })).toBeUndefined();
    expect(await s.ask('https://fw/', { id: 'another-extension' })).toBeUndefined();
    expect(await s.ask('https://fw/', { tab: undefined })).toBeUndefined();
    expect((await s.ask('https://fw/'))?.apiKey).toBe('KEY-FW-abcdef-123');
  });

  it('tells open tabs when settings, keys or enabled origins change, once per burst', async () => {
    const s = setUp(['https://fw/*']);
    await s.started;
    await sleep(80);
    s.notices.length = 0;
    await setApiKey('https://fw', 'KEY-FW-abcdef-123');
    await saveSettings({ lookupMode: 'on-demand' });
    await sleep(80);
    expect(s.notices).toEqual([7, 9]);
    await fakeBrowser.storage.local.set({ cookieApiMemory: {} }); // not a setting: no notice
    await sleep(80);
    expect(s.notices).toEqual([7, 9]);
  });
});
