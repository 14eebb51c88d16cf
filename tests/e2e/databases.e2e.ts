// Sessions ended from every log database (threat, URL, data, WildFire): the panel of each names
// the profile type and profile, as computed from the simulator's XML API per database; one job
// per database for the page; the related-log RPC (on-demand mode, one row) answers the same.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersBySession, badgeButton, panel, rowIndexOfSession, uiLogJobs } from './answers';
import { DATABASES, type ExpectedAnswer, expectedAnswer } from './database-answers';
import { tabIdOf } from './extension-ui';
import { waitForGridLoaded, waitForMarking } from './grid-probe';
import { type E2eSession, openSession, TRAFFIC_HASH } from './session';

/** The default scenario's newest sessions ended from the url, data and wildfire logs (and the threat log). */
const SESSIONS = ['184549', '184550', '184551', '184552', '184553'];

async function panelText(page: Page, sessionid: string): Promise<string> {
  await badgeButton(page, await rowIndexOfSession(page, sessionid)).click();
  await panel(page).waitFor();
  const text = (await panel(page).textContent()) ?? '';
  await panel(page).getByRole('button', { name: 'Close' }).click();
  await panel(page).waitFor({ state: 'detached' });
  return text;
}

describe('every log database, through the web UI (prefetch)', () => {
  let s: E2eSession;
  const expected = new Map<string, ExpectedAnswer>();
  beforeAll(async () => {
    s = await openSession({ sim: { scenario: 'default' }, viewport: { width: 1280, height: 720 } });
    for (const sessionid of SESSIONS) expected.set(sessionid, await expectedAnswer(s.sim, sessionid));
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the expected answers cover the url, data and threat logs', () => {
    expect(SESSIONS.map((id) => `${expected.get(id)?.database}:${expected.get(id)?.subtype}`)).toEqual([
      'url:url',
      'url:url',
      'data:file',
      'data:data',
      'threat:wildfire-virus',
    ]);
  });

  it('one job per database for the page, and each row names its profile type and profile', async () => {
    await waitForMarking(s.page);
    const answers = await answersBySession(s.page);
    for (const database of DATABASES) expect(uiLogJobs(s.sim.requests(), database), database).toBe(1);
    for (const sessionid of SESSIONS) {
      const want = expected.get(sessionid) as ExpectedAnswer;
      expect(answers.get(sessionid)?.[0], sessionid).toContain(
        `${want.profileType} profile "${want.profileName}"`,
      );
      const text = await panelText(s.page, sessionid);
      expect(text, sessionid).toContain(want.profileType);
      expect(text, sessionid).toContain(want.profileName);
      expect(text, sessionid).toContain(want.rule);
    }
    expect(s.pageErrors).toEqual([]);
  });

  it('a URL entry shows no Threat Vault link for its pseudo id 9999', async () => {
    await badgeButton(s.page, await rowIndexOfSession(s.page, '184549')).click();
    await panel(s.page).waitFor();
    expect(await panel(s.page).locator('[data-part="threat-vault"]').count()).toBe(0);
    expect((await panel(s.page).textContent()) ?? '').not.toContain('9999');
    await panel(s.page).getByRole('button', { name: 'Close' }).click();
    await panel(s.page).waitFor({ state: 'detached' });
  });

  it('diagnostics say which log databases answered, with counts only', async () => {
    const tabId = await tabIdOf(s.browser.worker, s.page);
    const status = (await s.browser.worker.evaluate(
      (id) =>
        (
          globalThis as unknown as {
            chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
          }
        ).chrome.tabs.sendMessage(id, { type: 'threat-lens/status-request' }),
      tabId,
    )) as { logDatabases?: Record<string, number> };
    const counts = status.logDatabases ?? {};
    expect(Object.keys(counts).sort()).toEqual(['data', 'threat', 'url', 'wildfire']);
    // The newest page: two URL Filtering blocks, a File Blocking and a Data Filtering entry.
    expect(counts.url).toBeGreaterThanOrEqual(2);
    expect(counts.data).toBeGreaterThanOrEqual(2);
    expect(counts.threat).toBeGreaterThanOrEqual(1);
  });

  it('the WildFire submission is context, not the answer: Antivirus blocked the known malware', async () => {
    const text = await panelText(s.page, '184553');
    expect(text).toContain('Antivirus');
    expect(text).toContain('WildFire/Win32.Trojan.loader');
    expect(text).toContain('loader.exe');
  });
});

// What `type` a firewall gives URL, data and WildFire entries is not known: both readings.
describe.each([
  ['THREAT', 'THREAT'],
  ['URL, DATA or WILDFIRE', 'log-type'],
] as const)(
  'every log database, through the related-log RPC (on demand, one row at a time), entries typed %s',
  (_, contentEntryType) => {
    let s: E2eSession;
    beforeAll(async () => {
      s = await openSession({ sim: { scenario: 'default', contentEntryType } });
      await s.browser.worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome.storage.local.set({
          settings: { lookupMode: 'on-demand', showTraining: true, apiKeys: {} },
        }),
      );
      await s.page.goto(`${s.sim.url}/${TRAFFIC_HASH}`);
      await s.page.reload();
      await waitForGridLoaded(s.page);
    });
    afterAll(async () => {
      await s?.close();
    });

    it.each([['184549'], ['184551'], ['184553']])(
      'session %s: the panel gives the XML API answer',
      async (sessionid) => {
        const want = await expectedAnswer(s.sim, sessionid);
        await waitForMarking(s.page);
        s.sim.clearRequests();
        await badgeButton(s.page, await rowIndexOfSession(s.page, sessionid)).click();
        await panel(s.page).waitFor();
        await expect
          .poll(async () => (await panel(s.page).textContent()) ?? '', { timeout: 20_000 })
          .toContain(`${want.profileType} profile "${want.profileName}"`);
        await panel(s.page).getByRole('button', { name: 'Close' }).click();
        await panel(s.page).waitFor({ state: 'detached' });
        const related = s.sim.requests().filter((r) => r.directMethod?.includes('enqueueRelatedLogRequest'));
        expect(related.length).toBe(1);
        for (const database of DATABASES) expect(uiLogJobs(s.sim.requests(), database)).toBe(0);
      },
    );
  },
);
