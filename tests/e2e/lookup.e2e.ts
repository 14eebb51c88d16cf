// The answers: one batched threat-log lookup per page through the UI's own session, exact
// correlation, the blocking profile named, and the tooltip and panel flows.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THREAT_FILTER_BOX } from '../support/e2e-session';
import { answersBySession, badgeButton, panel, rowIndexOfSession, tooltip, uiLogJobs } from './answers';
import { waitForGridLoaded, waitForMarking } from './grid-probe';
import { type E2eSession, openSession, screenshot } from './session';

describe('answers on a firewall (default scenario, prefetch)', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await openSession({ sim: { scenario: 'default' }, viewport: { width: 1280, height: 720 } });
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('looks the whole page up with one threat-log job, and names each profile', async () => {
    const marking = await waitForMarking(s.page);
    const answers = await answersBySession(s.page);
    expect(marking.expectedFlagged.length).toBeGreaterThan(3);
    expect(uiLogJobs(s.sim.requests(), 'threat')).toBe(1);
    // Individual profiles on the rule; a profile pushed from Panorama; a recycled session id
    // whose only threat log belongs to an older session; Zone Protection.
    expect(answers.get('184545')?.[0]).toBe(
      'Blocked by Vulnerability Protection profile "dns-vp" on rule "allow-dns"',
    );
    expect(answers.get('184544')?.[0]).toContain('"pano-strict-vp"');
    expect(answers.get('184522')?.[0]).toBe('No threat log found for this session');
    expect(answers.get('184542')?.[0]).toContain('Zone Protection / DoS Protection');
    // The UI's own session did the lookups; the XML API was probed once, for profile groups,
    // and not asked again once it refused the session cookie.
    expect(s.sim.requests().filter((r) => r.kind === 'api').length).toBeLessThanOrEqual(1);
  });

  it('a grid refresh reuses the answers: no new threat-log job', async () => {
    s.sim.clearRequests();
    await s.page.click('.pan-refresh');
    await waitForGridLoaded(s.page);
    await waitForMarking(s.page);
    await answersBySession(s.page);
    expect(uiLogJobs(s.sim.requests(), 'threat')).toBe(0);
  });

  it('names the profile and rule on the next page; the group needs the config, which this session cannot read', async () => {
    await showSecondPage(s.page);
    const answers = await answersBySession(s.page);
    expect(answers.get('184539')?.[0]).toBe(
      'Blocked by Data Filtering profile "corp-dlp" on rule "allow-web"',
    );
    expect(s.sim.requests().filter((r) => r.kind === 'api').length).toBeLessThanOrEqual(1);
  });

  it('hover shows the answer at once; click opens the panel; Esc closes it and gives focus back', async () => {
    await waitForMarking(s.page);
    const button = badgeButton(s.page, await rowIndexOfSession(s.page, '184539'));
    await button.hover();
    await expect
      .poll(() => tooltip(s.page).textContent())
      .toContain('Blocked by Data Filtering profile "corp-dlp" on rule "allow-web"');
    await screenshot(s.page, 'tooltip');
    await button.click();
    await panel(s.page).waitFor();
    const text = (await panel(s.page).textContent()) ?? '';
    expect(text).toMatch(/Learn: why the traffic log says allow/i);
    expect(text).toContain('corp-dlp');
    // Its logs carry config_ver 2790; newer rows on the page were written under 2816.
    expect(text).toContain('Config changed since this log');
    await screenshot(s.page, 'panel');
    await s.page.keyboard.press('Escape');
    await panel(s.page).waitFor({ state: 'detached' });
    const focused = await s.page.evaluate(() => document.activeElement?.tagName.toLowerCase());
    expect(focused).toBe('threat-lens-badge');
  });

  it('works by keyboard alone: Enter opens the panel, which names the threat and its action', async () => {
    const rowIndex = (await waitForMarking(s.page)).expectedFlagged[0] as number;
    await badgeButton(s.page, rowIndex).focus();
    await s.page.keyboard.press('Enter');
    await panel(s.page).waitFor();
    const text = (await panel(s.page).textContent()) ?? '';
    expect(text.length).toBeGreaterThan(100);
    await s.page.keyboard.press('Escape');
    await panel(s.page).waitFor({ state: 'detached' });
  });

  it("opens PAN-OS's own Detailed Log View for the row", async () => {
    const rowIndex = (await waitForMarking(s.page)).expectedFlagged[0] as number;
    await badgeButton(s.page, rowIndex).click();
    await panel(s.page).getByRole('button', { name: 'Open Detailed Log View' }).click();
    await s.page.waitForFunction(
      () =>
        document.body.dataset.detailLogState === 'loading' || document.body.dataset.detailLogState === 'done',
    );
    await s.page.keyboard.press('Escape');
    await s.page.evaluate(() => {
      (document.querySelector('.pan-detail-close, .x-tool-close') as HTMLElement | null)?.click();
    });
  });

  it('shows the session in Monitor > Threat through the UI navigation', async () => {
    await s.page.evaluate(() => {
      window.location.hash = '#monitor::vsys1::monitor/logs/traffic';
    });
    await waitForGridLoaded(s.page);
    const rowIndex = await rowIndexOfSession(
      s.page,
      (await waitForMarking(s.page)).expectedFlagged.length ? await firstFlaggedSession(s) : '',
    );
    await badgeButton(s.page, rowIndex).click();
    await panel(s.page)
      .getByRole('button', { name: /Show in Monitor > Logs > Threat/ })
      .click();
    await s.page.waitForFunction(() => window.location.hash.includes('monitor/logs/threat'));
    expect(await s.page.locator(THREAT_FILTER_BOX).inputValue()).toMatch(/sessionid eq \d+/);
    expect(s.pageErrors).toEqual([]);
  });
});

