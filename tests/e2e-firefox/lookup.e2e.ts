// The answers in Firefox: the page's one batched threat lookup through the main-world bridge
// (the UI's own LogStore), the Detailed Log View's related-log query when that endpoint fails,
// the exact profile named, the tooltip and panel flows, and navigation through the bridge.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THREAT_FILTER_BOX } from '../support/e2e-session';
import {
  answersBySession,
  badgeButton,
  clickPanelButton,
  type FirefoxSession,
  failLogEndpointAtThreatQuery,
  flaggedRows,
  openFirefoxSession,
  panelButtonNames,
  panelClosed,
  panelText,
  rowIndexOfSession,
  showSecondPage,
  TRAFFIC_HASH,
  uiLogJobs,
  waitForAnswers,
  waitForGridLoaded,
  waitForMarking,
  waitForTooltip,
} from './session';

describe('Firefox: answers on a firewall (default scenario, prefetch)', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await openFirefoxSession({ sim: { scenario: 'default' } });
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('looks the whole page up with one threat-log job through the bridge, and names each profile', async () => {
    const marking = await waitForMarking(s.page);
    const answers = await answersBySession(s.page);
    expect(marking.expectedFlagged.length).toBeGreaterThan(3);
    expect(uiLogJobs(s.sim.requests(), 'threat')).toBe(1);
    expect(answers.get('184545')?.[0]).toBe(
      'Blocked by Vulnerability Protection profile "dns-vp" on rule "allow-dns"',
    );
    expect(answers.get('184544')?.[0]).toContain('"pano-strict-vp"');
    expect(answers.get('184522')?.[0]).toBe('No threat log found for this session');
    expect(answers.get('184542')?.[0]).toContain('Zone Protection / DoS Protection');
    // The profile name came from the UI's own Direct call, made through the bridge.
    expect(
      s.sim
        .requests()
        .some((r) => r.kind === 'direct' && r.directMethod?.includes('getThreatExceptionProfiles')),
    ).toBe(true);
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

  it('names the profile and rule on the next page', async () => {
    await showSecondPage(s.page);
    const answers = await answersBySession(s.page);
    expect(answers.get('184539')?.[0]).toBe(
      'Blocked by Data Filtering profile "corp-dlp" on rule "allow-web"',
    );
  });

  it('hover shows the answer in a tooltip; click opens the panel; Esc closes it and gives focus back', async () => {
    await waitForMarking(s.page);
    const button = await badgeButton(s.page, await rowIndexOfSession(s.page, '184539'));
    await button.hover();
    await waitForTooltip(s.page, /Blocked by Data Filtering profile "corp-dlp" on rule "allow-web"/);
    await button.click();
    const text = await panelText(s.page);
    expect(text).toMatch(/Learn: why the traffic log says allow/i);
    expect(text).toContain('corp-dlp');
    expect(text).toContain('Config changed since this log');
    await s.page.keyboard.press('Escape');
    await panelClosed(s.page);
    expect(await s.page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe(
      'threat-lens-badge',
    );
  });

  it('works by keyboard alone: Enter on a focused badge opens the panel', async () => {
    const rowIndex = (await waitForMarking(s.page)).expectedFlagged[0] as number;
    await (await badgeButton(s.page, rowIndex)).focus();
    await s.page.keyboard.press('Enter');
    expect((await panelText(s.page)).length).toBeGreaterThan(100);
    await s.page.keyboard.press('Escape');
    await panelClosed(s.page);
  });

  it("opens PAN-OS's own Detailed Log View for the row, through the bridge", async () => {
    const rowIndex = (await waitForMarking(s.page)).expectedFlagged[0] as number;
    await (await badgeButton(s.page, rowIndex)).click();
    await clickPanelButton(s.page, /^Open Detailed Log View$/);
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
    // The pivot opens the log the entry lives in: take the first row answered from the threat log.
    let opened = false;
    for (const rowIndex of (await waitForMarking(s.page)).expectedFlagged) {
      await (await badgeButton(s.page, rowIndex)).click();
      if (/Show in Monitor > Logs > Threat/.test(await panelButtonNames(s.page))) {
        await clickPanelButton(s.page, /Show in Monitor > Logs > Threat/);
        opened = true;
        break;
      }
      await s.page.keyboard.press('Escape');
      await panelClosed(s.page);
    }
    expect(opened).toBe(true);
    await s.page.waitForFunction(() => window.location.hash.includes('monitor/logs/threat'));
    const threatFilter = await s.page.waitForSelector(THREAT_FILTER_BOX); // once the Threat view exists
    expect(await threatFilter?.evaluate((el) => (el as HTMLInputElement).value)).toMatch(/sessionid eq \d+/);
    expect(s.pageErrors).toEqual([]);
  });

  it("the Detailed Log View's related-log query answers when the UI's log endpoint fails", async () => {
    await s.page.evaluate((hash) => {
      window.location.hash = hash;
    }, TRAFFIC_HASH);
    await s.page.reload();
    await waitForGridLoaded(s.page);
    s.sim.clearRequests();
    const armed = failLogEndpointAtThreatQuery(s);
    await s.page.reload();
    await waitForGridLoaded(s.page).catch(() => {});
    await armed;
    await waitForMarking(s.page);
    await waitForAnswers(s.page);
    const requests = s.sim.requests();
    expect(
      requests.some((r) => r.kind === 'direct' && r.directMethod?.includes('enqueueRelatedLogRequest')),
    ).toBe(true);
    expect(new Set((await flaggedRows(s.page)).map((line) => line.state))).toEqual(new Set(['done']));
    s.sim.resetFaults();
  });
});
