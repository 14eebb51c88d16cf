// Finds grid cells by the field their column shows (header text -> column id -> cells), for
// the training-mode e2e tests, and reads the training tip.

import type { Locator, Page } from 'playwright-core';

/** The cell of `header`'s column in the first row whose cell text is exactly `value`. */
export async function cellWithValue(page: Page, header: string, value: string): Promise<Locator> {
  const id = await page.evaluate((text) => {
    const views = Array.from(document.querySelectorAll('div.x-grid3')).filter(
      (view) => (view as HTMLElement).offsetParent !== null,
    );
    for (const view of views) {
      for (const inner of Array.from(view.querySelectorAll('div.x-grid3-hd-inner'))) {
        if (inner.textContent?.trim() !== text) continue;
        const match = /x-grid3-hd-(\d+)/.exec(inner.className);
        if (match) return match[1];
      }
    }
    return null;
  }, header);
  if (id === null) throw new Error(`No visible column "${header}"`);
  return page
    .locator(`div.x-grid3:visible .x-grid3-body td.x-grid3-td-${id}`)
    .filter({ has: page.locator(`div.x-grid3-col-${id}`, { hasText: new RegExp(`^\\s*${value}\\s*$`) }) })
    .first();
}

export function trainingTip(page: Page): Locator {
  return page.locator('threat-lens-training-tip [role="tooltip"]');
}