async function firstFlaggedSession(s: E2eSession): Promise<string> {
  const marking = await waitForMarking(s.page);
  return s.page.evaluate((index) => {
    const ext = (window as unknown as { Ext: { ComponentMgr: { all: { items: unknown[] } } } }).Ext;
    const grid = ext.ComponentMgr.all.items.find(
      (item) =>
        (item as { logtype?: string }).logtype === 'traffic' &&
        !(item as { isDestroyed?: boolean }).isDestroyed,
    ) as { getStore(): { getAt(i: number): { data: Record<string, string> } } };
    return grid.getStore().getAt(index).data.sessionid ?? '';
  }, marking.expectedFlagged[0] as number);
}

describe('answers when the XML API accepts the web session: profile groups from the running config', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await openSession({ sim: { scenario: 'default', apiAcceptsSessionCookie: true } });
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('names profile, group and rule, reading each config object once', async () => {
    await showSecondPage(s.page);
    const answers = await answersBySession(s.page);
    expect(answers.get('184539')?.[0]).toBe(
      'Blocked by Data Filtering profile "corp-dlp" (profile group "corp-default" on rule "allow-web")',
    );
    const configReads = s.sim.requests().filter((r) => r.kind === 'api' && r.apiType === 'config');
    const distinct = new Set(configReads.map((r) => r.query ?? JSON.stringify(r)));
    expect(configReads.length).toBe(distinct.size);
  });
});

describe('answers on Panorama: two firewalls reuse one session id', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await openSession({
      sim: { scenario: 'panorama', panorama: true, apiAcceptsSessionCookie: true },
      hash: '#monitor::::monitor/logs/traffic',
    });
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("each row gets its own firewall's threat and profile", async () => {
    await s.page.fill('input[name=query]', '( sessionid eq 5001 )');
    await s.page.click('.pan-apply-filter');
    await s.page.waitForFunction(
      () => document.querySelectorAll('.x-grid3-body > .x-grid3-row').length === 2,
    );
    await waitForGridLoaded(s.page);
    await waitForMarking(s.page);
    const answers = await answersBySession(s.page);
    const both = answers.get('5001') ?? [];
    expect(both).toHaveLength(2);
    expect(both).toContain(
      'Blocked by Vulnerability Protection profile "branch-vp" (profile group "branch-default" on rule "allow-branch-web")',
    );
    expect(both).toContain(
      'Blocked by Anti-Spyware profile "corp-as" (profile group "shared-default" on rule "shared-allow-saas")',
    );
    expect(uiLogJobs(s.sim.requests(), 'threat')).toBeLessThanOrEqual(2); // first page, then the filtered one
  });
});

/** The pager's next button, then wait for rows 21 to 40 to be rendered. */
async function showSecondPage(page: Page): Promise<void> {
  await page.click('.x-tbar-page-next');
  await page.waitForFunction(
    () => document.querySelector('.x-paging-info')?.textContent === 'Displaying 21 - 40',
  );
  await waitForGridLoaded(page);
}
