// An admin role without access to the URL Filtering log (the web UI role's Monitor > Logs > URL
// Filtering switch off). How PAN-OS refuses such a query is not known: two plausible answers are
// played, HTTP 403 with the role refusal's words and an error answer. Either way the threat and
// data logs still answer their rows; the URL Filtering log is asked once for the firewall (kept
// for a day), and a row nothing was found for says that log could not be read, why, and where the
// role is changed.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../sim/index';
import { answersBySession, badgeButton, panel, rowIndexOfSession } from './answers';
import { type ExpectedAnswer, expectedAnswer } from './database-answers';
import { openPopup, tabIdOf, waitForPopupText } from './extension-ui';
import { waitForGridLoaded, waitForMarking } from './grid-probe';
import { type E2eSession, openSession } from './session';

/** Newest sessions: ended from the threat log (184553) and the data log (184551, 184552). */
const READABLE = ['184551', '184552', '184553'];
/** Ended by URL Filtering: their entries are in the log the role may not read. */
const IN_URL_LOG = ['184549', '184550'];

async function panelText(page: Page, sessionid: string): Promise<string> {
  await badgeButton(page, await rowIndexOfSession(page, sessionid)).click();
  await panel(page).waitFor();
  const text = (await panel(page).textContent()) ?? '';
  await panel(page).getByRole('button', { name: 'Close' }).click();
  await panel(page).waitFor({ state: 'detached' });
  return text;
}

async function pageStatus(s: E2eSession): Promise<{ unreadableDatabases?: string[] }> {
  const tabId = await tabIdOf(s.browser.worker, s.page);
  return s.browser.worker.evaluate(
    (id) =>
      (
        globalThis as unknown as {
          chrome: {
            tabs: { sendMessage(id: number, m: unknown): Promise<{ unreadableDatabases?: string[] }> };
          };
        }
      ).chrome.tabs.sendMessage(id, { type: 'threat-lens/status-request' }),
    tabId,
  );
}

describe.each([
  ['HTTP 403, not authorized for user role', 'http-403'],
  ['an error answer', 'error-answer'],
] as const)('a role without URL Filtering log access (%s)', (_, logRefusal) => {
  let s: E2eSession;
  const expected = new Map<string, ExpectedAnswer>();
  beforeAll(async () => {
    // What each readable row should say, from a firewall whose role reads everything.
    const reference = await startSimulator({ scenario: 'default', faults: { jobPollsToFinish: 0 } });
    for (const sessionid of READABLE) expected.set(sessionid, await expectedAnswer(reference, sessionid));
    await reference.close();
    s = await openSession({ sim: { scenario: 'default', logRoleDenies: ['url'], logRefusal } });
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the threat and data logs still answer their rows; the URL log is asked once', async () => {
    await waitForMarking(s.page);
    const answers = await answersBySession(s.page);
    for (const sessionid of READABLE) {
      const want = expected.get(sessionid) as ExpectedAnswer;
      expect(answers.get(sessionid)?.[0], sessionid).toContain(
        `${want.profileType} profile "${want.profileName}"`,
      );
    }
    for (const sessionid of IN_URL_LOG) {
      expect(answers.get(sessionid)?.[0], sessionid).toBe('No threat log found for this session');
    }
    const urlQueries = s.sim.requests().filter((r) => r.kind === 'log-data' && r.logType === 'url');
    expect(urlQueries).toHaveLength(1);
    expect(s.pageErrors).toEqual([]);
  });

  it('a row answered from the threat log says the URL Filtering log could not be read', async () => {
    const text = await panelText(s.page, '184553');
    expect(text).toContain("Threat, data and WildFire logs read through the web UI's own log queries");
    expect(text).toContain("The URL Filtering log could not be read through the web UI's own log queries");
  });

  it('a URL-ended row says that log may hold its cause, and how to allow it', async () => {
    const text = await panelText(s.page, '184549');
    expect(text).toContain(
      'The URL Filtering log could not be read (PAN-OS refused the query; your admin role may not allow it): the entry that ended this session may be there.',
    );
    expect(text).toContain(
      'Device > Admin Roles: open your role, Web UI tab, Monitor > Logs > URL Filtering',
    );
    expect(text).toContain(
      "Searched the threat, data and WildFire logs through the web UI's own log queries",
    );
  });

  it('diagnostics name the log that could not be read, by name only; the popup says it in words', async () => {
    expect((await pageStatus(s)).unreadableDatabases).toEqual(['url']);
    const popup = await openPopup(s.browser, await tabIdOf(s.browser.worker, s.page));
    const text = await waitForPopupText(popup, /Not readable/);
    expect(text).toContain(
      'The URL Filtering log could not be read: PAN-OS refused the query, and your admin role may not allow it (Device > Admin Roles).',
    );
    await popup.close();
  });

  it('kept for this firewall: a new page load does not ask the URL log again, and still names it', async () => {
    s.sim.clearRequests();
    await s.page.reload();
    await waitForGridLoaded(s.page);
    await waitForMarking(s.page);
    await answersBySession(s.page);
    const logQueries = s.sim.requests().filter((r) => r.kind === 'log-data' && r.logType !== 'traffic');
    expect(new Set(logQueries.map((r) => r.logType))).toEqual(new Set(['threat', 'data', 'wildfire']));
    expect(await panelText(s.page, '184549')).toContain('The URL Filtering log could not be read');
    expect((await pageStatus(s)).unreadableDatabases).toEqual(['url']);
  });
});
