// Monitor > Traffic in Firefox ESR with the Firefox package installed as a temporary add-on:
// the install-time host grant, both registered scripts (the bridge in the page's main world),
// and exactly one badge on each allow + threat row through paging, refresh, filter, column
// moves and languages.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from './firefox';
import {
  type FirefoxSession,
  openFirefoxSession,
  TRAFFIC_HASH,
  waitForGridLoaded,
  waitForMarking,
} from './session';

type Api = {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; world?: string; matches?: string[] }[]> };
  runtime: { getBrowserInfo(): Promise<{ name: string; version: string }> };
};

describe('Firefox: Monitor > Traffic overlay (e2e build)', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await openFirefoxSession({ sim: { scenario: 'default' } });
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("runs in Firefox ESR, with the manifest's host grant honoured at install and both scripts registered", async () => {
    const seen = await s.ff.inExtension(async () => {
      const api = (globalThis as unknown as { browser: Api }).browser;
      return {
        info: await api.runtime.getBrowserInfo(),
        origins: (await api.permissions.getAll()).origins ?? [],
        scripts: await api.scripting.getRegisteredContentScripts(),
        origin: location.origin,
      };
    }, null);
    expect(seen.info.name).toBe('Firefox');
    expect(Number(seen.info.version.split('.')[0])).toBeGreaterThanOrEqual(140);
    expect(seen.origin).toBe(EXTENSION_ORIGIN);
    expect(seen.origins).toEqual(expect.arrayContaining(['http://127.0.0.1/*']));
    // The bridge runs in the page's own world (Firefox 128+ registers MAIN-world scripts).
    const byId = new Map(seen.scripts.map((script) => [script.id, script]));
    expect(byId.get('threat-lens-bridge')?.world).toBe('MAIN');
    expect(byId.get('threat-lens-content')?.world).toBe('ISOLATED');
  });

  it('marks exactly the allow + threat rows and counts them', async () => {
    const marking = await waitForMarking(s.page);
    expect(marking.expectedFlagged.length).toBeGreaterThan(0);
    expect(marking.summary).toContain(
      `${marking.expectedFlagged.length} of ${marking.rows} ended for a threat`,
    );
  });

  it('leaves the row alone: PAN-OS click-to-filter still works on a flagged row', async () => {
    const marking = await waitForMarking(s.page);
    const rows = await s.page.$$('.x-grid3-body > .x-grid3-row');
    const row = rows[marking.expectedFlagged[0] as number];
    const links = (await row?.$$('a.log')) ?? [];
    let clicked = false;
    for (const link of links) {
      if ((await link.evaluate((el) => el.textContent)) === 'allow') {
        await link.click();
        clicked = true;
        break;
      }
    }
    expect(clicked).toBe(true);
    expect(await s.page.$eval('input[name=query]', (el) => (el as HTMLInputElement).value)).toBe(
      '( action eq allow )',
    );
    await s.page.$eval('input[name=query]', (el) => {
      (el as HTMLInputElement).value = '';
    });
  });

  it('stays right through paging, page size and refresh', async () => {
    await s.page.click('.x-tbar-page-next');
    await s.page.waitForFunction(
      () => document.querySelector('.x-paging-info')?.textContent === 'Displaying 21 - 40',
    );
    await waitForGridLoaded(s.page);
    await waitForMarking(s.page);
    await s.page.select('select[name=pagesize]', '100');
    await s.page.waitForFunction(() => document.querySelectorAll('.x-grid3-body > .x-grid3-row').length > 40);
    const big = await waitForMarking(s.page);
    expect(big.rows).toBeGreaterThan(40);
    await s.page.click('.pan-refresh');
    await waitForGridLoaded(s.page);
    await waitForMarking(s.page);
    await s.page.select('select[name=pagesize]', '20');
    await s.page.waitForFunction(
      () => document.querySelectorAll('.x-grid3-body > .x-grid3-row').length === 20,
    );
    await waitForMarking(s.page);
  });

  it('stays right through a filter and its clearing', async () => {
    await s.page.type('input[name=query]', '( session_end_reason eq threat )');
    await s.page.click('.pan-apply-filter');
    await s.page.waitForFunction(() => {
      const rows = Array.from(document.querySelectorAll('.x-grid3-body > .x-grid3-row'));
      return rows.length > 0 && rows.every((row) => row.textContent?.includes('threat'));
    });
    await waitForGridLoaded(s.page);
    const filtered = await waitForMarking(s.page);
    expect(filtered.expectedFlagged.length).toBeGreaterThan(0);
    await s.page.click('.pan-clear-filter');
    await waitForGridLoaded(s.page);
    await waitForMarking(s.page);
  });

  it('stays right when a column moves, and in German and Japanese', async () => {
    await s.page.hover('td.x-grid3-td-2');
    await s.page.click('td.x-grid3-td-2 a.x-grid3-hd-btn');
    await s.page.click('.pan-column-menu [data-action="move-right"]');
    await waitForMarking(s.page);
    await s.page.select('#pan-language', 'de');
    await s.page.waitForFunction(() => document.body.textContent?.includes('Sitzungsendgrund'));
    const german = await waitForMarking(s.page);
    expect(german.expectedFlagged.length).toBeGreaterThan(0);
    await s.page.select('#pan-language', 'ja');
    await s.page.waitForFunction(() => document.body.textContent?.includes('セッション終了理由'));
    await waitForMarking(s.page);
    await s.page.select('#pan-language', 'en');
    await s.page.waitForFunction(() => document.body.textContent?.includes('Session End Reason'));
    await waitForMarking(s.page);
  });

  it('removes everything on leaving, and marks again on coming back', async () => {
    await s.page.evaluate(() => {
      window.location.hash = '#dashboard::::dashboard';
    });
    await s.page.waitForFunction(
      () =>
        document.querySelectorAll(
          'threat-lens-badge, threat-lens-summary, threat-lens-panel, [data-threat-lens]',
        ).length === 0,
    );
    await s.page.evaluate((hash) => {
      window.location.hash = hash;
    }, TRAFFIC_HASH);
    await waitForGridLoaded(s.page);
    await waitForMarking(s.page);
  });

  it('marks again after a full page reload, and nothing was thrown into the page', async () => {
    await s.page.reload();
    await waitForGridLoaded(s.page);
    const marking = await waitForMarking(s.page);
    expect(marking.expectedFlagged.length).toBeGreaterThan(0);
    expect(s.pageErrors).toEqual([]);
  });
});
