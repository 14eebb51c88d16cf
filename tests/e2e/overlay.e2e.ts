// Monitor > Traffic in real Chromium with the built extension, against the simulator: exactly
// one badge on each allow+threat row through every re-render the UI can do.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForGridLoaded, waitForMarking } from './grid-probe';
import { type E2eSession, openSession, screenshot, TRAFFIC_HASH } from './session';

describe('Monitor > Traffic overlay', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await openSession({ sim: { scenario: 'default' } });
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('marks exactly the allow + threat rows and counts them', async () => {
    const marking = await waitForMarking(s.page);
    expect(marking.expectedFlagged.length).toBeGreaterThan(0);
    expect(marking.summary).toContain(
      `${marking.expectedFlagged.length} of ${marking.rows} ended for a threat`,
    );
    await screenshot(s.page, 'badges');
  });

  it('leaves the row alone: PAN-OS click-to-filter still works on a flagged row', async () => {
    const marking = await waitForMarking(s.page);
    const rowIndex = marking.expectedFlagged[0] as number;
    const row = s.page.locator('.x-grid3-body > .x-grid3-row').nth(rowIndex);
    await row
      .locator('a.log', { hasText: /^allow$/ })
      .first()
      .click();
    expect(await s.page.inputValue('input[name=query]')).toBe('( action eq allow )');
    await s.page.fill('input[name=query]', '');
  });

  it('stays right through paging, page size and refresh', async () => {
    await s.page.click('.x-tbar-page-next');
    await s.page.waitForFunction(
      () => document.querySelector('.x-paging-info')?.textContent === 'Displaying 21 - 40',
    );
    await waitForGridLoaded(s.page);
    await waitForMarking(s.page);
    await s.page.selectOption('select[name=pagesize]', '100');
    await s.page.waitForFunction(() => document.querySelectorAll('.x-grid3-body > .x-grid3-row').length > 40);
    const big = await waitForMarking(s.page);
    expect(big.rows).toBeGreaterThan(40);
    await s.page.click('.pan-refresh');
    await waitForGridLoaded(s.page);
    await waitForMarking(s.page);
    await s.page.selectOption('select[name=pagesize]', '20');
    await s.page.waitForFunction(
      () => document.querySelectorAll('.x-grid3-body > .x-grid3-row').length === 20,
    );
    await waitForMarking(s.page);
  });

  it('stays right through a filter and its clearing', async () => {
    await s.page.fill('input[name=query]', '( session_end_reason eq threat )');
    await s.page.click('.pan-apply-filter');
    await s.page.waitForFunction(() => {
      const rows = Array.from(document.querySelectorAll('.x-grid3-body > .x-grid3-row'));
      return rows.length > 0 && rows.every((row) => row.textContent?.includes('threat'));
    });
    await waitForGridLoaded(s.page);
    const filtered = await waitForMarking(s.page);
    expect(filtered.expectedFlagged.length).toBeGreaterThan(0);
    await s.page.click('.pan-clear-filter');
    await waitForGridLoaded(s.page);
    await waitForMarking(s.page);
  });

  it('stays right when a column moves and after a language switch', async () => {
    const before = await columnLayout(s.page, 'Session End Reason');
    await s.page.hover('td.x-grid3-td-2');
    await s.page.click('td.x-grid3-td-2 a.x-grid3-hd-btn');
    await s.page.click('.pan-column-menu [data-action="move-right"]');
    // The header re-rendered with column 2 one place to the right; rows follow the new order.
    await expect
      .poll(async () => (await columnLayout(s.page, 'Session End Reason')).order.indexOf('2'))
      .toBe(before.order.indexOf('2') + 1);
    await waitForMarking(s.page);
    await expect
      .poll(() => columnLayout(s.page, 'Session End Reason'))
      .toMatchObject({
        endReasonId: before.endReasonId,
        badgesInEndReason: true,
      });
    await s.page.selectOption('#pan-language', 'de');
    await s.page.waitForFunction(() => document.body.textContent?.includes('Sitzungsendgrund'));
    await waitForMarking(s.page);
    await expect
      .poll(() => columnLayout(s.page, 'Sitzungsendgrund'))
      .toMatchObject({
        endReasonId: before.endReasonId,
        badgesInEndReason: true,
      });
    await s.page.selectOption('#pan-language', 'en');
  });

  it('removes everything on leaving, and marks again on coming back', async () => {
    await s.page.evaluate(() => {
      window.location.hash = '#dashboard::::dashboard';
    });
    await s.page.waitForFunction(
      () =>
        document.querySelectorAll('threat-lens-badge, threat-lens-summary, threat-lens-panel').length === 0,
    );
    await s.page.evaluate((hash) => {
      window.location.hash = hash;
    }, TRAFFIC_HASH);
    await waitForGridLoaded(s.page);
    await waitForMarking(s.page);
    expect(s.pageErrors).toEqual([]);
  });
});

/** Column ids in header order, the id of the column headed `endReasonHeader`, and whether every
 *  flagged row's badge sits in that column's cell. */
function columnLayout(page: Page, endReasonHeader: string) {
  return page.evaluate((header) => {
    const inners = Array.from(document.querySelectorAll('.x-grid3-header div.x-grid3-hd-inner'));
    const idOf = (el: Element) =>
      /x-grid3-hd-(\S+)/.exec(el.className.replace('x-grid3-hd-inner', ''))?.[1] ?? '';
    const order = inners.map(idOf);
    const endReason = inners.find((el) => el.textContent?.trim() === header);
    const endReasonId = endReason ? idOf(endReason) : '';
    const flaggedRows = Array.from(
      document.querySelectorAll('.x-grid3-body > .x-grid3-row[data-threat-lens]'),
    );
    const badgesInEndReason =
      flaggedRows.length > 0 &&
      flaggedRows.every((row) =>
        row
          .querySelector('threat-lens-badge')
          ?.parentElement?.classList.contains(`x-grid3-col-${endReasonId}`),
      );
    return { order, endReasonId, badgesInEndReason };
  }, endReasonHeader);
}
