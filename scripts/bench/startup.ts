// (5) The content script's start-up on a page load: its evaluation (modules, then main()) and
// its first marking of the grid, both script time from User Timing measures, beside the page's
// own first grid render. Each load is a fresh document (a new content script, nothing cached).

import type { Page } from 'playwright-core';
import { waitForMarking } from '../../tests/e2e/grid-probe';
import type { Simulator } from '../../tests/sim/index';
import type { TimelineEntry } from './in-page';
import { gotoTraffic } from './page';
import { median } from './stats';

export interface StartupFigures {
  loads: number;
  /** Median: module evaluation to the end of main(). */
  evaluateMs: number;
  /** Median: the marking until the loaded page is marked (flags, badges, summary). */
  firstMarkMs: number;
  /** Median: the page's GridView.refresh until then. */
  gridMs: number;
}

export async function measureStartup(page: Page, sim: Simulator, loads: number): Promise<StartupFigures> {
  const evaluate: number[] = [];
  const firstMark: number[] = [];
  const grid: number[] = [];
  for (let i = 0; i < loads; i++) {
    await gotoTraffic(page, sim);
    await waitForMarking(page);
    const entries = (await page.evaluate('window.__tlBench.entries')) as TimelineEntry[];
    // Everything until the page is marked: a load may render (and mark) more than once.
    const total = (name: string) => {
      const found = entries.filter((e) => e.name === name);
      if (found.length === 0) throw new Error(`no ${name} measure on page load ${i + 1}`);
      return found.reduce((sum, e) => sum + e.duration, 0);
    };
    evaluate.push(total('threat-lens:evaluate'));
    firstMark.push(total('threat-lens:mark'));
    grid.push(total('sim:grid-render'));
  }
  return { loads, evaluateMs: median(evaluate), firstMarkMs: median(firstMark), gridMs: median(grid) };
}
