// Helpers to read the extension's answers per session, and to open its tooltip and panel.

import type { Locator, Page } from 'playwright-core';
import { flaggedRowIndex } from '../support/e2e-in-page';
import { uiLogJobs } from '../support/e2e-session';
import { flaggedRowReport, waitForAnswers } from './overlay-probe';

export { uiLogJobs };

/** Session id -> what the badge says (headline), once every flagged row has its answer. */
export async function answersBySession(page: Page): Promise<Map<string, string[]>> {
  await waitForAnswers(page);
  const answers = new Map<string, string[]>();
  for (const line of await flaggedRowReport(page)) {
    answers.set(line.sessionid, [...(answers.get(line.sessionid) ?? []), line.says]);
  }
  return answers;
}

export async function rowIndexOfSession(page: Page, sessionid: string, serial?: string): Promise<number> {
  const index = await page.evaluate(flaggedRowIndex, { sessionid, serial });
  if (index < 0) throw new Error(`No flagged row for session ${sessionid} on this page`);
  return index;
}

export function badgeButton(page: Page, rowIndex: number): Locator {
  return page
    .locator('.x-grid3-body > .x-grid3-row')
    .nth(rowIndex)
    .locator('threat-lens-badge [role="button"]');
}

export function panel(page: Page): Locator {
  return page.locator('threat-lens-panel [role="dialog"]');
}

export function tooltip(page: Page): Locator {
  return page.locator('threat-lens-tooltip [role="tooltip"]');
}
