// Reads the grid as the simulator's page holds it (store records), and our marks on it, so a
// test can check the invariant: exactly one badge on each flagged row, none elsewhere.

import type { Page } from 'playwright-core';

export interface MarkingSnapshot {
  rows: number;
  expectedFlagged: number[];
  flaggedMarked: number[];
  badgesPerRow: number[];
  summary: string;
}

export async function markingSnapshot(page: Page): Promise<MarkingSnapshot> {
  return page.evaluate(() => {
    type Store = { getCount(): number; getAt(i: number): { data: Record<string, string> } };
    const ext = (window as unknown as { Ext: { ComponentMgr: { all: { items: unknown[] } } } }).Ext;
    const grid = ext.ComponentMgr.all.items.find(
      (item) =>
        (item as { logtype?: string }).logtype === 'traffic' &&
        !(item as { isDestroyed?: boolean }).isDestroyed,
    ) as { getStore(): Store; getView(): { getRow(i: number): HTMLElement } };
    const store = grid.getStore();
    const expectedFlagged: number[] = [];
    const flaggedMarked: number[] = [];
    const badgesPerRow: number[] = [];
    for (let i = 0; i < store.getCount(); i++) {
      const data = store.getAt(i).data;
      const flagged =
        data.action?.trim().toLowerCase() === 'allow' &&
        data.session_end_reason?.trim().toLowerCase() === 'threat';
      if (flagged) expectedFlagged.push(i);
      const row = grid.getView().getRow(i);
      if (row?.getAttribute('data-threat-lens') === 'flagged') flaggedMarked.push(i);
      badgesPerRow.push(row ? row.querySelectorAll('threat-lens-badge').length : -1);
    }
    const summaryHost = document.querySelector('threat-lens-summary');
    return {
      rows: store.getCount(),
      expectedFlagged,
      flaggedMarked,
      badgesPerRow,
      summary: summaryHost?.shadowRoot?.textContent ?? '',
    };
  });
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

export function isConsistent(s: MarkingSnapshot): boolean {
  if (s.rows === 0) return false;
  const flagged = new Set(s.expectedFlagged);
  return (
    s.flaggedMarked.length === flagged.size &&
    s.flaggedMarked.every((i) => flagged.has(i)) &&
    s.badgesPerRow.every((count, i) => count === (flagged.has(i) ? 1 : 0))
  );
}

/** The page's own grid store reload finished (the simulator marks its viewer). */
export async function waitForGridLoaded(page: Page): Promise<void> {
  await page.waitForSelector('.pan-log-viewer[data-state="done"]', { timeout: 20_000 });
}
