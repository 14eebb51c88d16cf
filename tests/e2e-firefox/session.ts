// Firefox counterparts of the Chromium e2e set-up (tests/e2e/session.ts, grid-probe.ts,
// answers.ts): a simulator, Firefox with the add-on, a logged-in tab, and the waits the tests
// use. What is the same in both suites is in tests/support (e2e-session.ts: pages, login form,
// markers, job counts, start-up; e2e-in-page.ts: what is read inside the page).

import type { ElementHandle, Page } from 'puppeteer-core';
import type { SimOptions, SimRequest, Simulator } from '../sim/index';
import {
  answersSettled,
  type FlaggedRowLine,
  flaggedRowIndex,
  isConsistent,
  type MarkingSnapshot,
  readFlaggedRows,
  readMarking,
} from '../support/e2e-in-page';
import { GRID_LOADED, LOGIN, startWithSimulator, TRAFFIC_HASH, uiLogJobs } from '../support/e2e-session';
import { type FirefoxWithExtension, launchFirefox, sleep } from './firefox';

export { TRAFFIC_HASH, uiLogJobs };

export interface FirefoxSession {
  sim: Simulator;
  ff: FirefoxWithExtension;
  page: Page;
  /** Errors thrown in the firewall page. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openFirefoxSession(
  opts: { sim?: SimOptions; hash?: string; extensionDir?: string; allowPermissionPrompts?: boolean } = {},
): Promise<FirefoxSession> {
  const { sim, browser: ff } = await startWithSimulator(opts.sim ?? {}, () =>
    launchFirefox({ extensionDir: opts.extensionDir, allowPermissionPrompts: opts.allowPermissionPrompts }),
  );
  const page = await ff.browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await logIn(page, sim);
  await page.goto(`${sim.url}/${opts.hash ?? TRAFFIC_HASH}`);
  return {
    sim,
    ff,
    page,
    pageErrors,
    async close() {
      await ff.close();
      await sim.close();
    },
  };
}

/** Logs in through the simulator's real login form. */
export async function logIn(
  page: Page,
  sim: Simulator,
  user: string = LOGIN.account.user,
  password: string = LOGIN.account.password,
): Promise<void> {
  await page.goto(`${sim.url}${LOGIN.path}`);
  await page.type(LOGIN.user, user);
  await page.type(LOGIN.password, password);
  await Promise.all([page.waitForNavigation(), page.click(LOGIN.submit)]);
}

/** The page's own grid store reload finished (the simulator marks its viewer). */
export async function waitForGridLoaded(page: Page): Promise<void> {
  await page.waitForSelector(GRID_LOADED, { timeout: 20_000 });
}

/** Waits until the marking matches the store: one badge per flagged row, none elsewhere. */
export async function waitForMarking(page: Page, timeout = 15_000): Promise<MarkingSnapshot> {
  const deadline = Date.now() + timeout;
  let last: MarkingSnapshot | null = null;
  while (Date.now() < deadline) {
    last = await page.evaluate(readMarking).catch(() => null);
    if (last && isConsistent(last)) return last;
    await sleep(100);
  }
  throw new Error(`Marking never settled: ${JSON.stringify(last)}`);
}

/** Waits until no badge is loading (every flagged row has its answer or a clear state). */
export async function waitForAnswers(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(answersSettled, { timeout, polling: 100 });
}

export async function flaggedRows(page: Page): Promise<FlaggedRowLine[]> {
  return page.evaluate(readFlaggedRows);
}

/** Session id -> what the badges of its rows say, once every flagged row has its answer. */
export async function answersBySession(page: Page): Promise<Map<string, string[]>> {
  await waitForAnswers(page);
  const answers = new Map<string, string[]>();
  for (const line of await flaggedRows(page)) {
    answers.set(line.sessionid, [...(answers.get(line.sessionid) ?? []), line.says]);
  }
  return answers;
}

export async function rowIndexOfSession(page: Page, sessionid: string): Promise<number> {
  const index = await page.evaluate(flaggedRowIndex, { sessionid });
  if (index < 0) throw new Error(`No flagged row for session ${sessionid} on this page`);
  return index;
}

/** The badge's button in a grid row (inside the badge's open shadow root). */
export async function badgeButton(page: Page, rowIndex: number): Promise<ElementHandle<Element>> {
  const rows = await page.$$('.x-grid3-body > .x-grid3-row');
  const button = await rows[rowIndex]?.$('threat-lens-badge >>> [role="button"]');
  if (!button) throw new Error(`No badge on row ${rowIndex}`);
  return button;
}

const PANEL = 'threat-lens-panel >>> [role="dialog"]';
const TOOLTIP = 'threat-lens-tooltip >>> [role="tooltip"]';

/** Text of the side panel once it is open. */
export async function panelText(page: Page): Promise<string> {
  const panel = await page.waitForSelector(PANEL, { timeout: 15_000 });
  return (await panel?.evaluate((el) => el.textContent ?? '')) ?? '';
}

export async function panelClosed(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('threat-lens-panel'), { timeout: 10_000 });
}

