// Reads the grid as the simulator's page holds it (store records), and our marks on it, so a
// test can check the invariant: exactly one badge on each flagged row, none elsewhere. The
// in-page readers are shared with the Firefox suite (tests/support/e2e-in-page.ts).

import type { Page } from 'playwright-core';
import { isConsistent, type MarkingSnapshot, readMarking } from '../support/e2e-in-page';
import { GRID_LOADED } from '../support/e2e-session';

export { isConsistent, type MarkingSnapshot };

export async function markingSnapshot(page: Page): Promise<MarkingSnapshot> {
  return page.evaluate(readMarking);
}

/** Waits until the marking matches the store: one badge per flagged row, none elsewhere. */
export async function waitForMarking(page: Page, timeout = 15_000): Promise<MarkingSnapshot> {
  const deadline = Date.now() + timeout;
  let last: MarkingSnapshot | null = null;
  while (Date.now() < deadline) {
    last = await markingSnapshot(page).catch(() => null);
    if (last && isConsistent(last)) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`Marking never settled: ${JSON.stringify(last)}`);
}

/** The page's own grid store reload finished (the simulator marks its viewer). */
export async function waitForGridLoaded(page: Page): Promise<void> {
  await page.waitForSelector(GRID_LOADED, { timeout: 20_000 });
}
