// (1) Main-thread time of our marking per grid render, beside the grid's own render, both from
// User Timing measures on the page's timeline, over repeated refreshes of the same page.

import type { Page } from 'playwright-core';
import { waitForMarking } from '../../tests/e2e/grid-probe';
import { flaggedRows, sumOf, timedRender } from './page';
import { median } from './stats';

export interface MarkingFigures {
  rows: number;
  flagged: number;
  runs: number;
  /** Median per render: the simulator's GridView.refresh (row markup + innerHTML). */
  gridMs: number;
  /** Median per render: row marking (badges, flags, summary), every refresh pass summed. */
  markMs: number;
  /** Median per render: our whole refresh (store read through the bridge + marking + lookup start). */
  refreshMs: number;
}

const WARMUP = 2;

export async function measureMarking(page: Page, pageSize: number, runs: number): Promise<MarkingFigures> {
  const current = await page.$eval('select[name=pagesize]', (el) => (el as HTMLSelectElement).value);
  if (current !== String(pageSize)) {
    await timedRender(page, () => page.selectOption('select[name=pagesize]', String(pageSize)));
  }
  const grid: number[] = [];
  const mark: number[] = [];
  const refresh: number[] = [];
  for (let i = 0; i < WARMUP + runs; i++) {
    const entries = await timedRender(page, () => page.click('.pan-refresh'));
    if (i < WARMUP) continue;
    grid.push(sumOf(entries, 'sim:grid-render'));
    mark.push(sumOf(entries, 'threat-lens:mark'));
    refresh.push(sumOf(entries, 'threat-lens:refresh'));
  }
  await waitForMarking(page); // the marking we timed is also the right one
  const { rows, flagged } = await flaggedRows(page);
  if (rows !== pageSize) throw new Error(`expected a ${pageSize}-row page, the grid shows ${rows}`);
  return {
    rows,
    flagged: flagged.length,
    runs,
    gridMs: median(grid),
    markMs: median(mark),
    refreshMs: median(refresh),
  };
}