/** The accessible names of the open side panel's buttons, one per line. */
export async function panelButtonNames(page: Page): Promise<string> {
  const panel = await page.waitForSelector(PANEL, { timeout: 15_000 });
  const buttons = (await panel?.$$('button')) ?? [];
  const names: string[] = [];
  for (const button of buttons)
    names.push(await button.evaluate((el) => el.getAttribute('aria-label') ?? el.textContent ?? ''));
  return names.join('\n');
}

/** Clicks a button of the open side panel by its accessible name. */
export async function clickPanelButton(page: Page, name: RegExp): Promise<void> {
  const panel = await page.waitForSelector(PANEL, { timeout: 15_000 });
  const buttons = (await panel?.$$('button')) ?? [];
  for (const button of buttons) {
    const label = await button.evaluate((el) => el.getAttribute('aria-label') ?? el.textContent ?? '');
    if (name.test(label)) {
      await button.click();
      return;
    }
  }
  throw new Error(`No panel button named ${name}`);
}

/** Text of the tooltip, polled until it matches. */
export async function waitForTooltip(page: Page, pattern: RegExp, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    const tooltip = await page.$(TOOLTIP);
    text = (await tooltip?.evaluate((el) => el.textContent ?? '')) ?? '';
    if (pattern.test(text)) return text;
    await sleep(100);
  }
  throw new Error(`Tooltip never matched ${pattern}: ${text}`);
}

/** The pager's next button, then wait for rows 21 to 40. */
export async function showSecondPage(page: Page): Promise<void> {
  await page.click('.x-tbar-page-next');
  await page.waitForFunction(
    () => document.querySelector('.x-paging-info')?.textContent === 'Displaying 21 - 40',
  );
  await waitForGridLoaded(page);
}

/**
 * Makes the UI's log endpoint answer HTTP 500 from the extension's threat query on, to see the
 * next lookup path answer. The grid loads through the same endpoint, so the fault is armed (the
 * simulator's request log polled every 10 ms) at the first threat query that follows a traffic
 * query: the reloaded page's own lookup, after its grid loaded, not a late one of the page before.
 */
export async function failLogEndpointAtThreatQuery(s: { sim: Simulator }): Promise<void> {
  const isLogData = (r: SimRequest, logType: string) => r.kind === 'log-data' && r.logType === logType;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const requests = s.sim.requests();
    const traffic = requests.findIndex((r) => isLogData(r, 'traffic'));
    if (traffic >= 0 && requests.slice(traffic).some((r) => isLogData(r, 'threat'))) {
      s.sim.setFaults({ http500: { 'log-data': true } });
      return;
    }
    await sleep(10);
  }
  throw new Error('The threat query never came');
}
