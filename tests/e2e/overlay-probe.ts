// Reads what the extension shows on the page, from outside, the way a user would see it. The
// in-page readers are shared with the Firefox suite (tests/support/e2e-in-page.ts).

import type { Page } from 'playwright-core';
import { answersSettled, type FlaggedRowLine, readFlaggedRows } from '../support/e2e-in-page';

export type { FlaggedRowLine };

/** Waits until no badge is loading (every flagged row has its answer or a clear state). */
export async function waitForAnswers(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(answersSettled, undefined, { timeout });
}

/** One line per flagged row: its session id (from the row's Session ID cell or the store) and the badge label. */
export async function flaggedRowReport(page: Page): Promise<FlaggedRowLine[]> {
  return page.evaluate(readFlaggedRows);
}
