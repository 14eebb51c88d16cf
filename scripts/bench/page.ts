// The simulator's Monitor > Traffic page in the extension's browser, with the bench probes
// installed before any page script runs.

import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/e2e/browser';
import { markingSnapshot, waitForMarking } from '../../tests/e2e/grid-probe';
import { logIn, TRAFFIC_HASH } from '../../tests/e2e/session';
import type { Simulator } from '../../tests/sim/index';
import { INSTALL_PROBES, type TimelineEntry } from './in-page';

export async function openTrafficPage(browser: ExtensionBrowser, sim: Simulator): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript({ content: INSTALL_PROBES });
  await logIn(page, sim);
  await gotoTraffic(page, sim);
  await waitForMarking(page);
  return page;
}

/** A fresh document each time (a new content script, nothing cached): the same URL with a
 *  hash would only be a same-document navigation. */
export async function gotoTraffic(page: Page, sim: Simulator): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${sim.url}/${TRAFFIC_HASH}`);
}

function entryCount(page: Page): Promise<number> {
  return page.evaluate('window.__tlBench.entries.length') as Promise<number>;
}

/** Runs `act` (something that re-renders the grid) and returns the timeline entries it caused. */
export async function timedRender(page: Page, act: () => Promise<unknown>): Promise<TimelineEntry[]> {
  const since = await entryCount(page);
  await act();
  return (await page.evaluate(`window.__tlBench.settled(${since}, 150, 20000)`)) as TimelineEntry[];
}

export function sumOf(entries: TimelineEntry[], name: string): number {
  return entries.filter((e) => e.name === name).reduce((sum, e) => sum + e.duration, 0);
}

export async function flaggedRows(page: Page): Promise<{ rows: number; flagged: number[] }> {
  const snapshot = await markingSnapshot(page);
  return { rows: snapshot.rows, flagged: snapshot.expectedFlagged };
}

export function badgeButton(rowIndex: number): string {
  return `.x-grid3-body > .x-grid3-row:nth-child(${rowIndex + 1}) threat-lens-badge [role="button"]`;
}

export function detailsLink(rowIndex: number): string {
  return `.x-grid3-body > .x-grid3-row:nth-child(${rowIndex + 1}) a.x-hyperlink`;
}
