import { describe, expect, it } from 'vitest';
import { fakeScripting, fakeTabs } from '../../tests/support/fake-apis';
import {
  BRIDGE_FILE,
  BRIDGE_SCRIPT_ID,
  CONTENT_FILE,
  CONTENT_SCRIPT_ID,
  injectIntoOpenTabs,
  syncContentScripts,
} from './registration';

describe('syncContentScripts', () => {
  it('registers the bridge in the MAIN world and the content script isolated, for exactly the origins', async () => {
    const scripting = fakeScripting();
    await syncContentScripts({ scripting }, ['https://fw.example.com:4443', 'http://10.0.0.1']);
    expect(scripting.calls).toEqual([`register ${BRIDGE_SCRIPT_ID},${CONTENT_SCRIPT_ID}`]);
    expect(scripting.registered.get(BRIDGE_SCRIPT_ID)).toEqual({
      id: BRIDGE_SCRIPT_ID,
      js: [BRIDGE_FILE],
      matches: ['http://10.0.0.1/*', 'https://fw.example.com:4443/*'],
      runAt: 'document_idle',
      world: 'MAIN',
      allFrames: false,
    });
    expect(scripting.registered.get(CONTENT_SCRIPT_ID)).toMatchObject({
      js: [CONTENT_FILE],
      world: 'ISOLATED',
      runAt: 'document_idle',
      matches: ['http://10.0.0.1/*', 'https://fw.example.com:4443/*'],
    });
  });

  it('updates scripts that are already registered (they persist across browser sessions)', async () => {
    const scripting = fakeScripting();
    await syncContentScripts({ scripting }, ['https://a.example']);
    await syncContentScripts({ scripting }, ['https://a.example', 'https://b.example']);
    expect(scripting.calls.at(-1)).toBe(`update ${BRIDGE_SCRIPT_ID},${CONTENT_SCRIPT_ID}`);
    expect(scripting.registered.get(CONTENT_SCRIPT_ID)?.matches).toEqual([
      'https://a.example/*',
      'https://b.example/*',
    ]);
  });

  it('registers the missing one and updates the other', async () => {
    const scripting = fakeScripting();
    await syncContentScripts({ scripting }, ['https://a.example']);
    scripting.registered.delete(BRIDGE_SCRIPT_ID);
    await syncContentScripts({ scripting }, ['https://a.example']);
    expect(scripting.calls.slice(1)).toEqual([`update ${CONTENT_SCRIPT_ID}`, `register ${BRIDGE_SCRIPT_ID}`]);
  });

  it('one pattern per port where the browser honours ports (Chrome)', async () => {
    const scripting = fakeScripting();
    await syncContentScripts({ scripting }, ['https://fw:4443', 'https://fw:8443', 'https://fw']);
    expect(scripting.registered.get(BRIDGE_SCRIPT_ID)?.matches).toEqual([
      'https://fw/*',
      'https://fw:4443/*',
      'https://fw:8443/*',
    ]);
  });

  it('unregisters when no origin is enabled, and does nothing when nothing is registered', async () => {
    const scripting = fakeScripting();
    await syncContentScripts({ scripting }, []);
    expect(scripting.calls).toEqual([]);
    await syncContentScripts({ scripting }, ['https://a.example']);
    await syncContentScripts({ scripting }, []);
    expect(scripting.calls.at(-1)).toBe(`unregister ${BRIDGE_SCRIPT_ID},${CONTENT_SCRIPT_ID}`);
    expect(scripting.registered.size).toBe(0);
  });
});

describe('injectIntoOpenTabs', () => {
  it('injects the bridge (MAIN) then the content script into tabs of that origin only', async () => {
    const scripting = fakeScripting();
    const tabs = fakeTabs([
      { id: 1, url: 'https://fw.example.com:4443/#monitor' },
      { id: 2, url: 'https://fw.example.com/' },
      { id: 3, url: 'https://other.example/' },
      { id: 4, url: 'https://fw.example.com:4443/php/login.php' },
    ]);
    const count = await injectIntoOpenTabs({ tabs, scripting }, 'https://fw.example.com:4443');
    expect(count).toBe(2);
    expect(scripting.injections).toEqual([
      { tabId: 1, files: [BRIDGE_FILE], world: 'MAIN' },
      { tabId: 1, files: [CONTENT_FILE], world: 'ISOLATED' },
      { tabId: 4, files: [BRIDGE_FILE], world: 'MAIN' },
      { tabId: 4, files: [CONTENT_FILE], world: 'ISOLATED' },
    ]);
  });

  it('skips a tab it cannot inject into and carries on', async () => {
    const scripting = fakeScripting();
    const inject = scripting.executeScript;
    scripting.executeScript = async (injection) => {
      if (injection.target.tabId === 1) throw new Error('Cannot access contents of the page');
      return inject(injection);
    };
    const tabs = fakeTabs([
      { id: 1, url: 'https://fw/' },
      { id: 2, url: 'https://fw/x' },
    ]);
    expect(await injectIntoOpenTabs({ tabs, scripting }, 'https://fw')).toBe(1);
  });
});
