// Reads what the extension shows on the page, from outside, the way a user would see it.

import type { Page } from 'playwright-core';

export interface FlaggedRowLine {
  rowIndex: number;
  sessionid: string;
  /** The badge's accessible label: the headline once the answer is there. */
  says: string;
  state: string;
}

/** Waits until no badge is loading (every flagged row has its answer or a clear state). */
export async function waitForAnswers(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const badges = Array.from(document.querySelectorAll('threat-lens-badge'));
      return (
        badges.length > 0 &&
        badges.every((badge) => {
          const state = badge.getAttribute('data-state');
          return state !== null && state !== 'loading' && state !== 'idle';
        })
      );
    },
    undefined,
    { timeout },
  );
}

/** One line per flagged row: its session id (from the row's Session ID cell or the store) and the badge label. */
export async function flaggedRowReport(page: Page): Promise<FlaggedRowLine[]> {
  return page.evaluate(() => {
    const body = document.querySelector('.x-grid3-body');
    const rows = body ? Array.from(body.children).filter((el) => el.classList.contains('x-grid3-row')) : [];
    // The simulator's page exposes the same store the real UI does (main world is visible to evaluate).
    const ext = (window as unknown as { Ext?: { ComponentMgr: { all: { items: unknown[] } } } }).Ext;
    const grid = ext?.ComponentMgr.all.items.find(
      (item) =>
        (item as { logtype?: string }).logtype === 'traffic' &&
        !(item as { isDestroyed?: boolean }).isDestroyed,
    ) as { getStore(): { getAt(i: number): { data: Record<string, string> } | undefined } } | undefined;
    return rows.flatMap((row, rowIndex) => {
      const badge = row.querySelector('threat-lens-badge');
      if (!badge) return [];
      const button = badge.shadowRoot?.querySelector('[role="button"]');
      return [
        {
          rowIndex,
          sessionid: grid?.getStore().getAt(rowIndex)?.data.sessionid ?? '?',
          // The label reads "<what the badge is>: show why. <headline>".
          says: (button?.getAttribute('aria-label') ?? '').replace(/^[^.]*show why\.\s*/, ''),
          state: badge.getAttribute('data-state') ?? '',
        },
      ];
    });
  });
}
